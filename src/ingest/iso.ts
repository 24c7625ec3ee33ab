/**
 * Strict parsing of ISO 8601 instants (date, time and a `Z` or numeric offset), as used for
 * capture times. Loose forms that `Date.parse` accepts (no offset, `2024-02-31`, RFC 2822) are
 * refused: a capture time must name one instant unambiguously.
 */

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** Days in `month` (1–12) of `year` in the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses an ISO 8601 instant such as `2024-04-10T09:00:00+02:00` or `2024-04-10T07:00Z`.
 * @returns the instant normalised to UTC (`Date.prototype.toISOString`), or null when the
 *   text is not a complete, real ISO 8601 date-time with `Z` or an offset
 */
export function parseIsoInstant(text: string): string | null {
  const match = ISO_INSTANT.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millis = frac === undefined ? 0 : Number(frac.padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const hours = Number(oh);
    const minutes = Number(om);
    if (hours > 23 || minutes > 59) return null;
    offsetMinutes = (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
