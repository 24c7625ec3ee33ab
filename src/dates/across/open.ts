/**
 * Open dates: what a time expression states when the item's own date is unknown. Year-less dates
 * ("op 10 april", "28. Juli", "bis März") and weekdays ("am Dienstag") are resolved by the parsers
 * from a reference; when that reference is only the capture time, the year (or week) they get is
 * invented. Here such expressions keep the parts the text states and leave the rest open.
 */
import type { OpenDate, OpenTime, Precision, TimeExpression } from '../../pipeline/types.js';

/**
 * The inferred expressions left open in an undated item, by the rule that read them (rule names of
 * `src/dates/own-parsers.ts`, `chrono-dates.ts` and `relative.ts`), with the parts they state: a
 * year-less day its month and day, a month alone its month, a weekday its weekday, "im März
 * nächsten Jahres" its month (its year counted from the item's own date), "vorige maand" nothing.
 * Relative stamps ("vor zwei Stunden", "gestern", rule `dates/relative/`) are not listed: pages
 * render them at the time they are seen, so the capture time is their reference.
 */
const OPEN_RULES: readonly { prefix: string; parts: 'month-day' | 'month' | 'month-relative' | 'weekday' | 'none' }[] = [
  { prefix: 'dates/chrono/', parts: 'month-day' },
  { prefix: 'dates/month/', parts: 'month' },
  { prefix: 'dates/month-relative/', parts: 'month-relative' },
  { prefix: 'dates/weekday/', parts: 'weekday' },
  { prefix: 'dates/relative-period/', parts: 'none' },
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The ISO 8601 truncated form of open parts: `--04-10`, `--03`, `-W-2` (ISO weekday 1 = Monday … 7 = Sunday), or ``. */
export function openDateText(open: OpenDate): string {
  if (open.month !== null && open.day !== null) return `--${pad(open.month)}-${pad(open.day)}`;
  if (open.month !== null) return `--${pad(open.month)}`;
  if (open.weekday !== null) return `-W-${open.weekday === 0 ? 7 : open.weekday}`;
  return '';
}

/** The precision an open date has once its year (or week) is known. */
export function openPrecision(open: OpenDate, fallback: Precision): Precision {
  if (open.day !== null || open.weekday !== null) return 'day';
  if (open.month !== null) return 'month';
  return fallback;
}

/** The open parts of an inferred expression, or null when its rule is not one to leave open. */
export function openPartsOf(time: TimeExpression): OpenDate | null {
  const parts = OPEN_RULES.find((p) => time.provenance.rule.startsWith(p.prefix))?.parts;
  if (parts === undefined) return null;
  const [year, month, day] = time.date.slice(0, 10).split('-').map(Number);
  const none: OpenDate = { month: null, day: null, weekday: null };
  if (parts === 'none' || year === undefined || month === undefined || !Number.isFinite(month)) return none;
  if (parts === 'month') return { ...none, month };
  if (parts === 'month-relative') return { ...none, month, relativeYear: true };
  if (day === undefined || !Number.isFinite(day)) return none;
  if (parts === 'month-day') return { ...none, month, day };
  return { ...none, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/**
 * The time expressions of an item whose own date is unknown: stated ones as they are; each
 * year-less, weekday or relative one (see {@link OPEN_RULES}) whose value was inferred from the
 * reference (the capture time) becomes open — `open` holds its
 * stated parts and `date` their truncated ISO form — instead of carrying an invented year.
 */
export function openWhenUndated(times: readonly TimeExpression[]): TimeExpression[] {
  return times.map((time) => {
    if (time.provenance.certainty !== 'inferred' || time.open) return time;
    const open = openPartsOf(time);
    if (!open) return time;
    return { ...time, date: openDateText(open), precision: openPrecision(open, time.precision), open };
  });
}

/** The open time of an event read from an open expression at `start` (the event's offset frame). */
export function openTimeOf(time: TimeExpression, start: number): OpenTime {
  const open = time.open ?? { month: null, day: null, weekday: null };
  const openTime: OpenTime = { text: time.text, date: time.date, precision: time.precision, start, month: open.month, day: open.day, weekday: open.weekday };
  if (open.relativeYear) openTime.relativeYear = true;
  return openTime;
}
