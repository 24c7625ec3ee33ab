/**
 * Time zones for wall-clock times written without one.
 *
 * A {@link ZoneSpec} is either a fixed offset in minutes east of UTC or an IANA name such as
 * `Europe/Amsterdam`. IANA names follow daylight saving through `Intl` (no data is downloaded):
 * a wall time in the spring-forward gap (02:30 on the last Sunday of March in Amsterdam) does not
 * exist and is read with the offset in force just before the gap; a time in the autumn overlap is
 * read with the earlier (summer) offset.
 */
import { wallOfUtc, type Wall } from './calendar.js';

/** A fixed offset in minutes east of UTC, or an IANA time zone name. */
export type ZoneSpec = number | string;

/** UTC as a zone. */
export const UTC: ZoneSpec = 0;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter for an IANA zone; throws an Error naming the fix when the name is unknown. */
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
      });
    } catch {
      throw new Error(`Unknown time zone "${zone}": pass an IANA name such as "Europe/Amsterdam" or an offset in minutes east of UTC.`);
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The offset (minutes east of UTC) of `zone` at the UTC instant `instant` (ms). */
export function offsetAt(zone: ZoneSpec, instant: number): number {
  if (typeof zone === 'number') return zone;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** The UTC instant (ms) of a wall-clock time in `zone` (see the module comment for gaps and overlaps). */
export function wallToInstant(wall: Wall, zone: ZoneSpec): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  if (typeof zone === 'number') return asUtc - zone * 60_000;
  // The offsets in force a day before and a day after: a daylight-saving switch lies between them.
  const before = offsetAt(zone, asUtc - 86_400_000);
  const after = offsetAt(zone, asUtc + 86_400_000);
  const readings = [before, after]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant, i) => offsetAt(zone, instant) === [before, after][i]);
  // Overlap: two readings, take the first to happen. Gap: none, read with the offset before the switch.
  return readings.length > 0 ? Math.min(...readings) : asUtc - before * 60_000;
}

/** The wall-clock parts of a UTC instant in `zone`. */
export function wallAt(instant: number, zone: ZoneSpec): Wall {
  return wallOfUtc(instant + offsetAt(zone, instant) * 60_000);
}

/** The offset stated at the end of an ISO 8601 timestamp (`Z`, `+02:00`, `-0500`), or null when none is. */
export function statedOffset(iso: string): number | null {
  const match = /(?:T|\s)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})$/i.exec(iso.trim());
  if (!match?.[1]) return null;
  const text = match[1].toUpperCase();
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}
