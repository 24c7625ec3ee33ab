/**
 * Regular expressions compiled from a locale's word lists (once per locale). The parsers in
 * `own-parsers.ts` and `relative.ts` use these; no language appears here.
 */
import type { DateLocale } from './locales/types.js';

/** Not preceded by a letter or digit. */
const START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
const END = '(?![\\p{L}\\p{N}])';
/** Not followed by a lower-case letter: a stamp glued to the next line's capitals still ends here. */
const END_GLUED = '(?!\\p{Ll}|\\p{N})';
/**
 * A four-digit year from 1800 to 2199: news cites history back to the 19th century; earlier numbers
 * after "in" are more often counts ("in 1500 gebouwen") than years.
 */
export const YEAR = '(?<year>1[89]\\d\\d|2[01]\\d\\d)';

/** Escapes a phrase for a regular expression; spaces match any whitespace, apostrophes both forms. */
function phrase(words: string): string {
  return words
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/'/g, "['’]");
}

/** An alternation of phrases, longest first so that "im jahr" wins over "im". */
function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length).map(phrase);
  return list.length > 0 ? `(?:${list.join('|')})` : '(?!)';
}

/** A prefix followed by whitespace, or directly by the next word when it ends in a hyphen ("mid-"). */
function prefixes(words: readonly string[]): string {
  const withSpace = words.filter((w) => !w.endsWith('-'));
  const hyphened = words.filter((w) => w.endsWith('-'));
  return `(?:${alternation(withSpace)}\\s+|${alternation(hyphened)})`;
}

/** The compiled patterns of one locale. All are global, case-insensitive and Unicode-aware. */
export interface Grammar {
  ago: RegExp[];
  relativeDay: RegExp;
  relativePeriod: RegExp;
  monthYear: RegExp;
  monthSuffix: RegExp;
  monthAlone: RegExp;
  year: RegExp;
  weekday: RegExp;
  futureMarker: RegExp;
  /** Any month name or abbreviation (to tell a month-name date from a numeric one). */
  anyMonth: RegExp;
  /** A day number and a month name, with an optional year ("31. Februar 2024"); also month-first ("February 31, 2024"). */
  dayMonth: RegExp;
  monthDay: RegExp;
}

const cache = new Map<string, Grammar>();

/**
 * The short words that join a day, a month and a year in a written date ("29 de febrero de 2024",
 * "May of 2023", "3 di marzo"): a month after a day or before a year joined by one of them is part
 * of that date, not a month alone.
 */
const CONNECTOR = '(?:de|del|of|di)\\s+';

function compile(source: string): RegExp {
  return new RegExp(source, 'giu');
}

/** The patterns of `locale`, compiled on first use. */
export function grammarOf(locale: DateLocale): Grammar {
  const cached = cache.get(locale.code);
  if (cached) return cached;
  const count = `(?<n>\\d{1,3}|${alternation(Object.keys(locale.numbers))})`;
  const unit = `(?<unit>${alternation(Object.keys(locale.units))})`;
  const month = `(?<month>${alternation(Object.keys(locale.months))})`;
  const monthOrAbbreviation = `(?<month>${alternation(Object.keys(locale.months))}|${alternation(Object.keys(locale.monthAbbreviations))}\\.?)`;
  const notAfterDay = `(?<!\\d[.,]?\\s{0,3}(?:${CONNECTOR})?)`;
  const prefix = `(?:(?<prefix>${prefixes(locale.monthPrefixes)}))?`;
  const grammar: Grammar = {
    ago: locale.ago.map((template) =>
      compile(`${START}${phrase(template).replace('\\{n\\}', count).replace('\\{unit\\}', unit)}${END_GLUED}`),
    ),
    relativeDay: compile(`${START}(?<word>${alternation(Object.keys(locale.relativeDays))})${END_GLUED}`),
    relativePeriod: compile(`${START}(?<word>${alternation(Object.keys(locale.relativePeriods))})${END}`),
    monthYear: compile(`${START}${notAfterDay}${prefix}${monthOrAbbreviation},?\\s+(?:${CONNECTOR})?${YEAR}${END}(?![.,/-]\\d)`),
    monthSuffix: compile(`${START}${notAfterDay}${prefix}${month}\\s+(?<suffix>${alternation(Object.keys(locale.monthSuffixes))})${END}`),
    monthAlone: compile(`${START}${notAfterDay}${prefix}${month}${END}(?!\\.?\\s*(?:${CONNECTOR})?\\d)`),
    year: compile(`${START}(?<prefix>${prefixes(locale.yearPrefixes)})${YEAR}${END}(?![.,]\\d|\\s*%|[/-]\\d)`),
    weekday: compile(
      `${START}(?:(?<before>${alternation(Object.keys(locale.weekdayModifiers.before))})\\s+)?(?<weekday>${alternation(Object.keys(locale.weekdays))})(?:\\s+(?<after>${alternation(Object.keys(locale.weekdayModifiers.after))}))?${END}`,
    ),
    futureMarker: compile(`${START}${alternation(locale.futureMarkers)}${END}`),
    anyMonth: compile(`${START}(?:${alternation(Object.keys(locale.months))}|${alternation(Object.keys(locale.monthAbbreviations))})${END}`),
    dayMonth: compile(`${START}(?<day>\\d{1,2})\\.?\\s+${monthOrAbbreviation}${END}(?:,?\\s+${YEAR})?`),
    monthDay: compile(`${START}${monthOrAbbreviation}\\s+(?<day>\\d{1,2})(?<ending>\\p{L}{2})?,?\\s+${YEAR}(?![\\p{N}])`),
  };
  cache.set(locale.code, grammar);
  return grammar;
}

/** Looks a matched word up in a lower-case word list (apostrophes and spacing normalised). */
export function lookup<T>(words: Readonly<Record<string, T>>, matched: string): T | undefined {
  const key = matched.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').replace(/\.$/, '');
  return words[key];
}
