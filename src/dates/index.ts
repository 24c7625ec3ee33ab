/**
 * Dates: the publication date of an item ({@link resolvePublished}, {@link examinePublished}), the time
 * expressions in a text ({@link findTimeExpressions}), the `dates` stage ({@link datesStage}), and
 * the `dates-bound` stage ({@link publishedBoundStage}: bounds on an undated item's publication).
 * Per-language vocabulary lives in `locales/<lang>/`, registered in `locales/registry.ts`.
 */
export { resolvePublished, examinePublished, itemZone, NO_DATE } from './published.js';
export type { PublishedResolution } from './published.js';
export { findTimeExpressions } from './times.js';
export type { TimeOptions } from './times.js';
export { datesStage, referenceOf } from './stage.js';
export { publishedBoundStage } from './bound-stage.js';
export { boundLabel, publishedBound } from './across/published-bounds.js';
export { ORIGIN_CLASSES, EXCLUDED_ORIGINS, readCandidate } from './candidates.js';
export { parseMachineDate } from './iso.js';
export { dateFromUrl } from './url.js';
export { formatValue, formatWritten } from './calendar.js';
export { addDocumentDateCandidates, documentDateCandidates, examineDocumentPublished } from './document-dates.js';
export type { DateValue, Wall } from './calendar.js';
export { wallToInstant, offsetAt, statedOffset, UTC } from './zone.js';
export type { ZoneSpec } from './zone.js';
export { DATE_LOCALES, dateLocale } from './locales/registry.js';
export type { DateLocale, TimeUnit, Direction, MonthShift, RelativePeriod } from './locales/types.js';
