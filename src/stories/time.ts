/**
 * The time of an item for stories: its publication date when known, else its capture time.
 */
import type { Item } from '../pipeline/types.js';

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
