/**
 * What the date parsers share: the reference time and zone, the policy for missing years, and the
 * shape of what they find.
 */
import type { Certainty } from '../pipeline/types.js';
import type { DateValue, Wall } from './calendar.js';
import type { DateLocale } from './locales/types.js';
import { wallAt, type ZoneSpec } from './zone.js';

/**
 * How to place a date whose year (or week) the text leaves open:
 * `nearest` — the occurrence nearest the reference (news speaks of the recent past and near future);
 * `past` — the latest occurrence on or before the reference (a publication date cannot be later).
 */
export type YearPolicy = 'nearest' | 'past';

/** The reference frame of one parse. */
export interface ParseContext {
  locale: DateLocale;
  /** The reference instant (ms since the epoch). */
  reference: number;
  /** The zone in which wall-clock times without an offset are read, and days are counted. */
  zone: ZoneSpec;
  /** The reference's wall-clock parts in {@link zone}. */
  referenceWall: Wall;
  policy: YearPolicy;
}

/** Builds a {@link ParseContext}. */
export function parseContext(locale: DateLocale, reference: number, zone: ZoneSpec, policy: YearPolicy): ParseContext {
  return { locale, reference, zone, referenceWall: wallAt(reference, zone), policy };
}

/** Kinds of finding, for the rules that treat them differently. */
export type FoundKind = 'date' | 'relative' | 'stamp';

/** A date expression found in a text. */
export interface Found {
  start: number;
  end: number;
  text: string;
  value: DateValue;
  certainty: Certainty;
  /** Provenance rule, e.g. `dates/relative/nl`. */
  rule: string;
  /**
   * `date`: read off the text (perhaps with an inferred year); `relative`: counted from the reference
   * (weekdays, "last month"); `stamp`: "N minutes ago" / "yesterday", which also serves as a page stamp.
   */
  kind: FoundKind;
}

/** A {@link Found} from a regular-expression match. */
export function foundAt(match: RegExpMatchArray, value: DateValue, certainty: Certainty, rule: string, kind: FoundKind): Found {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length, text: match[0], value, certainty, rule, kind };
}
