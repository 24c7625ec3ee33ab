/**
 * Our parsers for what chrono-node's strict locales leave out: a month with a year ("April 2024"),
 * a month placed by a following phrase ("im März nächsten Jahres"), a month alone ("bis März",
 * "in april"), a year with a preposition ("sinds 1960", "im Jahr 2022"), and weekdays ("dinsdag").
 */
import { isValidDay, type DateValue } from './calendar.js';
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

/**
 * Ordinal endings a day number may carry in a month-first date ("December 16th"), in any language:
 * templates that print English ordinals after translated month names ("Dezember 16th, 2012") are common.
 */
const ORDINAL_ENDING = /^(?:st|nd|rd|th)?$/i;

/**
 * A month name first, then the day and a written year, in the locale's words: "Juli 12, 2017",
 * "Mai 06 2018", "Dezember 16th, 2012" — the American order of blog templates (WordPress's
 * `F j, Y`) printed with a translated month name, which chrono-node's non-English parsers do not
 * read. The year is written and the day comes right after the month, so the order is not in doubt
 * (rule `dates/month-day-year/<lang>`, stated). Impossible days are left to {@link impossibleDate}.
 */
export function findMonthDayYears(text: string, context: ParseContext): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(grammarOf(context.locale).monthDay)) {
    const month = monthOf(context, match.groups?.month ?? '');
    const day = Number(match.groups?.day);
    const year = Number(match.groups?.year);
    if (month === undefined || !ORDINAL_ENDING.test(match.groups?.ending ?? '') || !isValidDay(year, month, day)) continue;
    const value: DateValue = { precision: 'day', wall: { year, month, day, hour: 0, minute: 0 } };
    found.push(foundAt(match, value, 'stated', `dates/month-day-year/${context.locale.code}`, 'date'));
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
