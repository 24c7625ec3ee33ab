/**
 * Dates in URLs: `/2024/04/10/`, `/2024-04-10-title`, `_20240410_`, a month alone `/2024/04/`, and a
 * numeric date with the year last whose day and month cannot be confused (`/meldungen/29-10-2021`).
 */
import { isValidDay, type DateValue } from './calendar.js';

/** What a URL gave: a value, or the reason its date is impossible. */
export type UrlDate = { value: DateValue } | { invalid: string };

const DAY = /(?<![\d])(?<year>(?:19|20)\d{2})(?<sep>[/_.-])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?!\d)/;
const COMPACT = /(?<![\d])(?<year>20\d{2})(?<month>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\d|3[01])(?![\d])/;
/**
 * A date with the year last (`29-10-2021`, `10_29_2021`): day-first and month-first sites both write
 * it, so it is read only when one number exceeds 12 and can only be the day.
 */
const YEAR_LAST = /(?<![\d])(?<first>\d{1,2})(?<sep>[_.-])(?<second>\d{1,2})\k<sep>(?<year>(?:19|20)\d{2})(?!\d)/;
const MONTH = /\/(?<year>(?:19|20)\d{2})\/(?<month>0?[1-9]|1[0-2])\//;

/** The date in a URL's path, or null when it has none. */
export function dateFromUrl(url: string): UrlDate | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not an absolute URL: read the string as a path.
  }
  const day = DAY.exec(path) ?? COMPACT.exec(path);
  if (day?.groups) {
    const year = Number(day.groups.year);
    const month = Number(day.groups.month);
    const date = Number(day.groups.day);
    if (!isValidDay(year, month, date)) return { invalid: `${year}-${month}-${date} in the URL is not a day of the calendar` };
    return { value: { precision: 'day', wall: { year, month, day: date, hour: 0, minute: 0 } } };
  }
  const yearLast = YEAR_LAST.exec(path);
  if (yearLast?.groups) {
    const first = Number(yearLast.groups.first);
    const second = Number(yearLast.groups.second);
    const year = Number(yearLast.groups.year);
    // One of the two must be over 12 (the day); equal or both small is ambiguous and not read.
    const [date, month] = first > 12 && second <= 12 ? [first, second] : second > 12 && first <= 12 ? [second, first] : [0, 0];
    if (date > 0 && isValidDay(year, month, date)) return { value: { precision: 'day', wall: { year, month, day: date, hour: 0, minute: 0 } } };
  }
  const month = MONTH.exec(path);
  if (month?.groups) {
    const wall = { year: Number(month.groups.year), month: Number(month.groups.month), day: 1, hour: 0, minute: 0 };
    return { value: { precision: 'month', wall } };
  }
  return null;
}
