/**
 * What a date locale holds: word lists and phrase templates for one language, plus the chrono-node
 * parser for that language. Everything language-specific about dates lives in `locales/<lang>/`;
 * the parsers in `src/dates/` read only these lists.
 */
import type { Chrono } from 'chrono-node';

/** Units of relative expressions ("3 Stunden", "twee dagen"). */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** How a word beside a weekday or month moves it: the previous occurrence, the next one, or this one. */
export type Direction = 'last' | 'next' | 'this';

/** What follows a month name to place it: a year offset from the reference ("nächsten Jahres": +1) or an occurrence ("prochain"). */
export type MonthShift = { years: number } | { occurrence: Direction };

/** A relative period phrase: the month or year `delta` units from the reference ("vorige maand": month −1). */
export interface RelativePeriod {
  unit: 'month' | 'year';
  delta: number;
}

/** The date vocabulary and phrase templates of one language. All keys are lower case. */
export interface DateLocale {
  /** ISO 639-1 code. */
  readonly code: string;
  /** chrono-node's strict parser for the language: full and year-less day dates, numeric dates, date-times. */
  readonly chrono: Chrono;
  /** Order of numeric dates ("04/10/2024"): day first or month first. chrono reads valid ones; this tells impossible ones. */
  readonly numericOrder: 'DMY' | 'MDY';
  /** Full month names → 1–12. */
  readonly months: Readonly<Record<string, number>>;
  /** Month abbreviations (without the dot) → 1–12; used only next to a day or a year. */
  readonly monthAbbreviations: Readonly<Record<string, number>>;
  /** Month names that are also common words ("may", "march", "mars") and so need a prefix or a year. */
  readonly ambiguousMonths: readonly string[];
  /** Full weekday names → 0 (Sunday) … 6 (Saturday). */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Number words usable as counts in relative phrases ("einer", "een", "une") → value. */
  readonly numbers: Readonly<Record<string, number>>;
  /** Unit words (singular, plural, abbreviations) → unit. */
  readonly units: Readonly<Record<string, TimeUnit>>;
  /**
   * Templates of "N units ago" phrases; `{n}` is a count (digits or a number word), `{unit}` a unit
   * word, a space any run of spaces: `'{n} {unit} geleden'`, `'vor {n} {unit}'`.
   */
  readonly ago: readonly string[];
  /** Day words relative to the reference ("gisteren": −1, "heute": 0). */
  readonly relativeDays: Readonly<Record<string, number>>;
  /** Relative month and year phrases ("vorige maand", "l'année dernière"). */
  readonly relativePeriods: Readonly<Record<string, RelativePeriod>>;
  /** Words that introduce a bare month or year ("im", "bis", "sinds", "in het jaar"). */
  readonly monthPrefixes: readonly string[];
  /** The month prefixes meaning "since": the month then is the latest one on or before the reference. */
  readonly sincePrefixes: readonly string[];
  /** Words that introduce a bare four-digit year. */
  readonly yearPrefixes: readonly string[];
  /** Phrases after a month name that fix its year ("nächsten Jahres", "volgend jaar", "prochain"). */
  readonly monthSuffixes: Readonly<Record<string, MonthShift>>;
  /** Words before a weekday ("vorige", "nächsten", "last") and after it ("dernier", "prossimo"). */
  readonly weekdayModifiers: { readonly before: Readonly<Record<string, Direction>>; readonly after: Readonly<Record<string, Direction>> };
  /** Words that put a sentence in the future ("wird", "zal", "will"): a bare weekday there is the next one. */
  readonly futureMarkers: readonly string[];
  /**
   * Phrases before a date on a page that say it is not when the page was published: a change
   * ("last edited", "zuletzt geändert", "mis à jour") or the reader's clock ("Aktuelle Zeit").
   * Optional: a locale without them keeps every date line.
   */
  readonly notPublished?: readonly string[];
  /**
   * Labels a page puts right before its own publication date ("Erschienen am", "Published on",
   * "Mise en ligne"), in lower case, without a trailing colon. Optional: a locale without them
   * offers no labelled dates (see `html-label-dates.ts`).
   */
  readonly publishedLabels?: readonly string[];
}
