/**
 * Expressions counted from the reference time: "42 minuten geleden", "vor einer Stunde",
 * "gisteren", "vorige maand", "l'année dernière". The phrases come from the locale.
 */
import { addDays, addMonths, type DateValue } from './calendar.js';
import { foundAt, type Found, type ParseContext } from './context.js';
import { grammarOf, lookup } from './grammar.js';
import type { TimeUnit } from './locales/types.js';
import { wallAt } from './zone.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * The value `amount` units before the reference: minutes → minute precision, hours → hour, days and
 * weeks → day (counted on the reference's calendar), months → month, years → year.
 */
export function unitsBefore(amount: number, unit: TimeUnit, context: ParseContext): DateValue {
  const { reference, referenceWall, zone } = context;
  switch (unit) {
    case 'minute': {
      const instant = reference - amount * MINUTE_MS;
      return { precision: 'minute', wall: wallAt(instant, zone), instant };
    }
    case 'hour': {
      const instant = reference - amount * HOUR_MS;
      return { precision: 'hour', wall: wallAt(instant, zone), instant };
    }
    case 'day':
    case 'week':
      return { precision: 'day', wall: addDays(referenceWall, -amount * (unit === 'week' ? 7 : 1)) };
    case 'month':
      return { precision: 'month', wall: addMonths(referenceWall, -amount) };
    case 'year':
      return { precision: 'year', wall: { ...referenceWall, year: referenceWall.year - amount } };
  }
}

/** "N units ago" phrases (rule `dates/relative/<lang>`, a stamp). */
export function findAgo(text: string, context: ParseContext): Found[] {
  const { locale } = context;
  const found: Found[] = [];
  for (const pattern of grammarOf(locale).ago) {
    for (const match of text.matchAll(pattern)) {
      const count = match.groups?.n ?? '';
      const amount = /^\d+$/.test(count) ? Number(count) : lookup(locale.numbers, count);
      const unit = lookup(locale.units, match.groups?.unit ?? '');
      if (amount === undefined || unit === undefined) continue;
      found.push(foundAt(match, unitsBefore(amount, unit, context), 'inferred', `dates/relative/${locale.code}`, 'stamp'));
    }
  }
  return found;
}

/** Day words: "gisteren", "heute", "yesterday" (rule `dates/relative/<lang>`, a stamp). */
export function findRelativeDays(text: string, context: ParseContext): Found[] {
  const { locale, referenceWall } = context;
  const found: Found[] = [];
  for (const match of text.matchAll(grammarOf(locale).relativeDay)) {
    const delta = lookup(locale.relativeDays, match.groups?.word ?? '');
    if (delta === undefined) continue;
    const value: DateValue = { precision: 'day', wall: addDays(referenceWall, delta) };
    found.push(foundAt(match, value, 'inferred', `dates/relative/${locale.code}`, 'stamp'));
  }
  return found;
}

/** Relative months and years: "vorige maand", "last year" (rule `dates/relative-period/<lang>`). */
export function findRelativePeriods(text: string, context: ParseContext): Found[] {
  const { locale } = context;
  const found: Found[] = [];
  for (const match of text.matchAll(grammarOf(locale).relativePeriod)) {
    const period = lookup(locale.relativePeriods, match.groups?.word ?? '');
    if (!period) continue;
    // A period `delta` months or years after the reference is `-delta` of them before it.
    const value = unitsBefore(-period.delta, period.unit, context);
    found.push(foundAt(match, value, 'inferred', `dates/relative-period/${locale.code}`, 'relative'));
  }
  return found;
}
