/**
 * Our parsers for what chrono-node's strict locales leave out: a month with a year ("April 2024"),
 * a month placed by a following phrase ("im März nächsten Jahres"), a month alone ("bis März",
 * "in april"), a year with a preposition ("sinds 1960", "im Jahr 2022"), and weekdays ("dinsdag").
 */
import type { DateValue } from './calendar.js';
import { foundAt, type Found, type ParseContext } from './context.js';
import { grammarOf, lookup } from './grammar.js';
import { inferYear, resolveWeekday } from './infer.js';
import { sentenceBounds } from './sentence.js';

/** Month number of a matched month name or abbreviation. */
function monthOf(context: ParseContext, matched: string): number | undefined {
  return lookup(context.locale.months, matched) ?? lookup(context.locale.monthAbbreviations, matched);
}

function monthValue(year: number, month: number): DateValue {
  return { precision: 'month', wall: { year, month, day: 1, hour: 0, minute: 0 } };
}

/** "April 2024", "im Mai 2023", "maart 2023" (rule `dates/month-year/<lang>`, stated). */
export function findMonthYears(text: string, context: ParseContext): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(grammarOf(context.locale).monthYear)) {
    const month = monthOf(context, match.groups?.month ?? '');
    if (month === undefined) continue;
    const value = monthValue(Number(match.groups?.year), month);
    found.push(foundAt(match, value, 'stated', `dates/month-year/${context.locale.code}`, 'date'));
  }
  return found;
}

/** "im März nächsten Jahres", "mars prochain" (rule `dates/month-relative/<lang>`, inferred). */
export function findMonthSuffixes(text: string, context: ParseContext): Found[] {
  const { locale, referenceWall } = context;
  const found: Found[] = [];
  for (const match of text.matchAll(grammarOf(locale).monthSuffix)) {
    const month = monthOf(context, match.groups?.month ?? '');
    const shift = lookup(locale.monthSuffixes, match.groups?.suffix ?? '');
    if (month === undefined || !shift) continue;
    const year = 'years' in shift ? referenceWall.year + shift.years : inferYear(month, null, context, shift.occurrence);
    if (year === null) continue;
    found.push(foundAt(match, monthValue(year, month), 'inferred', `dates/month-relative/${locale.code}`, 'relative'));
  }
  return found;
}

/**
 * A month alone, with or without a prefix ("bis März", "in april", "März"); names that are also
 * common words ("may", "mars") count only after a prefix. The year is inferred (rule `dates/month/<lang>`):
 * the nearest occurrence, or after a "since" prefix ("seit August") the latest one not after the reference.
 */
export function findMonthsAlone(text: string, context: ParseContext): Found[] {
  const { locale } = context;
  const found: Found[] = [];
  for (const match of text.matchAll(grammarOf(locale).monthAlone)) {
    const name = (match.groups?.month ?? '').toLowerCase();
    if (!match.groups?.prefix && locale.ambiguousMonths.includes(name)) continue;
    const month = lookup(locale.months, name);
    if (month === undefined) continue;
    const prefix = (match.groups?.prefix ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    const since = locale.sincePrefixes.includes(prefix);
    const year = inferYear(month, null, since ? { ...context, policy: 'past' } : context);
    if (year === null) continue;
    found.push(foundAt(match, monthValue(year, month), 'inferred', `dates/month/${locale.code}`, 'date'));
  }
  return found;
}

/** A year after a preposition: "sinds 1960", "im Jahr 2022", "in 1960" (rule `dates/year/<lang>`, stated). */
export function findYears(text: string, context: ParseContext): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(grammarOf(context.locale).year)) {
    const year = Number(match.groups?.year);
    const value: DateValue = { precision: 'year', wall: { year, month: 1, day: 1, hour: 0, minute: 0 } };
    found.push(foundAt(match, value, 'stated', `dates/year/${context.locale.code}`, 'date'));
  }
  return found;
}

/**
 * A weekday without a date: "dinsdag", "am Dienstag", with modifiers before or after it
 * ("letzten Dienstag", "mardi prochain"). See {@link resolveWeekday} for which day is meant; a future
 * marker anywhere in the sentence makes it the next one (rule `dates/weekday/<lang>`, inferred).
 */
export function findWeekdays(text: string, context: ParseContext): Found[] {
  const { locale } = context;
  const grammar = grammarOf(locale);
  const found: Found[] = [];
  for (const match of text.matchAll(grammar.weekday)) {
    const weekday = lookup(locale.weekdays, match.groups?.weekday ?? '');
    if (weekday === undefined) continue;
    const modifier = match.groups?.before ?? match.groups?.after;
    const direction = modifier
      ? lookup(locale.weekdayModifiers.before, modifier) ?? lookup(locale.weekdayModifiers.after, modifier) ?? null
      : null;
    const start = match.index ?? 0;
    const bounds = sentenceBounds(text, start, start + match[0].length);
    grammar.futureMarker.lastIndex = 0;
    const future = grammar.futureMarker.test(text.slice(bounds.start, bounds.end));
    const value: DateValue = { precision: 'day', wall: resolveWeekday(weekday, context, direction, future) };
    found.push(foundAt(match, value, 'inferred', `dates/weekday/${locale.code}`, 'relative'));
  }
  return found;
}
