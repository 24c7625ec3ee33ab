/**
 * Choosing the publication date among the candidates that could be read, in their order of trust:
 * the most trusted one, refined or corrected by the others where they say more precisely what it says.
 *
 * - A month or year (a URL `/2015/06/`) is refined by a later candidate naming a day inside it, or
 *   gives way to a day shown next to the headline after it.
 * - A timestamp written in UTC (`2023-11-09T03:28Z`) names the UTC day, which is not the page's day
 *   when the page lives in another zone: when another candidate names the neighbouring day in a way
 *   the UTC instant allows (a local-time stamp, the URL, the visible byline), that local day is used.
 * - A visible date next to the headline (`text:title`, `byline`) that names a later day than the
 *   metadata is what the publisher shows readers; stale metadata (a template's date, the first draft)
 *   is the usual cause, and it is used, marked in the provenance rule. A visible date EARLIER than the
 *   metadata is not: on htmldate's set such dates were mostly dates the story speaks of (measured:
 *   taking every disagreeing visible date fixed 20 pages and broke 22; taking only later ones fixed
 *   17 and broke 7). An ambiguous numeric date (`02/10/2020`) never overrides metadata.
 * - A `<time>` element's machine value yields to a different day shown next to the headline, either way.
 * - A URL day more than a year before the metadata's day is taken over it (a migrated or re-stamped page).
 * - A shown date years before a script's publication key is a date the page speaks of: no answer.
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

/** Origins of dates shown to readers anywhere on the page as the entry's date (beside the headline or in a date-named element). */
const SHOWN = /^(text:title|text:heading|text:class|byline)/i;

/** {@link SHOWN}, and `<time>` elements' values. */
const SHOWN_OR_TIME = /^(text:title|text:heading|text:class|byline|time)/i;

/** Metadata keys that say "date" without saying which (publication, creation, change): `date`, `DC.date`, `dcterms.date`. */
const GENERIC_META = /^meta:(?:(?:dc|dcterms)[.:])?date$/i;

/**
 * How many days before a generic metadata date a shown date may lie and still be the publication
 * the generic key was stamped after: on htmldate's set the generic key ran 1–7 days after the shown
 * date where the two differed; 14 leaves room without reaching back to dates a story speaks of.
 */
const GENERIC_META_LEAD_DAYS = 14;

/**
 * Hours of the UTC clock within which a UTC timestamp can fall on the previous local day (inhabited
 * zones with a press down to UTC−10, Hawaii; UTC−11 and −12 are a few small islands) or the next one
 * (zones up to UTC+14): 10 and 10.
 */
const WEST_LIMIT_HOUR = 10;
const EAST_LIMIT_HOUR = 10;

/**
 * Origins that never stand for the local day of a UTC stamp: dates in date-named elements anywhere
 * on the page (measured: on htmldate's set the two they moved were both moved wrongly, to a later edit).
 */
const NOT_LOCAL_DAY = /^text:class$/;

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

/**
 * For a month or year winner that no day inside it refines (a URL `/2021/10/`), the first own date
 * shown next to the headline naming a day after that month or year: the page's shown day, where the
 * URL kept the month the page was first filed under; else null.
 */
function visibleAfterCoarse(winner: Reading, others: readonly Reading[]): Reading | null {
  const value = winner.read.value;
  if (DAY_OR_FINER.has(value.precision) || winner.fallback) return null;
  const visible = others.find((r) => shownDay(r, VISIBLE));
  if (!visible) return null;
  const shown = visible.read.value.wall;
  const later = shown.year > value.wall.year || (value.precision === 'month' && shown.year === value.wall.year && shown.month > value.wall.month);
  return later ? visible : null;
}

/** Days a shown date may lie from a `<time>` value and still be the same entry's publication (as {@link GENERIC_META_LEAD_DAYS}). */
const TIME_SHOWN_MAX_DAYS = GENERIC_META_LEAD_DAYS;

/**
 * For a winner from a `<time>` element's machine value, the first own date shown next to the headline
 * naming another day, either way; else null. A `<time datetime>` is often the CMS's last save while its
 * text and the byline show the publication (`<time datetime="…07-03…">Publié le 29 juin 2019</time>`);
 * unlike JSON-LD and meta keys, it names no publication property. Only within
 * {@link TIME_SHOWN_MAX_DAYS}: a shown date years away is a date the page speaks of. Measured on
 * htmldate's set: without the limit 1 page fixed and 1 broken (a shown date 3 years earlier); with it
 * 1 fixed, none broken.
 */
