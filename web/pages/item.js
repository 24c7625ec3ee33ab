// @ts-check
/** An item: its text with marks beside what extraction dropped, what was moved out of the body, its messages and events. */
import { get } from '../api.js';
import { h, link, shortDate, quoted } from '../dom.js';
import { languageName } from '../names.js';
import { eventWhen } from '../views/event-date.js';
import { markedText } from '../views/text.js';
import { publishedLine } from './story.js';

/** @param {string} label @param {string[]} list */
function listSection(label, list) {
  return list.length ? h('div', {}, h('h3', {}, label), h('ul', {}, list.map((x) => h('li', {}, x)))) : null;
}

/**
 * What extraction left out of the text: each block's role, the rule that removed it and its
 * clipped text, all as text nodes. A <details> (its summary takes focus) keeps a long list
 * out of the way; it starts open.
 * @param {{ text: string, role: string, rule: string }[] | undefined} dropped
 */
function droppedPanel(dropped) {
  const list = dropped ?? [];
  return h('section', { class: 'panel dropped' },
    h('h2', {}, 'Dropped by extraction'),
    h('details', { open: true },
      h('summary', {}, `${list.length} ${list.length === 1 ? 'block or line' : 'blocks and lines'}: role, rule, text`),
      list.length
        ? h('ul', { class: 'dropped-list' }, list.map((d) => h('li', {}, h('strong', {}, d.role), ' ', h('code', {}, d.rule), h('br', {}), h('span', { class: 'dropped-text' }, d.text))))
        : h('p', { class: 'empty' }, dropped ? 'Nothing.' : 'Not recorded for this item (a page’s drops are listed on its first item).'),
    ),
  );
}

/** @param {string} id */
export async function itemPage(id) {
  const data = await get(`/items/${encodeURIComponent(id)}`);
  const { item, fields } = data;
  return [
    h('h1', { tabindex: -1, lang: item.lang ?? undefined }, item.title ?? '(untitled)'),
    h('p', { class: 'meta' }, `${languageName(item.lang)} · ${item.kind} #${item.index} · ${publishedLine(item)} · captured ${shortDate(item.capturedAt)}`),
    h('p', { class: 'meta' }, 'Source: ', h('code', {}, item.source), item.url ? [' · URL: ', h('code', {}, item.url)] : null, data.byline ? ` · by ${data.byline}` : '', item.dateline ? ` · dateline ${item.dateline.place}${item.dateline.agencies.length ? ` (${item.dateline.agencies.join('/')})` : ''}` : ''),
    data.stories.length ? h('p', {}, 'In stor', data.stories.length === 1 ? 'y ' : 'ies ', data.stories.map((/** @type {any} */ st, /** @type {number} */ i) => [i ? ', ' : '', h('a', { href: link('story', st.id) }, st.title)])) : null,
    h('div', { class: 'two' },
      h('section', { class: 'panel', lang: item.lang ?? undefined }, h('h2', {}, 'Extracted text'), markedText(item.text, item.spans, (x) => x)),
      droppedPanel(item.dropped),
      h('section', { class: 'panel' }, h('h2', {}, 'Moved out of the body'), listSection('Captions', fields.captions), listSection('Credits', fields.credits), listSection('Source lines', fields.sources), fields.siteName ? h('p', {}, `Site: ${fields.siteName}`) : null,
        !fields.captions.length && !fields.credits.length && !fields.sources.length ? h('p', { class: 'empty' }, 'Nothing.') : null,
        h('h2', {}, 'Messages'),
        data.messages.length ? h('ul', { class: 'messages' }, data.messages.map((/** @type {any} */ m) => h('li', { class: `severity-${m.severity}` }, h('code', {}, m.code), ` ${m.reason}`))) : h('p', { class: 'empty' }, 'None.'),
        h('h2', {}, 'Event mentions'),
        data.events.length ? h('ul', {}, data.events.map((/** @type {any} */ e) => h('li', { class: 'event-mention' }, h('strong', {}, e.type), ` (${e.modality}) `, h('span', { class: 'when' }, eventWhen({ id: e.id, time: e.time, open: e.openTime })), ' ', quoted(e.sentence)))) : h('p', { class: 'empty' }, 'None.'),
      ),
    ),
  ];
}
