/**
 * Fitting open date parts (month and day, or a weekday) to known dates: does a known date agree
 * with them, and which year puts them nearest to an anchor date.
 */
import type { EventTime, OpenDate, Precision } from '../../pipeline/types.js';
import { dayDistance, isValidDay, weekdayOf } from '../calendar.js';

/** A calendar day (month and day of month 1-based). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** The year, month and day a date at `precision` names (month and day default to 1), or null for an unreadable date. */
export function dayOf(time: Pick<EventTime, 'date' | 'precision'>): Day | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(time.date);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2] ?? 1), day: Number(match[3] ?? 1) };
}

const FINE: readonly Precision[] = ['minute', 'hour', 'day'];

/**
 * True when a known date agrees with open parts: the same month (the known date at least month
 * precise) and, when both give one, the same day. Weekday-only parts never agree this way.
 */
export function agrees(open: OpenDate, time: Pick<EventTime, 'date' | 'precision'>): boolean {
  if (open.month === null || time.precision === 'year') return false;
  const known = dayOf(time);
  if (!known || known.month !== open.month) return false;
  return open.day === null || !FINE.includes(time.precision) || known.day === open.day;
}

/**
 * The year that puts a month (and day) nearest to `anchor`: of the anchor's year and the years
 * either side, the one with the smallest distance in days (a month alone counts from its 15th);
 * a tie goes to the earlier year, as reports look back more than ahead. Null when no year fits
 * (29 February far from a leap year).
 */
export function nearestYear(month: number, day: number | null, anchor: Day): number | null {
  let best: { year: number; distance: number } | null = null;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    if (day !== null && !isValidDay(year, month, day)) continue;
    const distance = Math.abs(dayDistance({ year, month, day: day ?? 15 }, anchor));
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best?.year ?? null;
}

/** True when `day` falls on `weekday` (0 = Sunday … 6 = Saturday). */
export function onWeekday(day: Day, weekday: number): boolean {
  return weekdayOf(day.year, day.month, day.day) === weekday;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The ISO date of open parts placed in `year`: `YYYY-MM-DD` with a day, `YYYY-MM` with a month alone. */
export function placeInYear(open: OpenDate, year: number): { date: string; precision: Precision } | null {
  if (open.month === null) return null;
  if (open.day === null) return { date: `${year}-${pad(open.month)}`, precision: 'month' };
  if (!isValidDay(year, open.month, open.day)) return null;
  return { date: `${year}-${pad(open.month)}-${pad(open.day)}`, precision: 'day' };
}
