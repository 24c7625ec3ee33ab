/**
 * Validation of query parameters: each reader returns a typed value or throws a 400 {@link HttpError}
 * naming the parameter and the accepted form.
 */
import { HttpError } from './errors.js';

/** Page size when `limit` is not given. */
export const DEFAULT_PAGE = 50;
/** Largest page a client may ask for: bigger pages belong to `dossier` CLI exports, not an interactive API. */
export const MAX_PAGE = 500;
/** Longest accepted free-text parameter (search words, entity ids), in characters. */
export const MAX_TEXT_PARAM = 200;

/** Reads a whole number in [min, max], or `fallback` when absent. */
export function intParam(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new HttpError(400, 'bad_parameter', `${name} takes a whole number from ${min} to ${max} (got "${value.slice(0, 40)}").`);
  }
  return n;
}

/** `limit` and `offset` for paged lists. */
export function pageParams(query: Record<string, string | undefined>): { limit: number; offset: number } {
  return { limit: intParam(query.limit, 'limit', DEFAULT_PAGE, 1, MAX_PAGE), offset: intParam(query.offset, 'offset', 0, 0, Number.MAX_SAFE_INTEGER) };
}

/** Reads a free-text parameter (trimmed; undefined when absent or blank). */
export function textParam(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (text.length > MAX_TEXT_PARAM) throw new HttpError(400, 'bad_parameter', `${name} is limited to ${MAX_TEXT_PARAM} characters (got ${text.length}).`);
  return text;
}

/** Reads a required free-text parameter. */
export function requiredText(value: string | undefined, name: string): string {
  const text = textParam(value, name);
  if (text === undefined) throw new HttpError(400, 'missing_parameter', `${name} is required, e.g. ?${name}=Rotterdam.`);
  return text;
}

/** Reads a language code (ISO 639-1 such as `nl`, or `und`). */
export function langParam(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^(?:[a-z]{2}|und)$/.test(value)) throw new HttpError(400, 'bad_parameter', `lang takes an ISO 639-1 code such as "nl" or "und" (got "${value.slice(0, 40)}").`);
  return value;
}

/**
 * Reads an ISO 8601 date or date-time as epoch milliseconds. A date-only `to` bound means the end of
 * that day, so `from=2025-03-01&to=2025-03-01` covers the whole day.
 */
export function dateParam(value: string | undefined, name: string, endOfDay = false): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.test(value) || Number.isNaN(ms)) {
    throw new HttpError(400, 'bad_parameter', `${name} takes an ISO 8601 date or date-time such as 2025-03-01 or 2025-03-01T12:00:00Z (got "${value.slice(0, 40)}").`);
  }
  return endOfDay && value.length === 10 ? ms + 86_399_999 : ms;
}
