// @ts-check
/** An entity: names per language, roles in events, mentions over time, related stories and the items that mention it. */
import { get } from '../api.js';
import { h, link, s, shortDate } from '../dom.js';
import { displayName, languageName } from '../names.js';

/** Most bars drawn one a day; a longer range is drawn one bar a month. */
const DAILY_BARS = 90;

/**
 * Day periods summed into their months (month and year periods stay as they are).
 * @param {{ date: string, count: number }[]} periods in date order
 */
function byMonth(periods) {
  /** @type {Map<string, number>} */
  const months = new Map();
  for (const p of periods) {
    const key = p.date.length === 10 ? p.date.slice(0, 7) : p.date;
    months.set(key, (months.get(key) ?? 0) + p.count);
  }
  return [...months].map(([date, count]) => ({ date, count })).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Mentions per publication period (a day, or a month or year when dates are known only so far).
 * @param {{ date: string, count: number }[]} periods @param {number} undated mentions in undated items
 */
function mentionChart(periods, undated) {
  const monthly = periods.length > DAILY_BARS;
  const days = monthly ? byMonth(periods) : periods;
  if (days.length === 0) return h('p', { class: 'empty' }, undated ? `No dated mentions (${undated} in undated items).` : 'No dated mentions.');
  const max = Math.max(...days.map((d) => d.count));
  const bar = 24;
  const height = 120;
  // A label (`03-14`, `2025-03`) is wider than a bar: every other bar at most, fewer on long ranges.
  const every = Math.max(days.length > 1 ? 2 : 1, Math.ceil(days.length / CHART_LABELS));
  return h(
    'figure',
    { class: 'chart-figure' },
    s(
      'svg',
      { class: 'chart', width: (days.length * bar + 10) * 2, height: (height + 40) * 2, viewBox: `0 0 ${days.length * bar + 10} ${height + 40}`, role: 'img', 'aria-label': `Mentions per period: ${days.map((d) => `${d.date} ${d.count}`).join(', ')}` },
      days.map((d, i) => {
        const hgt = Math.max(2, (d.count / max) * height);
        // A label under every `every`-th bar only, so long periods stay legible.
        const label = i % every === 0 ? s('text', { x: i * bar + 5 + (bar - 6) / 2, y: height + 20, 'text-anchor': 'middle' }, d.date.length === 10 ? d.date.slice(5) : d.date) : null;
        return s('g', {}, s('rect', { x: i * bar + 5, y: height - hgt + 5, width: bar - 6, height: hgt }, s('title', {}, `${d.date}: ${d.count}`)), label);
      }),
    ),
    h('figcaption', {}, `Mentions per ${monthly ? 'month' : 'day'} of publication (a month or year where the items' dates are known only so far; ${days[0]?.date} to ${days[days.length - 1]?.date})${undated ? `; ${undated} more in undated items` : ''}.`),
  );
}

/** Labels under the bars of a chart with many bars: about this many at most. */
const CHART_LABELS = 30;

/**
 * The entity's roles in the events of its newest items, as a table.
 * @param {{ role: string, type: string, count: number }[]} roles @param {number} listed items the roles were read from
 */
function rolesTable(roles, listed) {
  if (roles.length === 0) return h('p', { class: 'empty' }, `No role in the events of its ${listed} newest item${listed === 1 ? '' : 's'}.`);
  return [
    h('table', { class: 'roles' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col' }, 'Event type'), h('th', { scope: 'col' }, 'Events'))),
      h('tbody', {}, roles.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.role), h('td', {}, r.type), h('td', {}, String(r.count)))))),
    h('p', { class: 'note' }, `In the event mentions of its ${listed} newest item${listed === 1 ? '' : 's'} (listed below): agent, counterpart and target are actors; place is where the event happened.`),
  ];
}

/** @param {string} id */
export async function entityPage(id) {
  const data = await get(`/entities/${encodeURIComponent(id)}`);
  const { entity } = data;
  const names = Object.entries(entity.names).sort(([a], [b]) => a.localeCompare(b));
  const sample = () => data.sample ? h('p', { class: 'note' }, `Named in at least ${data.sample.items} items: the chart and related stories count a uniform sample of ${data.sample.items} of them.`) : null;
  return [
    h('h1', { tabindex: -1 }, displayName(entity, entity.id)),
    h('p', { class: 'meta' }, `${entity.type} · ${entity.id} · ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'}`, data.sample ? '' : ` in ${data.items} item${data.items === 1 ? '' : 's'}`, entity.geo ? ` · ${entity.geo.lat.toFixed(2)}, ${entity.geo.lon.toFixed(2)}` : ''),
    h('section', { class: 'panel' }, h('h2', {}, 'Names per language'), h('table', { class: 'names' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Language'), h('th', { scope: 'col' }, 'Names'))), h('tbody', {}, names.map(([lang, list]) => h('tr', {}, h('th', { scope: 'row' }, languageName(lang)), h('td', { lang }, /** @type {string[]} */ (list).join(' · '))))))),
    h('section', { class: 'panel' }, h('h2', {}, 'Roles in events'), rolesTable(data.roles, data.mentions.length)),
    h('section', { class: 'panel' }, h('h2', {}, 'Mentions over time'), mentionChart(data.timeline, data.undated ?? 0), sample()),
    h('section', { class: 'panel' }, h('h2', {}, 'Related stories'), data.stories.length ? h('ul', { class: 'related' }, data.stories.map((/** @type {any} */ st) => h('li', {}, h('a', { href: link('story', st.id) }, st.title), ` (${st.mentioning} of its ${st.size} items name it)`))) : h('p', { class: 'empty' }, 'None.'), sample(), h('p', {}, h('a', { href: `#/?entity=${encodeURIComponent(entity.id)}` }, 'Filter the story list by this entity'))),
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
