// @ts-check
/**
 * A story's commitments: who pledged or announced what, by when, its status, the sentence it was
 * read from and later reports on it, each sentence linked to its item. All text as text nodes.
 */
import { h, link, shortDate, quoted } from '../dom.js';
import { displayName } from '../names.js';
import { openDate, readableDate } from './event-date.js';

/** @param {any} deadline */
function deadlineText(deadline) {
  if (!deadline) return 'no deadline stated';
  return `by ${deadline.open ? openDate(deadline.date) : readableDate(deadline.date, deadline.precision)} (“${deadline.text}”)`;
}

/**
 * @param {any[]} commitments as `GET /api/commitments` answers them
 * @param {Record<string, any>} entities names by entity id
 * @param {number} total commitments of the story (more than listed when paged)
 */
export function commitmentList(commitments, entities, total) {
  if (commitments.length === 0) return h('p', { class: 'empty' }, 'No commitments were found in this story.');
  return [
    h('ol', { class: 'commitments' },
      commitments.map((c) =>
        h('li', { class: `commitment status-${c.status.replace(' ', '-')}` },
          h('div', {},
            c.parties.map((/** @type {string} */ id, /** @type {number} */ i) => [i ? ', ' : '', h('a', { href: link('entity', id) }, displayName(entities[id], id))]),
            ' · ', h('span', { class: 'when' }, deadlineText(c.deadline)),
            ' · ', h('strong', { class: 'status' }, c.status)),
          h('p', { class: 'evidence-sentence' }, quoted(c.evidence.sentence), ' ', h('a', { href: link('item', c.evidence.itemId), class: 'meta' }, 'item')),
          c.progress.length
            ? h('ul', { class: 'progress' }, c.progress.map((/** @type {any} */ p) => h('li', {}, h('span', { class: 'status' }, p.status), ` (“${p.cue}”, ${shortDate(p.published)}): `, quoted(p.sentence), ' ', h('a', { href: link('item', p.itemId), class: 'meta' }, 'item'))))
            : null,
        ),
      ),
    ),
    total > commitments.length ? h('p', { class: 'note' }, `The first ${commitments.length} of ${total}, by deadline; \`dossier commitments --story\` lists them all.`) : null,
  ];
}
