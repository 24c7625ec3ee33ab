/**
 * Scoring publication dates against htmldate's gold, re-implementing the rules of htmldate's
 * benchmark (adbar/htmldate tests/evaluation.py and comparison.py), compared at day precision:
 *
 * - an answer equal to the gold day: true positive;
 * - an answer that differs (or any answer where the gold has no date): false positive;
 * - no answer where the gold has a date: false negative;
 * - a month or year answer (`2018-08`) that holds the gold day: false negative — it names no day, so
 *   it is no answer at day precision, but it is not wrong either (Dossier answers at the precision
 *   the page supports: a Blogger URL `/2018/08/` with no day anywhere on the page); one that does
 *   not hold the gold day is wrong, a false positive (htmldate itself always answers a full day);
 * - no answer where the gold has no date: true negative — except that htmldate's script reads
 *   the five `NaN` gold rows of `eval_mediacloud_2020.json` as a float NaN, which is not
 *   `None`, so silence there counts as a false negative. {@link judgeDate} follows htmldate by
 *   default so the figures compare with the published ones; `{ silenceOnNoDate: 'tn' }` gives
 *   the fair reading.
 *
 * Also: the naive baseline {@link firstDateOnPage}, and {@link parseLenientJson} for the
 * bare `NaN` tokens.
 */
import type { PublishedDate } from '../../src/pipeline/types.js';
import type { Confusion } from './confusion.js';

/** Precisions at least as fine as a day. */
const DAY_OR_FINER = new Set(['day', 'hour', 'minute']);

/**
 * The answer to compare at day precision: the `YYYY-MM-DD` the date was written with (the
 * first ten characters of the ISO value, i.e. the day in the page's own offset), or the coarse
 * value itself (`2024-04`, `2024`) when the precision is a month or year — an answer that can
 * never equal a day. Null when there is no date.
 */
export function answerDay(published: PublishedDate | null | undefined): string | null {
  const date = published?.date;
  if (!date) return null;
  if (published.precision && !DAY_OR_FINER.has(published.precision)) return date.slice(0, published.precision === 'month' ? 7 : 4);
  return date.slice(0, 10);
}

/** How silence is scored when the gold has no date. */
export interface JudgeOptions {
  /** `fn` as htmldate's script does on its NaN rows (default), or `tn`. */
  silenceOnNoDate?: 'fn' | 'tn';
}

/**
 * The confusion counts of one page.
 * @param answer the day answered, or null for no answer
 * @param gold the gold day, or null when the gold has no date (`NaN` rows)
 */
export function judgeDate(answer: string | null, gold: string | null, options: JudgeOptions = {}): Confusion {
  if (answer === null) {
    if (gold !== null) return { tp: 0, fp: 0, fn: 1, tn: 0 };
    return (options.silenceOnNoDate ?? 'fn') === 'fn' ? { tp: 0, fp: 0, fn: 1, tn: 0 } : { tp: 0, fp: 0, fn: 0, tn: 1 };
  }
  if (answer === gold) return { tp: 1, fp: 0, fn: 0, tn: 0 };
  if (gold !== null && answer.length < gold.length && gold.startsWith(`${answer}-`)) return { tp: 0, fp: 0, fn: 1, tn: 0 };
  return { tp: 0, fp: 1, fn: 0, tn: 0 };
}

/** Wrong answers among the answers given: fp / (tp + fp), 0 when nothing was answered. */
export function wrongDateRate(c: Confusion): number {
  return c.tp + c.fp === 0 ? 0 : c.fp / (c.tp + c.fp);
}

/** ISO `2020-01-27` (also with `/`), and day-first `27.01.2020` / `27.1. 2020`. */
const DATE_LIKE = /\b((?:19|20)\d\d)[-/](\d\d)[-/](\d\d)\b|\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)\b/g;

function validDay(year: number, month: number, day: number): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return probe.toISOString().slice(0, 10);
}

/**
 * The naive baseline: the first date-like string anywhere in the page source (meta tags,
 * links and scripts included) that is a real calendar day — ISO year-month-day with `-` or
 * `/`, or day.month.year — as `YYYY-MM-DD`; null when there is none.
 * @param html the page source
 */
export function firstDateOnPage(html: string): string | null {
  for (const m of html.matchAll(DATE_LIKE)) {
    const day = m[1] !== undefined ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : validDay(Number(m[6]), Number(m[5]), Number(m[4]));
    if (day) return day;
  }
  return null;
}

/**
 * Parses JSON that may hold the bare value `NaN` (as Python writes it), reading it as null.
 * Only a `NaN` standing as a value (after `:` or `[`/`,`, before `,` `}` `]`) is replaced.
 */
export function parseLenientJson(text: string): unknown {
  return JSON.parse(text.replace(/(?<=[:[,]\s*)NaN(?=\s*[,}\]])/g, 'null'));
}
