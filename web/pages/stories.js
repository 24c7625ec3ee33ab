// @ts-check
/** The story list: search, filters and paging, all kept in the URL (`#/?q=…&lang=…`). */
import { get } from '../api.js';
import { dateRange, h, link } from '../dom.js';
import { displayName, languageName } from '../names.js';

const PAGE = 25;
const FILTERS = ['q', 'lang', 'from', 'to', 'entity', 'source'];

/** @param {URLSearchParams} params */
function filterForm(params) {
  /** @param {string} name @param {string} label @param {Record<string, string>} [attrs] */
  const field = (name, label, attrs = {}) => h('label', {}, label, h('input', { name, value: params.get(name) ?? '', ...attrs }));
  const lang = params.get('lang') ?? '';
  const form = /** @type {HTMLFormElement} */ (h(
    'form',
    { class: 'filters', role: 'search' },
    field('q', 'Search', { type: 'search', placeholder: 'words in any language' }),
    h('label', {}, 'Language', h('select', { name: 'lang' }, ['', 'en', 'de', 'nl', 'fr', 'es', 'it'].map((code) => h('option', { value: code, selected: code === lang }, code ? languageName(code) : 'any')))),
    field('from', 'From', { type: 'date' }),
    field('to', 'To', { type: 'date' }),
    field('source', 'Source contains', { type: 'text' }),
    params.get('entity') ? h('input', { type: 'hidden', name: 'entity', value: params.get('entity') ?? '' }) : null,
    h('button', { type: 'submit' }, 'Show stories'),
  ));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) next.set(key, value.trim());
    location.hash = `#/?${next}`;
  });
  return form;
}

/** @param {URLSearchParams} params @param {number} offset */
function pageHref(params, offset) {
  const next = new URLSearchParams(params);
  next.set('offset', String(offset));
  return `#/?${next}`;
}

/** @param {URLSearchParams} params */
export async function storiesPage(params) {
  const query = new URLSearchParams();
  for (const key of FILTERS) if (params.get(key)) query.set(key, params.get(key) ?? '');
  const offset = Number(params.get('offset') ?? 0) || 0;
  query.set('limit', String(PAGE));
  query.set('offset', String(offset));
  const entity = params.get('entity');
  // The filter note names the entity in the reader's language; its id stands in when it cannot be read.
  const [data, named] = await Promise.all([
    get(`/stories?${query}`),
    entity ? get(`/entities/${encodeURIComponent(entity)}`).then((d) => displayName(d.entity, entity), () => entity) : Promise.resolve(null),
  ]);
  const rows = data.stories.map((/** @type {any} */ story) =>
    h(
      'li',
      { class: 'story-row' },
      h('a', { href: link('story', story.id), class: 'story-link' }, story.title),
      h('div', { class: 'meta' }, `${story.size} item${story.size === 1 ? '' : 's'} · `, story.languages.map((/** @type {string} */ l) => h('span', { class: 'lang', title: languageName(l) }, l)), ` · ${dateRange(story.first, story.last)}`),
    ),
  );
  const pager = h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? h('a', { href: pageHref(params, Math.max(0, offset - PAGE)) }, '← Previous') : null,
    h('span', {}, data.total ? ` ${offset + 1}–${Math.min(offset + PAGE, data.total)} of ${data.total} ` : ''),
    offset + PAGE < data.total ? h('a', { href: pageHref(params, offset + PAGE) }, 'Next →') : null,
  );
  return [
    h('h1', { tabindex: -1 }, 'Stories'),
    entity ? h('p', { class: 'filter-note' }, 'Only stories mentioning ', h('a', { href: link('entity', entity) }, named ?? entity), ' · ', h('a', { href: '#/' }, 'show all')) : null,
    filterForm(params),
    data.total ? h('ol', { class: 'stories' }, rows) : h('p', { class: 'empty' }, 'No story matches these filters.'),
    pager,
  ];
}
