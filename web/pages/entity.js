// @ts-check
/** An entity: names per language, mentions over time, the items that mention it and related stories. */
import { get } from '../api.js';
import { h, link, s, shortDate } from '../dom.js';
import { displayName, languageName } from '../names.js';

/**
 * Mentions per publication period (a day, or a month or year when dates are known only so far).
 * @param {{ date: string, count: number }[]} days @param {number} undated mentions in undated items
 */
function mentionChart(days, undated) {
  if (days.length === 0) return h('p', { class: 'empty' }, undated ? `No dated mentions (${undated} in undated items).` : 'No dated mentions.');
  const max = Math.max(...days.map((d) => d.count));
  const bar = 24;
  const height = 120;
  return h(
    'figure',
    { class: 'chart-figure' },
    s(
      'svg',
      { class: 'chart', width: (days.length * bar + 10) * 2, height: (height + 40) * 2, viewBox: `0 0 ${days.length * bar + 10} ${height + 40}`, role: 'img', 'aria-label': `Mentions per period: ${days.map((d) => `${d.date} ${d.count}`).join(', ')}` },
      days.map((d, i) => {
        const hgt = Math.max(2, (d.count / max) * height);
        return s('g', {}, s('rect', { x: i * bar + 5, y: height - hgt + 5, width: bar - 6, height: hgt }, s('title', {}, `${d.date}: ${d.count}`)), s('text', { x: i * bar + 5 + (bar - 6) / 2, y: height + 20, 'text-anchor': 'middle' }, d.date.length === 10 ? d.date.slice(5) : d.date));
      }),
    ),
    h('figcaption', {}, `Mentions per day of publication (${days[0]?.date} to ${days[days.length - 1]?.date})${undated ? `; ${undated} more in undated items` : ''}.`),
  );
}

/** @param {string} id */
export async function entityPage(id) {
  const data = await get(`/entities/${encodeURIComponent(id)}`);
  const { entity } = data;
  const names = Object.entries(entity.names).sort(([a], [b]) => a.localeCompare(b));
  return [
    h('h1', { tabindex: -1 }, displayName(entity, entity.id)),
    h('p', { class: 'meta' }, `${entity.type} · ${entity.id} · ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'} in ${data.items} item${data.items === 1 ? '' : 's'}`, entity.geo ? ` · ${entity.geo.lat.toFixed(2)}, ${entity.geo.lon.toFixed(2)}` : ''),
    h('section', { class: 'panel' }, h('h2', {}, 'Names per language'), h('table', { class: 'names' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Language'), h('th', { scope: 'col' }, 'Names'))), h('tbody', {}, names.map(([lang, list]) => h('tr', {}, h('th', { scope: 'row' }, languageName(lang)), h('td', { lang }, /** @type {string[]} */ (list).join(' · '))))))),
    h('section', { class: 'panel' }, h('h2', {}, 'Mentions over time'), mentionChart(data.timeline, data.undated ?? 0)),
    h('section', { class: 'panel' }, h('h2', {}, 'Related stories'), data.stories.length ? h('ul', { class: 'related' }, data.stories.map((/** @type {any} */ st) => h('li', {}, h('a', { href: link('story', st.id) }, st.title), ` (${st.size} items)`))) : h('p', { class: 'empty' }, 'None.'), h('p', {}, h('a', { href: `#/?entity=${encodeURIComponent(entity.id)}` }, 'Filter the story list by this entity'))),
    h(
      'section',
      { class: 'panel' },
      h('h2', {}, 'Mentions'),
      h(
        'ul',
        { class: 'mentions' },
        data.mentions.map((/** @type {any} */ m) =>
          h('li', { lang: m.lang ?? undefined }, h('a', { href: link('item', m.itemId) }, m.title ?? '(untitled)'), h('span', { class: 'meta' }, ` ${m.lang ?? 'und'} · ${shortDate(m.published)} · ${m.count}×`), m.contexts.map((/** @type {any} */ c) => h('p', { class: 'context' }, '…', c.before, h('mark', {}, c.text), c.after, '…'))),
        ),
      ),
    ),
  ];
}
