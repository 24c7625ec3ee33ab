/**
 * The dates stage: the publication date, then the time expressions of the text measured from it.
 */
import type { Stage } from '../pipeline/stage.js';
import type { Item, Precision, PublishedDate } from '../pipeline/types.js';
import { itemFullText } from '../pipeline/types.js';
import { openWhenUndated } from './across/open.js';
import { examinePublished, itemZone } from './published.js';
import { findTimeExpressions } from './times.js';
import { wallToInstant, type ZoneSpec } from './zone.js';

/**
 * The reference instant of a publication date: the instant itself for minute/hour precision, noon
 * (in `zone`) of the day, the 15th of the month, or 1 July of the year.
 */
export function referenceOf(published: PublishedDate, zone: ZoneSpec): Date | null {
  if (!published.date || !published.precision) return null;
  if (published.precision === 'minute' || published.precision === 'hour') return new Date(published.date);
  const [year, month, day] = published.date.split('-').map(Number);
  const wall = {
    year: year ?? 1970,
    month: published.precision === 'year' ? 7 : month ?? 1,
    day: published.precision === 'day' ? day ?? 1 : published.precision === 'month' ? 15 : 1,
    hour: 12,
    minute: 0,
  };
  return new Date(wallToInstant(wall, zone));
}

/**
 * The dates stage (`dates`): sets `item.published` (with `dates/…` messages) and `item.times`, found in
 * `itemFullText(item)` in the item's language, measured from the publication date when known (values
 * derived from it no finer than its precision); else stated dates as written and the rest open
 * ({@link openWhenUndated}: the year of "10 april", the week of "am Dienstag").
 */
export const datesStage: Stage = {
  name: 'dates',
  run(item: Item): void {
    const { published, messages } = examinePublished(item);
    item.published = published;
    item.messages.push(...messages);
    const zone = itemZone(item);
    const reference = referenceOf(published, zone) ?? new Date(item.capturedAt);
    const referencePrecision: Precision = published.precision ?? 'minute';
    const lang = item.lang?.code ?? item.declaredLang ?? 'und';
    const times = findTimeExpressions(itemFullText(item), lang, reference, { zone, referencePrecision });
    // Without its own date, what the text leaves open stays open (never the capture time's year).
    item.times = published.date ? times : openWhenUndated(times);
  },
};
