/**
 * Calendar arithmetic on plain numbers (proleptic Gregorian, UTC-based), and the ISO 8601 text of a
 * date value at its precision.
 */
import type { Precision } from '../pipeline/types.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A wall-clock date and time; fields finer than the value's precision are ignored. */
export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** A date value: its precision, its wall parts, and for minute/hour precision the UTC instant (ms). */
export interface DateValue {
  precision: Precision;
  wall: Wall;
  /** Milliseconds since the epoch; set for `minute` and `hour` precision. */
  instant?: number;
}

/** Precisions from finest to coarsest. */
export const PRECISION_ORDER: readonly Precision[] = ['minute', 'hour', 'day', 'month', 'year'];

/** True when precision `a` is finer than `b`. */
export function finerThan(a: Precision, b: Precision): boolean {
  return PRECISION_ORDER.indexOf(a) < PRECISION_ORDER.indexOf(b);
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year, month and day name a real day (no 31 February, no 29 February 2023). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day of the week of a date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The date `days` days after (negative: before) the given one. */
export function addDays(wall: Wall, days: number): Wall {
  const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day) + days * DAY_MS);
  return { ...wall, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The month `months` months after (negative: before) the given one, on day 1. */
export function addMonths(wall: Wall, months: number): Wall {
  const index = wall.year * 12 + (wall.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1, hour: 0, minute: 0 };
}

/** Days from the start of day `b` to the start of day `a` (UTC calendar days). */
export function dayDistance(a: Pick<Wall, 'year' | 'month' | 'day'>, b: Pick<Wall, 'year' | 'month' | 'day'>): number {
  return (Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / DAY_MS;
}

/** The wall parts of a UTC instant. */
export function wallOfUtc(instant: number): Wall {
  const d = new Date(instant);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** A wall date with no time of day. */
export function dayWall(year: number, month: number, day: number): Wall {
  return { year, month, day, hour: 0, minute: 0 };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * The ISO 8601 text of a value: `YYYY` (year), `YYYY-MM` (month), `YYYY-MM-DD` (day), or for minute and
 * hour precision the full UTC timestamp with seconds zeroed, `YYYY-MM-DDTHH:MM:00.000Z`.
 */
export function formatValue(value: DateValue): string {
  const { wall } = value;
  switch (value.precision) {
    case 'year':
      return pad(wall.year, 4);
    case 'month':
      return `${pad(wall.year, 4)}-${pad(wall.month)}`;
    case 'day':
      return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
    default: {
      const instant = value.instant ?? Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
      return new Date(Math.floor(instant / MINUTE_MS) * MINUTE_MS).toISOString();
    }
  }
}

/**
 * Like {@link formatValue}, but a minute or hour value is written in the offset its wall parts were
 * read in (`2024-04-10T09:00:00.000+02:00` for `2024-04-10T09:00+02:00`), so the day it names is the
 * day the page wrote, not the UTC day. Values read in UTC keep the `Z` form of {@link formatValue}.
 */
export function formatWritten(value: DateValue): string {
  if (value.instant === undefined || (value.precision !== 'minute' && value.precision !== 'hour')) return formatValue(value);
  const { wall } = value;
  const minuteInstant = Math.floor(value.instant / MINUTE_MS) * MINUTE_MS;
  const offset = Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - minuteInstant) / MINUTE_MS);
  if (offset === 0 || Math.abs(offset) > 18 * 60) return formatValue(value);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const local = new Date(minuteInstant + offset * MINUTE_MS).toISOString().slice(0, 23);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The same value at a coarser precision (the wall parts decide the day, month or year). */
export function coarsen(value: DateValue, precision: Precision): DateValue {
  if (!finerThan(value.precision, precision)) return value;
  return { precision, wall: value.wall };
}
