// @ts-check
/** The single-page UI: a hash router over the story list, story, entity and item pages. */
import { h } from './dom.js';
import { readerLang, setReaderLang } from './names.js';
import { entityPage } from './pages/entity.js';
import { itemPage } from './pages/item.js';
import { storiesPage } from './pages/stories.js';
import { storyPage } from './pages/story.js';

/** The page for the current hash. */
async function page() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = hash.split('?');
  const match = /^\/(story|entity|item)\/(.+)$/.exec(path);
  if (!match) return path === '/' ? storiesPage(new URLSearchParams(search)) : [h('h1', { tabindex: -1 }, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the stories'))];
  const id = decodeURIComponent(match[2] ?? '');
  if (match[1] === 'story') return storyPage(id);
  if (match[1] === 'entity') return entityPage(id);
  return itemPage(id);
}

let rendering = 0;

async function render() {
  const hash = location.hash;
  // In-page section links (#timeline) scroll; they are not routes.
  if (/^#[a-z]/.test(hash)) return;
  const main = /** @type {HTMLElement} */ (document.getElementById('main'));
  const mine = ++rendering;
  main.setAttribute('aria-busy', 'true');
  let nodes;
  try {
    nodes = await page();
  } catch (error) {
    nodes = [h('h1', { tabindex: -1 }, 'Could not load this page'), h('p', { class: 'error' }, error instanceof Error ? error.message : String(error)), h('p', {}, h('a', { href: '#/' }, 'Back to the stories'))];
  }
  if (mine !== rendering) return;
  main.replaceChildren(.../** @type {Node[]} */ (nodes.flat().filter((n) => n)));
  main.removeAttribute('aria-busy');
  document.title = `${main.querySelector('h1')?.textContent ?? 'Dossier'} — Dossier`;
  /** @type {HTMLElement | null} */ (main.querySelector('h1'))?.focus();
  window.scrollTo(0, 0);
}

function start() {
  const select = /** @type {HTMLSelectElement} */ (document.getElementById('reader-lang'));
  select.value = readerLang();
  select.addEventListener('change', () => {
    setReaderLang(select.value);
    render();
  });
  window.addEventListener('hashchange', render);
  // Links to a section of the page (#timeline, #main) move focus there without changing the route.
  document.addEventListener('click', (event) => {
    const anchor = event.target instanceof Element ? event.target.closest('a') : null;
    const href = anchor?.getAttribute('href') ?? '';
    if (!/^#[a-z]/.test(href)) return;
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  });
  render();
}

start();
