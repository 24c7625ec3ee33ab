/**
 * Turning a cluster of items into a {@link StoryRecord}: stable id, label, languages, time span.
 */
import { createHash } from 'node:crypto';
import type { StoredItem, StoryRecord } from '../store/store.js';
import { groupLabel } from './label.js';
import { compareByTimeThenId, type ItemTime } from './time.js';

/** Characters of body text used as a story title when the chosen item has no title. */
export const TITLE_FALLBACK_CHARS = 80;

/** One member of a story as clustering leaves it. */
export interface StoryMember {
  item: StoredItem;
  time: ItemTime;
  /** Summed similarity to the other members (over the pairs clustering compared). */
  centrality: number;
}

/** Orders members by time, then item id (the order of a story's `itemIds`). */
export function memberOrder(a: StoryMember, b: StoryMember): number {
  return compareByTimeThenId({ time: a.time, id: a.item.id }, { time: b.time, id: b.item.id });
}

/**
 * The id of a story founded by the item with `itemId`: `s` + the first 12 hex digits of the
 * sha256 of that id. The founder is the earliest member, so the id stays when the story grows
 * with later items.
 */
export function storyId(itemId: string): string {
  return `s${createHash('sha256').update(itemId, 'utf8').digest('hex').slice(0, 12)}`;
}

/** The display title of an item: its title, else the start of its text (whitespace collapsed). */
export function itemTitle(item: Pick<StoredItem, 'title' | 'text'>): string {
  const title = item.title?.replace(/\s+/g, ' ').trim();
  if (title) return title;
  const text = item.text.replace(/\s+/g, ' ').trim();
  return text.length <= TITLE_FALLBACK_CHARS ? text : `${text.slice(0, TITLE_FALLBACK_CHARS - 1).trimEnd()}…`;
}

/** Members best first: highest centrality, ties in time-then-id order. */
export function rankedMembers(members: readonly StoryMember[]): StoryMember[] {
  return [...members].sort((a, b) => b.centrality - a.centrality || memberOrder(a, b));
}

/**
 * The story record of a non-empty group of members: id from the earliest member, a
 * headline-like label (see label.ts) from the most central members, sorted distinct languages
 * (without `und`), first and last publication time (null when no member has a publication
 * date: a capture time says when a page was read, not when the story happened), item ids in
 * time-then-id order.
 */
export function storyRecord(members: readonly StoryMember[]): StoryRecord {
  const ordered = [...members].sort(memberOrder);
  const founder = ordered[0];
  if (!founder) throw new Error('storyRecord needs at least one member; a story is never empty.');
  const codes = ordered.map((member) => member.item.lang?.code ?? 'und').filter((code) => code !== 'und' && code !== '');
  const languages = [...new Set(codes)].sort();
  const dated = ordered.filter((member) => member.time.published && member.time.ms !== null);
  return {
    id: storyId(founder.item.id),
    title: groupLabel(rankedMembers(ordered).map((member) => member.item)),
    languages,
    first: dated[0]?.time.iso ?? null,
    last: dated.length > 0 ? latest(dated).time.iso : null,
    itemIds: ordered.map((member) => member.item.id),
  };
}

function latest(timed: readonly StoryMember[]): StoryMember {
  let best = timed[0] as StoryMember;
  for (const member of timed) if ((member.time.ms ?? 0) >= (best.time.ms ?? 0)) best = member;
  return best;
}
