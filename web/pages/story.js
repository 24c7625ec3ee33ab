// @ts-check
/** A story: timeline, actor graph, map, commitments, and its items grouped by language. */
import { get, worldMap } from '../api.js';
import { dateRange, h, link, shortDate } from '../dom.js';
import { displayName, languageName } from '../names.js';
import { commitmentList } from '../views/commitments.js';
import { actorGraph } from '../views/graph.js';
import { placeMap } from '../views/map.js';
import { markedText } from '../views/text.js';
import { timeline } from '../views/timeline.js';

/** @param {any} item */
export function publishedLine(item) {
  const p = item.published;
  return p?.date ? `published ${shortDate(p.date)} (${p.precision ?? '?'}, from ${p.basis ?? '?'})` : `publication date unknown; captured ${shortDate(item.capturedAt)}`;
}

/** Stories with more items than this show each text on request, so large stories render fast. */
const ITEMS_OPEN = 40;

/** @param {any} item @param {Record<string, any>} entities @param {boolean} open */
function itemText(item, entities, open) {
  const render = () => markedText(item.text, item.spans, (id) => displayName(entities[id], id));
  if (open) return render();
  const details = h('details', { class: 'item-text' }, h('summary', {}, `Show text (${item.text.length} characters)`));
  details.addEventListener('toggle', () => {
    if (/** @type {HTMLDetailsElement} */ (details).open && details.childElementCount === 1) details.append(render());
  });
  return details;
}

/** @param {any} item @param {Record<string, any>} entities @param {boolean} open */
function itemArticle(item, entities, open) {
  return h(
    'article',
    { class: 'item', id: `item-${item.id}`, lang: item.lang ?? undefined },
    h('h4', {}, h('a', { href: link('item', item.id) }, item.title ?? '(untitled)')),
    h('p', { class: 'meta' }, `${item.kind} · ${publishedLine(item)}`, item.dateline ? ` · dateline ${item.dateline.place}` : ''),
    itemText(item, entities, open),
  );
}

/** @param {any[]} items @param {Record<string, any>} entities @param {boolean} open */
function byLanguage(items, entities, open) {
  /** @type {Map<string, any[]>} */
  const groups = new Map();
  for (const item of items) groups.set(item.lang ?? 'und', [...(groups.get(item.lang ?? 'und') ?? []), item]);
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([lang, group]) =>
      h('section', { class: 'language-group', 'aria-label': languageName(lang) }, h('h3', {}, `${languageName(lang)} — ${group.length} item${group.length === 1 ? '' : 's'}`), group.map((item) => itemArticle(item, entities, open))),
    );
}

/** Items fetched per page: enough to read on, few enough that a 500-item story opens at once. */
const ITEMS_PAGE = 50;
/** Commitments listed on a story page (by deadline); the CLI lists them all. */
const COMMITMENTS_PAGE = 100;

/**
 * The items panel: the first page of items grouped by language, and a button that loads the next.
 * @param {string} path the story's API path
 * @param {any} first the first page (`/items`)
 */
