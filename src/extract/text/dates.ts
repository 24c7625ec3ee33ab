/**
 * Byline dates: a short line that is only a date (and maybe a time and a label), such as
 * `12. März 2024, 14:30 Uhr` or `Updated 3 April 2024`. Month and weekday names come from the
 * locales; the line is kept as written for the dates stage to parse.
 */
import { EXTRACT_LOCALES } from '../locales/index.js';
import { DATE_LINE_MAX_CHARS } from './thresholds.js';
import { escapeRegExp } from './vocabulary.js';

function words(pick: (locale: (typeof EXTRACT_LOCALES)[number]) => readonly string[]): string {
  const all = [...new Set(EXTRACT_LOCALES.flatMap(pick))].sort((a, b) => b.length - a.length);
  return all.map(escapeRegExp).join('|');
}

const MONTH = `(?:${words((l) => l.months.flat())})\\.?`;
const WEEKDAY = `(?:(?:${words((l) => l.weekdays)})\\.?,?\\s+)?`;
const PREFIX = `(?:(?:${words((l) => l.datePrefixes)})\\s*:?\\s*)?`;
const TIME_SUFFIX = `(?:\\s*(?:${words((l) => l.timeSuffixes)}))?`;
const DAY = '\\d{1,2}(?:st|nd|rd|th|e|er)?\\.?';
const DATE = [
  `${DAY}\\s+${MONTH}\\s+\\d{4}`,
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
  '\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})',
  '\\d{4}-\\d{2}-\\d{2}',
].join('|');
const TIME = `(?:\\s*(?:,|\\||-|–|um|om|at|à)?\\s*\\d{1,2}[:.h]\\d{2}${TIME_SUFFIX})?`;

/** A whole line that is a (labelled) date with an optional time. */
const DATE_LINE = new RegExp(`^${PREFIX}${WEEKDAY}(?:${DATE})${TIME}$`, 'iu');

/** A date inside a dateline, e.g. `12 maart` or `12. März 2024` in `BERLIN, 12. März (dpa) -`. */
const DATELINE_DATE = new RegExp(`^(?:${WEEKDAY})(?:${DAY}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|${DATE})$`, 'iu');

/** True when the whole line is a byline date such as `Published 3 April 2024, 09:15`. */
export function isDateLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= DATE_LINE_MAX_CHARS && DATE_LINE.test(trimmed);
}

/** True when `text` (the part between the place and the agency of a dateline) is a date. */
export function isDatelineDate(text: string): boolean {
  return DATELINE_DATE.test(text.trim());
}