function visibleOverTime(winner: Reading, day: DateValue, others: readonly Reading[]): Reading | null {
  if (winner.fallback || !/^time/i.test(winner.candidate.origin)) return null;
  const visible = others.find((r) => shownDay(r, VISIBLE));
  const apart = visible ? Math.abs(dayDistance(visible.read.value.wall, day.wall)) : 0;
  if (!visible || apart === 0 || apart > TIME_SHOWN_MAX_DAYS) return null;
  const confirmed = others.some((r) => r !== visible && shownDay(r, SHOWN) && dayDistance(r.read.value.wall, day.wall) === 0);
  return confirmed ? null : visible;
}

/**
 * Days by which a metadata stamp may follow a day written in the page's URL before the URL is taken
 * instead: a URL's date is fixed when the page is first filed (changing it breaks links), while a
 * stamp a year or more later is a migration or re-publication. On htmldate's set URL days 1–28 days
 * before the metadata were all metadata-right (4 pages); the one 23 months before was URL-right.
 */
export const URL_BEFORE_METADATA_DAYS = 365;

/** For a metadata winner, an own URL day more than {@link URL_BEFORE_METADATA_DAYS} days earlier; else null. */
function urlBeforeMetadata(winner: Reading, day: DateValue, others: readonly Reading[]): Reading | null {
  if (winner.fallback || winner.read.basis !== 'metadata') return null;
  const url = others.find((r) => !r.fallback && r.read.basis === 'url' && r.read.value.precision === 'day');
  return url && dayDistance(day.wall, url.read.value.wall) > URL_BEFORE_METADATA_DAYS ? url : null;
}

/**
 * Days by which a publication key in the page's scripts (`script:publishDate`, ranked last) may
 * follow a date shown in the text before that shown date is taken for a date the page speaks of —
 * a birth or founding date in an encyclopedia's infobox ("1975年1月28日"), an event's date in a
 * list — rather than its publication: a year, as {@link URL_BEFORE_METADATA_DAYS}. The key alone is
 * too weak to answer with (it is often the record's creation in the site's database), so the page
 * gets no date. Measured on htmldate's set: one page (a biography) changed from wrong to no answer;
 * no other page has a shown winner and a script key more than a year apart.
 */
export const SHOWN_BEFORE_KEY_DAYS = 365;

/** True when `winner` is a text date and an own script publication key names a day more than {@link SHOWN_BEFORE_KEY_DAYS} after it. */
function shownLongBeforeKey(winner: Reading, day: DateValue, others: readonly Reading[]): boolean {
  if (winner.fallback || winner.read.basis !== 'text') return false;
  return others.some((r) => !r.fallback && /^script:/i.test(r.candidate.origin) && DAY_OR_FINER.has(r.read.value.precision) && dayDistance(r.read.value.wall, day.wall) > SHOWN_BEFORE_KEY_DAYS);
}

/** Zone offsets in use: whole and half hours from UTC−12 to UTC+14, and the three at :45 (Nepal, Eucla, Chatham), in minutes. */
const HALF_HOUR_MIN = 30;
const MIN_OFFSET_MIN = -12 * 60;
const MAX_OFFSET_MIN = 14 * 60;
const QUARTER_OFFSETS_MIN = new Set([345, 525, 765]);

/** Minutes a wall clock may be off the same moment's (seconds dropped, rounded to the minute). */
const CLOCK_ROUNDING_MIN = 1;

/** True when the wall clock of `local` is the wall clock of `utc` moved by a zone offset in use. */
function zoneApart(local: DateValue, utc: DateValue): boolean {
  const wallMin = (v: DateValue) => Date.UTC(v.wall.year, v.wall.month - 1, v.wall.day, v.wall.hour, v.wall.minute) / 60_000;
  const apart = wallMin(local) - wallMin(utc);
  if (apart < MIN_OFFSET_MIN - CLOCK_ROUNDING_MIN || apart > MAX_OFFSET_MIN + CLOCK_ROUNDING_MIN) return false;
  for (let shift = -CLOCK_ROUNDING_MIN; shift <= CLOCK_ROUNDING_MIN; shift += 1) {
    const offset = apart + shift;
    if (offset % HALF_HOUR_MIN === 0 || QUARTER_OFFSETS_MIN.has(offset)) return true;
  }
  return false;
}

/**
 * A reading naming the local day next to a UTC timestamp's UTC day, or null. A clock time that is
 * the same moment written locally settles it; a bare neighbouring day (the URL's, a byline's) does
 * only when no date next to the headline shows the UTC day itself.
 */
