/**
 * Dates that name no real day ("31 februari 2024", "30.02.2024"): chrono-node and our parsers read
 * nothing there, and this says why, for the `dates/invalid` message.
 */
import { daysInMonth } from './calendar.js';
import { grammarOf, lookup } from './grammar.js';
import type { DateLocale } from './locales/types.js';

const NUMERIC = /(?<![\p{N}])(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})(?![\p{N}])/u;

/** Days in a month; without a year the longest (29 for February). */
function maxDays(month: number, year: number | null): number {
  return daysInMonth(year ?? 2024, month);
}

/** A non-global copy of a compiled pattern, for a single `exec`. */
function once(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, 'iu');
}

/**
 * A short reason when `text` holds a day-month date that cannot exist in `locale`'s reading, else null.
 * @param text a date candidate's text
 */
export function impossibleDate(text: string, locale: DateLocale): string | null {
  const numeric = NUMERIC.exec(text);
  if (numeric?.groups) {
    const first = Number(numeric.groups.a);
    const second = Number(numeric.groups.b);
    const [day, month] = locale.numericOrder === 'DMY' ? [first, second] : [second, first];
    const yearText = numeric.groups.year ?? '';
    const year = yearText.length === 4 ? Number(yearText) : 2000 + Number(yearText);
    if (month < 1 || month > 12 || day < 1 || day > maxDays(month, year)) return `"${numeric[0]}" names no day (${locale.numericOrder} order)`;
  }
  const grammar = grammarOf(locale);
  for (const pattern of [grammar.dayMonth, grammar.monthDay]) {
    const match = once(pattern).exec(text);
    if (!match?.groups) continue;
    const monthWord = match.groups.month ?? '';
    const month = lookup(locale.months, monthWord) ?? lookup(locale.monthAbbreviations, monthWord);
    const year = match.groups.year ? Number(match.groups.year) : null;
    if (month !== undefined && Number(match.groups.day) > maxDays(month, year)) return `"${match[0]}" names no day`;
  }
  return null;
}
