/**
 * Dates read by chrono-node's strict locale parsers: full dates ("16. April 2024", "April 10, 2024"),
 * year-less dates ("op 10 april", "am 28. Juli"), numeric dates in the locale's order, ISO dates and
 * date-times with or without an offset.
 *
 * chrono is asked only for spans and stated components; we decide the rest:
 * - results without a stated day (clock times alone, "1 uur") are dropped, as are chrono's relative
 *   results (our locale grammars read those, see `relative.ts`);
 * - a numeric date without a year ("24/7", "3/4") is dropped: too often a ratio or a score;
 * - a missing year is inferred by {@link inferYear} (nearest occurrence, or the latest past one for
 *   publication dates), preferring a year where a stated weekday fits;
 * - a time counts only when written as one (see {@link isClockTime}) on the date's line;
 * - a time with an offset keeps it; a time without one is read in the context's zone. chrono takes
 *   any word that spells a zone abbreviation as one ("gilt"); only upper-case abbreviations count.
 */
import { isValidDay, weekdayOf, type DateValue } from './calendar.js';
import type { Found, ParseContext } from './context.js';
import { grammarOf } from './grammar.js';
import { inferYear } from './infer.js';
import { wallToInstant } from './zone.js';

/** A year for a year-less day, agreeing with a stated weekday when one of the nearby years does. */
function yearFor(month: number, day: number, weekday: number | null, context: ParseContext): number | null {
  const inferred = inferYear(month, day, context);
  if (weekday === null || inferred === null || weekdayOf(inferred, month, day) === weekday) return inferred;
  const base = context.referenceWall.year;
  const fitting = [base, base - 1, base + 1].find((y) => isValidDay(y, month, day) && weekdayOf(y, month, day) === weekday);
  return fitting ?? inferred;
}

/**
 * True when a span's time is written as one: `14:30`, `14h30`, or ending in a word or abbreviation
 * ("um 9 Uhr", "à 17h", "4:30 p.m."). A bare trailing number ("17.10.2017, 5 W 233/17") is not.
 */
function isClockTime(span: string): boolean {
  return /\d[:h]\d{2}(?!\d)/u.test(span) || /\d\s*\p{L}[\p{L}.]*$/u.test(span);
}

/** A numeric date at the start of a span: two numbers and a year, one separator. */
const NUMERIC_DATE = /^\s*(\d{1,2})([./-])(\d{1,2})\2\d{2,4}(?!\d)/;

/**
 * False when chrono swapped the parts of a numeric date to make it valid ("04.13.2024" read as
 * 13 April) in a day-first locale: written day first, it names no day, and guessing the writer meant
 * the other order would invent a date. A month-first locale (English) keeps the swap for day-first
 * dates ("13/04/2024"), because English pages use both orders.
 */
function inLocaleOrder(text: string, month: number, day: number, order: 'DMY' | 'MDY'): boolean {
  const numeric = NUMERIC_DATE.exec(text);
  if (!numeric || order === 'MDY') return true;
  return Number(numeric[1]) === day && Number(numeric[3]) === month;
}

/** Day-level dates found by the locale's chrono-node parser (rule `dates/chrono/<lang>`). */
export function findChronoDates(text: string, context: ParseContext): Found[] {
  const { locale } = context;
  const anyMonth = new RegExp(grammarOf(locale).anyMonth.source, 'iu');
  const found: Found[] = [];
  for (const result of locale.chrono.parse(text, { instant: new Date(context.reference), timezone: 0 })) {
    const c = result.start;
    if (result.tags().has('result/relativeDate') || !c.isCertain('day') || !c.isCertain('month')) continue;
    const yearStated = c.isCertain('year');
    if (!yearStated && !anyMonth.test(result.text)) continue;
    const month = c.get('month') ?? 0;
    const day = c.get('day') ?? 0;
    const year = yearStated ? c.get('year') : yearFor(month, day, c.isCertain('weekday') ? c.get('weekday') : null, context);
    if (year === null || !isValidDay(year, month, day) || !inLocaleOrder(result.text, month, day, locale.numericOrder)) continue;
    const lead = result.text.length - result.text.trimStart().length;
    let spanText = result.text.trim();
    let offsetStated = c.isCertain('timezoneOffset');
    // chrono reads zone abbreviations case-blind: "09:00 Uhr gilt" would be Gilbert Islands time.
    const tail = /\s+\(?(\p{L}+)\)?$/u.exec(spanText);
    if (offsetStated && tail?.[1] && tail[1] !== tail[1].toUpperCase()) {
      spanText = spanText.slice(0, tail.index);
      offsetStated = false;
    }
    // A date never spans lines ("August 15, 2019\n20-Year-Old …" is no 20:00).
    const lineBreak = spanText.indexOf('\n');
    if (lineBreak >= 0) spanText = spanText.slice(0, lineBreak).trimEnd();
    const clock = c.isCertain('hour') && isClockTime(spanText);
    if (c.isCertain('hour') && !clock) spanText = spanText.replace(/[\s,;]+\d{1,2}$/u, '');
    let value: DateValue = { precision: 'day', wall: { year, month, day, hour: 0, minute: 0 } };
    if (clock) {
      const wall = { year, month, day, hour: c.get('hour') ?? 0, minute: c.get('minute') ?? 0 };
      const offset = offsetStated ? c.get('timezoneOffset') : null;
      const instant = offset === null ? wallToInstant(wall, context.zone) : Date.UTC(year, month - 1, day, wall.hour, wall.minute) - offset * 60_000;
      value = { precision: 'minute', wall, instant };
    }
    const start = result.index + lead;
    found.push({
      start, end: start + spanText.length, text: spanText, value,
      certainty: yearStated ? 'stated' : 'inferred', rule: `dates/chrono/${locale.code}`, kind: 'date',
    });
  }
  return found;
}
