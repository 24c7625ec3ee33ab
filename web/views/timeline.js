// @ts-check
/** The timeline of a story's events, with each date's precision and how it is known (stated, inferred, open). */
import { h, link, quoted } from '../dom.js';
import { displayName } from '../names.js';
import { eventWhen } from './event-date.js';

/**
 * @param {any[]} events merged event groups, in time order
 * @param {Record<string, any>} entities entity details by id
 * @param {(source: string, index: number) => string | undefined} itemId
 */
export function timeline(events, entities, itemId) {
  if (events.length === 0) return h('p', { class: 'empty' }, 'No events were found in this story.');
  return h(
    'ol',
    { class: 'timeline' },
    events.map((e) =>
      h(
        'li',
        { class: `event modality-${e.modality}` },
        h(
          'div',
          { class: 'when' },
          eventWhen(e),
        ),
        h(
          'div',
          { class: 'what' },
          h('strong', { class: 'event-type' }, e.type),
          e.modality === 'happened' ? null : h('span', { class: 'modality' }, ` (${e.modality})`),
          e.actors.length ? ' — ' : null,
          e.actors.flatMap((/** @type {any} */ a, /** @type {number} */ i) => [i ? ', ' : null, h('a', { href: link('entity', a.id) }, displayName(entities[a.id], a.name))]),
          e.place ? h('span', { class: 'place' }, ` in ${e.place}`) : null,
        ),
        h(
          'details',
          { class: 'evidence-list' },
          h('summary', {}, `${e.evidence.length} evidence sentence${e.evidence.length === 1 ? '' : 's'}`),
          h(
            'ul',
            {},
            e.evidence.map((/** @type {any} */ ev) => {
              const id = itemId(ev.source, ev.item);
              return h('li', {}, quoted(ev.sentence), ' ', id ? h('a', { href: link('item', id) }, 'item') : null);
            }),
          ),
        ),
      ),
    ),
  );
}
