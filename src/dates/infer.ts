/**
 * Filling in what a text leaves open: the year of "10 april" or "im März", the date of "dinsdag".
 */
import { addDays, dayDistance, isValidDay, weekdayOf, type Wall } from './calendar.js';
import type { ParseContext } from './context.js';
import type { Direction } from './locales/types.js';

/**
 * The year of a year-less month (and day) seen from the reference.
 *
 * - `shift` `next` / `last`: the first occurrence after / the last before the reference's month;
 * - policy `nearest` (default): the occurrence nearest the reference, so within about ±6 months
 *   (ties go to the past);
 * - policy `past`: the latest occurrence on or before the reference.
 * Returns null when no year fits (29 February three years out of four).
 * @param day the day of the month, or null for a month alone (its middle is used for distances)
 */
export function inferYear(month: number, day: number | null, context: ParseContext, shift: Direction = 'this'): number | null {
  const reference = context.referenceWall;
  const candidates = [reference.year - 1, reference.year, reference.year + 1]
    .filter((year) => day === null || isValidDay(year, month, day))
    .map((year) => ({ year, distance: dayDistance({ year, month, day: day ?? 15 }, reference) }));
  const monthIndex = (year: number) => year * 12 + month;
  const referenceMonth = reference.year * 12 + reference.month;
  if (shift === 'next') return candidates.find((c) => monthIndex(c.year) > referenceMonth)?.year ?? null;
  if (shift === 'last') return [...candidates].reverse().find((c) => monthIndex(c.year) < referenceMonth)?.year ?? null;
  if (context.policy === 'past') {
    const past = candidates.filter((c) => (day === null ? monthIndex(c.year) <= referenceMonth : c.distance <= 0));
    return past[past.length - 1]?.year ?? null;
  }
  let best: { year: number; distance: number } | null = null;
  for (const candidate of candidates) {
    if (!best || Math.abs(candidate.distance) < Math.abs(best.distance)) best = candidate;
  }
  return best?.year ?? null;
}

/**
 * The date of a weekday named without a date.
 *
 * - `last` / `next`: strictly before / after the reference day (1–7 days);
 * - `this`: the nearest one within ±3 days;
 * - otherwise (`future` false): the latest on or before the reference day (0–6 days back), as news
 *   mostly reports what happened; `future` true (the sentence has a future marker): the first on or
 *   after it.
 * @param weekday 0 = Sunday … 6 = Saturday
 */
export function resolveWeekday(weekday: number, context: ParseContext, direction: Direction | null, future: boolean): Wall {
  const reference = context.referenceWall;
  const today = weekdayOf(reference.year, reference.month, reference.day);
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  let offset: number;
  if (direction === 'last') offset = -(back || 7);
  else if (direction === 'next') offset = forward || 7;
  else if (direction === 'this') offset = back <= 3 ? -back : forward;
  else offset = future && context.policy === 'nearest' ? forward : -back;
  const day = addDays(reference, offset);
  return { ...day, hour: 0, minute: 0 };
}