function itemsPanel(path, first) {
  const items = [...first.items];
  const entities = { ...first.entities };
  const open = first.total <= ITEMS_OPEN;
  const groups = h('div', { class: 'item-groups' });
  const status = h('p', { class: 'meta', role: 'status' });
  const more = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'more-items' }, 'Show more items'));
  const draw = () => {
    groups.replaceChildren(...byLanguage(items, entities, open));
    status.textContent = items.length < first.total ? `Showing ${items.length} of ${first.total} items, in order of publication.` : '';
    more.hidden = items.length >= first.total;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const next = await get(`${path}/items?limit=${ITEMS_PAGE}&offset=${items.length}`);
      items.push(...next.items);
      Object.assign(entities, next.entities);
      draw();
      // Keyboard users continue at the first item just loaded.
      /** @type {HTMLElement | null} */ (document.getElementById(`item-${next.items[0]?.id}`)?.querySelector('h4 a') ?? null)?.focus();
    } catch (error) {
      status.textContent = `Could not load more items: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      more.disabled = false;
    }
  });
  draw();
  return h(
    'section',
    { id: 'items', class: 'panel' },
    h('h2', {}, 'Items'),
    h('p', { class: 'legend' }, h('span', { class: 'mention' }, 'Entity'), ' mentions link to their entity; ', h('mark', { class: 'evidence' }, 'marked sentences'), ' are evidence of an event.'),
    groups,
    status,
    more,
  );
}

/**
 * A panel whose body arrives later: a heading and a loading line until `fill` gives its content.
 * @param {string} id @param {string} title
 */
function laterPanel(id, title) {
  return h('section', { id, class: 'panel', 'aria-busy': 'true' }, h('h2', {}, title), h('p', { class: 'loading' }, 'Loading…'));
}

/**
 * Puts `content` into a panel made by {@link laterPanel}, after its heading.
 * @param {HTMLElement} panel @param {Node | (Node | null)[]} content
 */
function fill(panel, content) {
  const heading = /** @type {Node} */ (panel.firstChild);
  panel.replaceChildren(heading, .../** @type {Node[]} */ ([content].flat().filter((n) => n)));
  panel.removeAttribute('aria-busy');
}

/**
 * A story page. The items come first (one page of them); the merged events, which take longest
 * to compute on the server, are requested at the same time and drawn into the timeline, actor
 * and map panels when they arrive.
 * @param {string} id
 */
export async function storyPage(id) {
  const path = `/stories/${encodeURIComponent(id)}`;
  const events = get(`${path}/events`);
  // The map's outlines, fetched once a session: asked for now, they are there when the events are.
  worldMap().catch(() => undefined);
  // Drawn later; an error is shown in the panels, so the page's own load never fails on it.
  events.catch(() => undefined);
  const first = await get(`${path}/items?limit=${ITEMS_PAGE}`);
  const { story } = first;
  const panels = { timeline: laterPanel('timeline', 'Timeline'), actors: laterPanel('actors', 'Actors'), map: laterPanel('map', 'Map') };
  const commitments = laterPanel('commitments', 'Commitments');
  // Asked for once the events are drawn, so reading commitments never delays the timeline.
  const loadCommitments = () =>
    get(`/commitments?story=${encodeURIComponent(id)}&limit=${COMMITMENTS_PAGE}`).then(
      (data) => fill(commitments, commitmentList(data.commitments, { ...first.entities, ...data.entities }, data.total)),
      (error) => fill(commitments, h('p', { class: 'error' }, `Could not load the commitments: ${error instanceof Error ? error.message : String(error)}`)),
    );
  events.finally(loadCommitments).catch(() => undefined);
  events.then(
    async (data) => {
      const entities = { ...first.entities, ...data.entities };
      /** @type {Map<string, string>} */
      const ids = new Map(data.evidenceItems.map((/** @type {any} */ e) => [`${e.index} ${e.source}`, e.id]));
      fill(panels.timeline, timeline(data.timeline, entities, (source, index) => ids.get(`${index} ${source}`)));
      fill(panels.actors, actorGraph(data.graph, entities));
      fill(panels.map, await placeMap(data.places, entities));
    },
    (error) => {
      for (const panel of Object.values(panels)) fill(panel, h('p', { class: 'error' }, `Could not load the events: ${error instanceof Error ? error.message : String(error)}`));
    },
  );
  return [
    h('h1', { tabindex: -1 }, story.title),
    h('p', { class: 'meta' }, `${story.size} items in ${story.languages.map(languageName).join(', ')} · ${dateRange(story.first, story.last)}`),
    h('nav', { class: 'toc', 'aria-label': 'Sections' }, h('a', { href: '#timeline' }, 'Timeline'), h('a', { href: '#actors' }, 'Actors'), h('a', { href: '#map' }, 'Map'), h('a', { href: '#commitments' }, 'Commitments'), h('a', { href: '#items' }, 'Items')),
    panels.timeline,
    h('div', { class: 'two' }, panels.actors, panels.map),
    commitments,
    itemsPanel(path, first),
  ];
}
