/**
 * All date expressions of a text in one language: chrono-node's and ours, overlaps resolved.
 */
import { findChronoDates } from './chrono-dates.js';
import type { Found, ParseContext } from './context.js';
import { findCjkDates, findIsoDates } from './iso.js';
import { findMonthDayYears, findMonthsAlone, findMonthSuffixes, findMonthYears, findWeekdays, findYears } from './own-parsers.js';
import type { ZoneSpec } from './zone.js';
import { findAgo, findRelativeDays, findRelativePeriods } from './relative.js';

/** The parsers, most specific first: on spans of equal length the earlier one wins. */
const PARSERS: readonly ((text: string, context: ParseContext) => Found[])[] = [
  findChronoDates,
  (text, context) => findCjkDates(text, context.zone),
  findMonthDayYears,
  findAgo,
  findRelativePeriods,
  findMonthSuffixes,
  findMonthYears,
  findYears,
  findWeekdays,
  findMonthsAlone,
  findRelativeDays,
];

/**
 * Keeps the longest of overlapping findings (on a tie, the one from the earlier parser), in text order.
 * "am 16. April 2024" beats "April 2024"; "im März nächsten Jahres" beats "im März".
 */
export function resolveOverlaps(found: readonly { item: Found; order: number }[]): Found[] {
  const ranked = [...found].sort((a, b) => b.item.end - b.item.start - (a.item.end - a.item.start) || a.order - b.order);
  const kept: Found[] = [];
  for (const { item } of ranked) {
    if (kept.every((k) => item.end <= k.start || item.start >= k.end)) kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Every date expression the locale's parsers find in `text` (stamps included). */
export function findDates(text: string, context: ParseContext): Found[] {
  const all = PARSERS.flatMap((parse, order) => parse(text, context).map((item) => ({ item, order })));
  return resolveOverlaps(all);
}

/** The date expressions of a text in a language without a locale: ISO 8601 dates only. */
export function findNeutralDates(text: string, zone: ZoneSpec): Found[] {
  return findIsoDates(text, zone);
}
