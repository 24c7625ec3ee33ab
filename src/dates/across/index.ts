/**
 * Cross-document date inference over a story partition: which stored events get an inferred time
 * (or lose one), as updates for `Store.setEventTimes`.
 */
import type { EventTime } from '../../pipeline/types.js';
import type { EventTimeUpdate, StoryRecord } from '../../store/store.js';
import { inferStoryTimes } from './infer-story.js';
import type { AcrossItem } from './occurrences.js';

export { inferStoryTimes, MIN_SHARED_ENTITIES } from './infer-story.js';
export { openDateText, openPartsOf, openPrecision, openTimeOf, openWhenUndated } from './open.js';
export type { AcrossItem } from './occurrences.js';
export { BOUND_RULE, boundAsPublished, boundLabel, isBound, publishedBound, type BoundedItem, type PublishedBound } from './published-bounds.js';

function sameTime(a: EventTime | null, b: EventTime | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The event time updates of a story partition: each stored event with an open time gets the time
 * inferred within its story (items in no story, or alone, get none), and an update is listed only
 * where that differs from what is stored.
 * @param items the stored items (with events and mentions), e.g. from `store.listItems()`
 */
export function inferAcrossStories(stories: readonly StoryRecord[], items: readonly AcrossItem[]): EventTimeUpdate[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const inferred = new Map<string, EventTime | null>();
  for (const story of stories) {
    if (story.itemIds.length < 2) continue;
    const members = story.itemIds.map((id) => byId.get(id)).filter((item): item is AcrossItem => item !== undefined);
    for (const [id, time] of inferStoryTimes(members)) inferred.set(id, time);
  }
  const updates: EventTimeUpdate[] = [];
  for (const item of items) {
    item.events.forEach((event, n) => {
      if (!event.openTime) return;
      const id = `${item.id}:e${n}`;
      const time = inferred.get(id) ?? null;
      if (!sameTime(event.time, time)) updates.push({ id, time, openTime: event.openTime });
    });
  }
  return updates;
}

