/**
 * Choosing the publication date among the candidates that could be read, in their order of trust:
 * the most trusted one, refined or corrected by the others where they say more precisely what it says.
 *
 * - A month or year (a URL `/2015/06/`) is refined by a later candidate naming a day inside it.
 * - A timestamp written in UTC (`2023-11-09T03:28Z`) names the UTC day, which is not the page's day
 *   when the page lives in another zone: when another candidate names the neighbouring day in a way
 *   the UTC instant allows (a local-time stamp, the URL, the visible byline), that local day is used.
 * - A visible date next to the headline (`text:title`, `byline`) that names a later day than the
 *   metadata is what the publisher shows readers; stale metadata (a template's date, the first draft)
 *   is the usual cause, and it is used, marked in the provenance rule. A visible date EARLIER than the
 *   metadata is not: on htmldate's set such dates were mostly dates the story speaks of (measured:
 *   taking every disagreeing visible date fixed 20 pages and broke 22; taking only later ones fixed
 *   17 and broke 7). An ambiguous numeric date (`02/10/2020`) never overrides metadata.
 */
import type { DateCandidate } from '../pipeline/types.js';
import { coarsen, dayDistance, wallOfUtc, type DateValue } from './calendar.js';
import type { ReadCandidate } from './candidates.js';
import { ambiguousNumeric } from './html-title-dates.js';

/** One candidate as read, in order of trust. */
export interface Reading {
  candidate: DateCandidate;
  /** True for a page-level candidate that is not the item's own. */
  fallback: boolean;
  read: ReadCandidate;
}

/** A chosen reading and the rule that chose it when it was not simply the most trusted one. */
export interface Choice {
  reading: Reading;
  rule: string | null;
}

const DAY_OR_FINER = new Set(['day', 'hour', 'minute']);

/** Origins of dates shown to readers next to the headline. */
const VISIBLE = /^(text:title|byline)/i;

/**
 * Hours of the UTC clock within which a UTC timestamp can fall on the previous local day (zones
 * down to UTC−12) or the next one (zones up to UTC+14): 12 and 10.
 */
const WEST_LIMIT_HOUR = 12;
const EAST_LIMIT_HOUR = 10;

/** Two stamps this close (ms) are one moment written twice (seconds dropped, a minute's rounding). */
const SAME_MOMENT_MS = 2 * 60_000;

/** True when the value was written in UTC (its wall parts are the UTC parts of its instant). */
function writtenInUtc(value: DateValue): boolean {
  if (value.instant === undefined) return false;
  const utc = wallOfUtc(value.instant);
  return utc.day === value.wall.day && utc.hour === value.wall.hour && utc.minute === value.wall.minute;
}

/** True when `a` lies within the month or year `coarse` names. */
function within(a: DateValue, coarse: DateValue): boolean {
  return a.wall.year === coarse.wall.year && (coarse.precision === 'year' || a.wall.month === coarse.wall.month);
}

/** The later reading that refines a month or year, or null. */
function refinement(winner: Reading, others: readonly Reading[]): Reading | null {
  if (DAY_OR_FINER.has(winner.read.value.precision)) return null;
  return others.find((r) => r.fallback === winner.fallback && DAY_OR_FINER.has(r.read.value.precision) && within(r.read.value, winner.read.value)) ?? null;
}

/** A reading naming the local day next to a UTC timestamp's UTC day, or null. */
function localDay(winner: Reading, others: readonly Reading[]): Reading | null {
  const value = winner.read.value;
  if (value.instant === undefined || winner.read.zoneAssumed || !writtenInUtc(value)) return null;
  const hour = value.wall.hour;
  return (
    others.find((r) => {
      const other = r.read.value;
      if (r.fallback !== winner.fallback || !DAY_OR_FINER.has(other.precision) || writtenInUtc(other)) return false;
      // A stamp with a known instant must be the same moment written locally, not another moment.
      if (other.instant !== undefined && !r.read.zoneAssumed && Math.abs(other.instant - (value.instant ?? 0)) > SAME_MOMENT_MS) return false;
      const distance = dayDistance(other.wall, value.wall);
      return (distance === -1 && hour < WEST_LIMIT_HOUR) || (distance === 1 && hour >= EAST_LIMIT_HOUR);
    }) ?? null
  );
}

/** The first visible own date, when it names a later day than `day` (the metadata winner's); else null. */
function visibleDisagreement(winner: Reading, day: DateValue, others: readonly Reading[]): Reading | null {
  if (winner.read.basis !== 'metadata' || winner.fallback) return null;
  const visible = others.find((r) => !r.fallback && VISIBLE.test(r.candidate.origin) && DAY_OR_FINER.has(r.read.value.precision) && !ambiguousNumeric(r.candidate.text));
  if (!visible) return null;
  return dayDistance(visible.read.value.wall, day.wall) > 0 ? visible : null;
}

/** The reading with its value cut to the day when its clock time was read in an assumed zone. */
function trustedPart(reading: Reading): Reading {
  return reading.read.zoneAssumed ? { ...reading, read: { ...reading.read, value: coarsen(reading.read.value, 'day'), zoneAssumed: false } } : reading;
}

/**
 * The reading to answer with, from readings in order of trust (null when there are none). The
 * returned reading's value may be cut to its day (a local day read next to a UTC timestamp).
 */
export function chooseReading(readings: readonly Reading[]): Choice | null {
  const [first, ...others] = readings;
  if (!first) return null;
  const refined = refinement(first, others);
  if (refined) return { reading: refined, rule: 'dates/refined' };
  const local = localDay(first, others);
  const base = local ? trustedPart(local) : first;
  const visible = visibleDisagreement(first, base.read.value, others);
  if (visible) return { reading: visible, rule: 'dates/visible-over-metadata' };
  return local ? { reading: base, rule: 'dates/local-day' } : { reading: first, rule: null };
}
