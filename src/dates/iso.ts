/**
 * Machine-written dates: ISO 8601 (`2024-04-10`, `2024-04-10T09:00:00+02:00`) and RFC 2822
 * (`Wed, 10 Apr 2024 09:00:00 GMT`, whose month abbreviations are English by the format's definition).
 * A time without an offset is read in the given zone.
 */
import { isValidDay, type DateValue } from './calendar.js';
import type { Found } from './context.js';
import { wallToInstant, type ZoneSpec } from './zone.js';

/** What a machine-written date gave: a value, or the reason it is impossible. */
export type MachineDate =
  | { value: DateValue; hasTime: boolean; offset: number | null }
  | { invalid: string };

/** ISO 8601 as sites write it: also one-digit months, days and seconds (`2022-1-26T14:32:06`, `23:15:0Z`). */
const ISO = /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?:[T ](?<hour>\d{1,2}):(?<minute>\d{2})(?::\d{1,2}(?:[.,]\d+)?)?\s*(?<zone>Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i;
/** ISO 8601 basic format: `20201123`, `20201123T11:02:35Z`, `20201123T110235+0100`. */
const ISO_BASIC = /^(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})(?:T(?<hour>\d{2}):?(?<minute>\d{2})(?::?\d{2}(?:[.,]\d+)?)?\s*(?<zone>Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i;
const ISO_IN_TEXT = /(?<![\p{L}\p{N}-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2})(?::\d{2}(?:[.,]\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?(?![\p{L}\p{N}]|-\d)/giu;
/**
 * Dates written with the CJK year, month and day markers, as Chinese, Japanese and Korean pages
 * write them in any script: `2020年07月03日`, `2020年7月3日 17:16`, `2020년 3월 4일`. Numeric and
 * unambiguous, so read like ISO whatever the page's language.
 */
const CJK_SOURCE = '(?<year>\\d{4})\\s*[年년]\\s*(?<month>\\d{1,2})\\s*[月월]\\s*(?<day>\\d{1,2})\\s*[日일]?(?:\\s*(?<hour>\\d{1,2})\\s*[:時시]\\s*(?<minute>\\d{2})(?::\\d{2})?)?';
const CJK = new RegExp(`^${CJK_SOURCE}$`, 'u');
const CJK_IN_TEXT = new RegExp(`(?<!\\d)${CJK_SOURCE}(?!\\d)`, 'gu');
const RFC_MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const RFC = /^(?:[a-z]{3},\s*)?(?<day>\d{1,2})\s+(?<month>[a-z]{3})\s+(?<year>\d{4})(?:\s+(?<hour>\d{2}):(?<minute>\d{2})(?::\d{2})?\s*(?<zone>GMT|UTC|UT|Z|[+-]\d{4})?)?$/i;

/** Minutes east of UTC of an offset text (`Z`, `GMT`, `+02:00`, `-0500`, `+02`). */
function offsetMinutes(zone: string): number {
  if (/^(Z|GMT|UTC|UT)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** Builds the value from matched groups, or says why it is impossible. */
function fromGroups(groups: Record<string, string | undefined>, month: number, zone: ZoneSpec): MachineDate {
  const year = Number(groups.year);
  const day = Number(groups.day);
  if (!isValidDay(year, month, day)) return { invalid: `${year}-${month}-${day} is not a day of the calendar` };
  if (groups.hour === undefined) {
    return { value: { precision: 'day', wall: { year, month, day, hour: 0, minute: 0 } }, hasTime: false, offset: null };
  }
  const hour = Number(groups.hour);
  const minute = Number(groups.minute);
  if (hour > 23 || minute > 59) return { invalid: `${groups.hour}:${groups.minute} is not a time of day` };
  const wall = { year, month, day, hour, minute };
  const offset = groups.zone ? offsetMinutes(groups.zone) : null;
  const instant = offset === null ? wallToInstant(wall, zone) : Date.UTC(year, month - 1, day, hour, minute) - offset * 60_000;
  return { value: { precision: 'minute', wall, instant }, hasTime: true, offset };
}

/**
 * Reads a whole string as an ISO 8601, CJK (`2020年7月3日`) or RFC 2822 date; null when it is none of them.
 * @param zone the zone for a time given without an offset
 */
export function parseMachineDate(text: string, zone: ZoneSpec): MachineDate | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed) ?? ISO_BASIC.exec(trimmed) ?? CJK.exec(trimmed);
  if (iso?.groups) return fromGroups(iso.groups, Number(iso.groups.month), zone);
  const rfc = RFC.exec(trimmed);
  if (rfc?.groups) {
    const month = RFC_MONTHS[(rfc.groups.month ?? '').toLowerCase()];
    return month === undefined ? null : fromGroups(rfc.groups, month, zone);
  }
  return null;
}

/** CJK dates (`2020年07月03日`) inside running text, in any language (rule `dates/cjk`). */
export function findCjkDates(text: string, zone: ZoneSpec): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(CJK_IN_TEXT)) {
    if (!match.groups) continue;
    const result = fromGroups(match.groups, Number(match.groups.month), zone);
    if ('invalid' in result) continue;
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, text: match[0], value: result.value, certainty: 'stated', rule: 'dates/cjk', kind: 'date' });
  }
  return found;
}

/** ISO 8601 and CJK dates inside running text (the only dates read in languages without a locale). */
export function findIsoDates(text: string, zone: ZoneSpec): Found[] {
  const found: Found[] = [...findCjkDates(text, zone)];
  for (const match of text.matchAll(ISO_IN_TEXT)) {
    if (!match.groups) continue;
    const result = fromGroups(match.groups, Number(match.groups.month), zone);
    if ('invalid' in result) continue;
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, text: match[0], value: result.value, certainty: 'stated', rule: 'dates/iso', kind: 'date' });
  }
  return found;
}
