/**
 * Time expressions inside an item's text, for events: each a span with an ISO date, a precision and
 * provenance.
 */
import type { Precision, TimeExpression } from '../pipeline/types.js';
import { coarsen, finerThan, formatValue } from './calendar.js';
import { parseContext, type Found } from './context.js';
import { findDates, findNeutralDates } from './find.js';
import { dateLocale } from './locales/registry.js';
import { isStampLine, sentenceAround } from './sentence.js';
import { UTC, type ZoneSpec } from './zone.js';

/** Options of {@link findTimeExpressions}. */
export interface TimeOptions {
  /**
   * Zone for clock times written without an offset and for counting days: a fixed offset in minutes
   * east of UTC or an IANA name. Default UTC.
   */
  zone?: ZoneSpec;
  /**
   * How precisely the reference is known (default `minute`). Values counted from the reference
   * ("vor zwei Stunden", "dinsdag") are never reported finer than this.
   */
  referencePrecision?: Precision;
}

/** Drops what is no event time: relative stamp lines ("42 minuten geleden" heading a brief). */
function isEventTime(text: string, found: Found): boolean {
  return !(found.kind === 'stamp' && isStampLine(text, found.start, found.end));
}

/**
 * The time expressions in `text`, in text order.
 *
 * Full dates are `stated`; dates whose year, day or month is worked out from the reference
 * (year-less dates, weekdays, "vorige maand", "vor 2 Tagen") are `inferred`. Dates are ISO 8601 at
 * their precision: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or for minute and hour precision the UTC timestamp
 * `YYYY-MM-DDTHH:MM:00.000Z`. Clock times without a date, bare numbers ("150", "F-35", "2+2") and stamp
 * lines are not time expressions. In a language without a date locale only ISO dates are read.
 * @param text the item's full text (`itemFullText`), so offsets match mention offsets
 * @param lang ISO 639-1 code of the text
 * @param reference the publication date when known, else the capture time
 */
export function findTimeExpressions(text: string, lang: string, reference: Date, options: TimeOptions = {}): TimeExpression[] {
  const instant = reference.getTime();
  if (Number.isNaN(instant)) throw new Error('findTimeExpressions: reference is an invalid Date; pass the publication or capture time, e.g. new Date(item.capturedAt).');
  const locale = dateLocale(lang);
  const zone = options.zone ?? UTC;
  const cap = options.referencePrecision ?? 'minute';
  const found = locale ? findDates(text, parseContext(locale, instant, zone, 'nearest')) : findNeutralDates(text, zone);
  return found.filter((f) => isEventTime(text, f)).map((f) => {
    const value = f.kind !== 'date' && finerThan(f.value.precision, cap) ? coarsen(f.value, cap) : f.value;
    return {
      start: f.start,
      end: f.end,
      text: f.text,
      date: formatValue(value),
      precision: value.precision,
      provenance: { certainty: f.certainty, rule: f.rule, evidence: sentenceAround(text, f.start, f.end) },
    };
  });
}
