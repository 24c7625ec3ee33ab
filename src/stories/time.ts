/**
 * The time of an item for stories (its publication date when known, else its capture time),
 * the processing order, and the time-proximity factor of two items.
 */
import type { Item } from '../pipeline/types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When an item appeared, as used by story clustering. */
export interface ItemTime {
  /** `published.date` when known, else `capturedAt` (ISO 8601 as stored). */
  iso: string;
  /** Milliseconds since the epoch, or null when `iso` does not parse. */
  ms: number | null;
  /** True when the time is a publication date (not merely the capture time). */
  published: boolean;
}

/** Milliseconds since the epoch of an ISO 8601 date or date-time, or null when it does not parse. */
export function parseIsoTime(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

/** The story time of an item: `published.date ?? capturedAt`. */
export function itemTime(item: Pick<Item, 'published' | 'capturedAt'>): ItemTime {
  const publishedDate = item.published?.date ?? null;
  if (publishedDate !== null) {
    const ms = parseIsoTime(publishedDate);
    if (ms !== null) return { iso: publishedDate, ms, published: true };
  }
  return { iso: item.capturedAt, ms: parseIsoTime(item.capturedAt), published: false };
}

/**
 * Orders items by time (unparseable times last), then by id. The order clustering
 * processes items in, and the order of a story's `itemIds`.
 */
export function compareByTimeThenId(a: { time: ItemTime; id: string }, b: { time: ItemTime; id: string }): number {
  const am = a.time.ms ?? Number.POSITIVE_INFINITY;
  const bm = b.time.ms ?? Number.POSITIVE_INFINITY;
  if (am !== bm) return am < bm ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Default days two publication dates may lie apart without any penalty. */
export const DEFAULT_WINDOW_DAYS = 7;
/**
 * Lowest time factor, reached for dates far beyond the window. A long-running story (an
 * alliance upgraded over 18 months) keeps being covered, so distance in time only weakens a
 * match: 0.7 lets strongly related reports join across a year, but not loosely related ones.
 */
export const TIME_FLOOR = 0.7;
/** Days beyond the window over which the time factor falls about two thirds of the way to {@link TIME_FLOOR}. */
export const TIME_DECAY_DAYS = 30;

/**
 * Time factor of two items: 1 when either has no publication date or they lie within
 * `windowDays`; beyond, decays towards {@link TIME_FLOOR}.
 */
export function timeFactor(at: ItemTime, bt: ItemTime, windowDays: number): number {
  if (!at.published || !bt.published || at.ms === null || bt.ms === null) return 1;
  const beyond = Math.abs(at.ms - bt.ms) / DAY_MS - windowDays;
  if (beyond <= 0) return 1;
  return TIME_FLOOR + (1 - TIME_FLOOR) * Math.exp(-beyond / TIME_DECAY_DAYS);
}

/** Validates a `windowDays` option, returning the default when absent. */
export function checkWindowDays(windowDays: number | undefined): number {
  if (windowDays === undefined) return DEFAULT_WINDOW_DAYS;
  if (!Number.isFinite(windowDays) || windowDays < 0) {
    throw new Error(`windowDays must be a finite number of days ≥ 0 (got ${windowDays}); omit it for the default of ${DEFAULT_WINDOW_DAYS}.`);
  }
  return windowDays;
}

/** The dated extent of a group of items: earliest and latest publication (epoch ms), or null when none is dated. */
export type TimeSpan = { from: number; to: number } | null;

/** The span of the items at `positions` of `times` (only publication dates count; capture times say nothing of the story). */
export function spanOf(positions: readonly number[], times: readonly ItemTime[]): TimeSpan {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const position of positions) {
    const time = times[position];
    if (!time?.published || time.ms === null) continue;
    if (time.ms < from) from = time.ms;
    if (time.ms > to) to = time.ms;
  }
  return from <= to ? { from, to } : null;
}

/** The span covering two spans. */
export function joinSpans(a: TimeSpan, b: TimeSpan): TimeSpan {
  if (!a) return b;
  if (!b) return a;
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

/**
 * Time factor of two stories: like {@link timeFactor}, over the gap between their spans (0 when
 * they overlap), 1 when either is undated. Judged between stories, not single reports: a story
 * covered again today is current, however old its first chapter.
 */
export function spanTimeFactor(a: TimeSpan, b: TimeSpan, windowDays: number): number {
  if (!a || !b) return 1;
  const gap = Math.max(0, b.from - a.to, a.from - b.to);
  const beyond = gap / DAY_MS - windowDays;
  if (beyond <= 0) return 1;
  return TIME_FLOOR + (1 - TIME_FLOOR) * Math.exp(-beyond / TIME_DECAY_DAYS);
}