function localDay(winner: Reading, others: readonly Reading[]): Reading | null {
  const value = winner.read.value;
  if (value.instant === undefined || winner.read.zoneAssumed || !writtenInUtc(value)) return null;
  const hour = value.wall.hour;
  const neighbours = others.filter((r) => {
    const other = r.read.value;
    if (r.fallback !== winner.fallback || !DAY_OR_FINER.has(other.precision) || (writtenInUtc(other) && !r.read.zoneAssumed) || NOT_LOCAL_DAY.test(r.candidate.origin)) return false;
    // A stamp with a known instant must be the same moment written locally, not another moment.
    if (other.instant !== undefined && !r.read.zoneAssumed && Math.abs(other.instant - (value.instant ?? 0)) > SAME_MOMENT_MS) return false;
    // A clock time read without its zone must differ from the UTC clock by a real zone offset.
    if (r.read.zoneAssumed && other.precision !== 'day' && !zoneApart(other, value)) return false;
    const distance = dayDistance(other.wall, value.wall);
    return (distance === -1 && hour < WEST_LIMIT_HOUR) || (distance === 1 && hour >= EAST_LIMIT_HOUR);
  });
  const sameMoment = neighbours.find((r) => r.read.value.precision !== 'day');
  if (sameMoment) return sameMoment;
  const utcDayShown = others.some((r) => r.fallback === winner.fallback && shownDay(r, VISIBLE) && dayDistance(r.read.value.wall, value.wall) === 0);
  return utcDayShown ? null : neighbours[0] ?? null;
}

/** An own date shown on the page with a day (not an ambiguous numeric one). */
function shownDay(r: Reading, origins: RegExp): boolean {
  return !r.fallback && origins.test(r.candidate.origin) && DAY_OR_FINER.has(r.read.value.precision) && !ambiguousNumeric(r.candidate.text);
}

/**
 * The first visible own date, when it names a later day than `day` (the metadata winner's) and no
 * date shown on the page names the metadata's own day (a page showing both its first and its
 * latest date keeps the metadata's); else null.
 */
function visibleDisagreement(winner: Reading, day: DateValue, others: readonly Reading[]): Reading | null {
  if (winner.read.basis !== 'metadata' || winner.fallback) return null;
  const visible = others.find((r) => shownDay(r, VISIBLE));
  if (!visible || dayDistance(visible.read.value.wall, day.wall) <= 0) return null;
  const confirmed = others.some((r) => shownDay(r, SHOWN) && dayDistance(r.read.value.wall, day.wall) === 0);
  return confirmed ? null : visible;
}

/**
 * For a winner from a generic metadata key (`<meta name="date">`, `DC.date`: on many sites the time
 * the page was generated or last changed), the first date shown on the page that names a day up to
 * {@link GENERIC_META_LEAD_DAYS} days earlier; else null.
 */
function shownBeforeGeneric(winner: Reading, day: DateValue, others: readonly Reading[]): Reading | null {
  if (winner.fallback || !GENERIC_META.test(winner.candidate.origin)) return null;
  return (
    others.find((r) => {
      if (!shownDay(r, SHOWN_OR_TIME)) return false;
      const lead = dayDistance(day.wall, r.read.value.wall);
      return lead >= 1 && lead <= GENERIC_META_LEAD_DAYS;
    }) ?? null
  );
}

/** The reading with its value cut to the day when its clock time was read in an assumed zone. */
function trustedPart(reading: Reading): Reading {
  return reading.read.zoneAssumed ? { ...reading, read: { ...reading.read, value: coarsen(reading.read.value, 'day'), zoneAssumed: false } } : reading;
}

/**
 * The reading to answer with, from readings in order of trust (null when there are none, or when
 * the most trusted is a shown date a script's publication key contradicts by years, see
 * {@link SHOWN_BEFORE_KEY_DAYS}). The returned reading's value may be cut to its day (a local day
 * read next to a UTC timestamp).
 */
export function chooseReading(readings: readonly Reading[]): Choice | null {
  const [first, ...others] = readings;
  if (!first) return null;
  if (shownLongBeforeKey(first, first.read.value, others)) return null;
  const refined = refinement(first, others);
  if (refined) return { reading: refined, rule: 'dates/refined' };
  const shownLater = visibleAfterCoarse(first, others);
  if (shownLater) return { reading: shownLater, rule: 'dates/visible-over-coarse' };
  const local = localDay(first, others);
  const base = local ? trustedPart(local) : first;
  const visible = visibleDisagreement(first, base.read.value, others) ?? visibleOverTime(first, base.read.value, others);
  if (visible) return { reading: visible, rule: 'dates/visible-over-metadata' };
  const url = urlBeforeMetadata(first, base.read.value, others);
  if (url) return { reading: url, rule: 'dates/url-before-metadata' };
  const shown = local ? null : shownBeforeGeneric(first, base.read.value, others);
  if (shown) return { reading: shown, rule: 'dates/shown-over-generic-metadata' };
  return local ? { reading: base, rule: 'dates/local-day' } : { reading: first, rule: null };
}
