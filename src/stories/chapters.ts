/**
 * Chapters of a long-running story. Clustering keeps coverage of one development together
 * across months (a strong match loses at most 30% to time, see time.ts, and the chapter link in
 * link.ts joins stories separated by a gap); a story's chapters are then its runs of coverage
 * separated by a gap of at least {@link CHAPTER_GAP_DAYS} days without a dated report. They
 * are derived from the items' dates alone, so they need no storage and never disagree with
 * the stored story.
 */
import { createHash } from 'node:crypto';
import type { StoredItem } from '../store/store.js';
import { groupLabel } from './label.js';
import { compareByTimeThenId, itemTime, type ItemTime } from './time.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days without a dated report that end a chapter. In the demo corpus the longest silence
 * inside one gold story is 24 days (a rail tunnel closed on 14 March, reopened on 7 April: one
 * development), and news cycles of one development run days to weeks; a month of silence
 * followed by new coverage is a new phase (an agreement signed in April, put into effect the
 * next spring). 30 keeps every demo story one chapter.
 */
export const CHAPTER_GAP_DAYS = 30;

/** One chapter: a run of a story's coverage. */
export interface Chapter {
  /** `c` + 12 hex digits of the sha256 of its earliest item's id (stable while the chapter grows). */
  id: string;
  /** Headline-like label of the chapter (see label.ts). */
  title: string;
  /** Earliest and latest publication date of its items; null when none has one. */
  first: string | null;
  last: string | null;
  /** Item ids in time-then-id order. */
  itemIds: string[];
}

/** The id of a chapter whose earliest item has `itemId`. */
export function chapterId(itemId: string): string {
  return `c${createHash('sha256').update(itemId, 'utf8').digest('hex').slice(0, 12)}`;
}

interface Timed {
  item: StoredItem;
  id: string;
  time: ItemTime;
}

/**
 * Splits a story's items into chapters, oldest first. Dated items (with a publication date)
 * start a new chapter after a gap of more than {@link CHAPTER_GAP_DAYS} days. An item without a
 * publication date joins the latest chapter begun by its capture time (a page is published
 * before it is captured), else the first; it never moves a chapter's first or last time. A
 * story without any dated item is one chapter. `gapDays` overrides the gap (tests).
 * @throws when `items` is empty or `gapDays` is not a positive number
 */
export function storyChapters(items: readonly StoredItem[], gapDays = CHAPTER_GAP_DAYS): Chapter[] {
  if (items.length === 0) throw new Error('storyChapters needs the items of a story; a story is never empty.');
  if (!(gapDays > 0) || !Number.isFinite(gapDays)) throw new Error(`gapDays must be a positive number of days (got ${gapDays}); omit it for ${CHAPTER_GAP_DAYS}.`);
  const timed: Timed[] = items.map((item) => ({ item, id: item.id, time: itemTime(item) })).sort(compareByTimeThenId);
  const dated = timed.filter((entry) => entry.time.published && entry.time.ms !== null);
  const undated = timed.filter((entry) => !(entry.time.published && entry.time.ms !== null));
  const runs: Timed[][] = [];
  for (const entry of dated) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && (entry.time.ms as number) - (previous.time.ms as number) <= gapDays * DAY_MS) run.push(entry);
    else runs.push([entry]);
  }
  if (runs.length === 0) return [chapterOf(timed, [])];
  const extra: Timed[][] = runs.map(() => []);
  for (const entry of undated) {
    const captured = entry.time.ms ?? Number.POSITIVE_INFINITY;
    let at = 0;
    runs.forEach((run, index) => {
      if (((run[0] as Timed).time.ms as number) <= captured) at = index;
    });
    (extra[at] as Timed[]).push(entry);
  }
  return runs.map((run, index) => chapterOf([...run, ...(extra[index] as Timed[])].sort(compareByTimeThenId), run));
}

function chapterOf(members: readonly Timed[], dated: readonly Timed[]): Chapter {
  const founder = members[0] as Timed;
  return {
    id: chapterId(founder.id),
    title: groupLabel(rankByKeyEntities(members.map((member) => member.item))),
    first: dated[0]?.time.iso ?? null,
    last: dated[dated.length - 1]?.time.iso ?? null,
    itemIds: members.map((member) => member.id),
  };
}

/**
 * Items best first for a label when no clustering centrality is at hand: by how many of the
 * group's other items name the entities they name (the item most about what the group is about),
 * ties in the given order.
 */
export function rankByKeyEntities(items: readonly StoredItem[]): StoredItem[] {
  const itemsNaming = new Map<string, number>();
  const entitiesOf = items.map((item) => new Set(item.mentions.map((mention) => mention.entity)));
  for (const entities of entitiesOf) for (const entity of entities) itemsNaming.set(entity, (itemsNaming.get(entity) ?? 0) + 1);
  const score = entitiesOf.map((entities) => [...entities].reduce((sum, entity) => sum + (itemsNaming.get(entity) ?? 1) - 1, 0));
  return items.map((item, index) => ({ item, index })).sort((a, b) => (score[b.index] as number) - (score[a.index] as number) || a.index - b.index).map(({ item }) => item);
}
