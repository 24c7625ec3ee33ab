// @ts-check
/** A story: timeline, actor graph, map, and its items grouped by language. */
import { get } from '../api.js';
import { dateRange, h, link, shortDate } from '../dom.js';
import { displayName, languageName } from '../names.js';
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

/** @param {any[]} items @param {Record<string, any>} entities */
function byLanguage(items, entities) {
  const open = items.length <= ITEMS_OPEN;
  /** @type {Map<string, any[]>} */
  const groups = new Map();
  for (const item of items) groups.set(item.lang ?? 'und', [...(groups.get(item.lang ?? 'und') ?? []), item]);
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([lang, group]) =>
      h('section', { class: 'language-group', 'aria-label': languageName(lang) }, h('h3', {}, `${languageName(lang)} — ${group.length} item${group.length === 1 ? '' : 's'}`), group.map((item) => itemArticle(item, entities, open))),
    );
}

/** @param {string} id */
export async function storyPage(id) {
  const data = await get(`/stories/${encodeURIComponent(id)}`);
  const { story, entities } = data;
  const items = [...data.items].sort((a, b) => String(a.published?.date ?? a.capturedAt).localeCompare(String(b.published?.date ?? b.capturedAt)));
  /** @type {(source: string, index: number) => string | undefined} */
  const itemId = (source, index) => items.find((i) => i.source === source && i.index === index)?.id;
  return [
    h('h1', { tabindex: -1 }, story.title),
    h('p', { class: 'meta' }, `${story.size} items in ${story.languages.map(languageName).join(', ')} · ${dateRange(story.first, story.last)}`),
    h('nav', { class: 'toc', 'aria-label': 'Sections' }, h('a', { href: '#timeline' }, 'Timeline'), h('a', { href: '#actors' }, 'Actors'), h('a', { href: '#map' }, 'Map'), h('a', { href: '#items' }, 'Items')),
    h('section', { id: 'timeline', class: 'panel' }, h('h2', {}, 'Timeline'), timeline(data.timeline, entities, itemId)),
    h('div', { class: 'two' }, h('section', { id: 'actors', class: 'panel' }, h('h2', {}, 'Actors'), actorGraph(data.graph, entities)), h('section', { id: 'map', class: 'panel' }, h('h2', {}, 'Map'), await placeMap(data.places, entities))),
    h('section', { id: 'items', class: 'panel' }, h('h2', {}, 'Items'), h('p', { class: 'legend' }, h('span', { class: 'mention' }, 'Entity'), ' mentions link to their entity; ', h('mark', { class: 'evidence' }, 'marked sentences'), ' are evidence of an event.'), byLanguage(items, entities)),
  ];
}
