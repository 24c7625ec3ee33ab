/**
 * A byline element that also carries the date, as in `vrijdag 14 maart 2025 | 07:50 · Door
 * Jan Smit`: pages often print the date, a separator and a prefixed author name in one
 * `dateline` or `byline` element. Such a byline is split into the author's name (the byline)
 * and the date text (a date candidate for the dates stage). Only a byline with an explicit
 * separator (`·`, `•`, `|`, a dash) between a date and a segment opening with a byline prefix of
 * some locale (`Door`, `Von`, `By`, `Par`, `Por`) is split; any other byline is kept as written,
 * as Readability keeps it (`By Jane Doe March 25, 2015` has no separator and stays whole).
 */
import { VOCABULARY, wordCount } from '../text/vocabulary.js';
import { BYLINE_MAX_WORDS } from '../text/thresholds.js';

/** The author's name and the date text of a byline that holds both (see the module comment). */
export interface BylineParts {
  /** The author's name, without its prefix. */
  name: string;
  /** The other segments joined by a space: the date (and time) as printed. */
  dateText: string;
}

/** Separators between the parts of a byline line: a middle dot, a bullet, a bar, a spaced dash. */
const SEPARATOR = /\s*[·•|]\s*|\s+[–—-]\s+/u;

/** A year or a clock time: the sign that the other segments are a date, not a job title. */
const DATE_SIGN = /(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/u;

/**
 * Splits a byline holding a date and a prefixed author name into the two (see the module
 * comment), or returns null when `byline` is not such a line.
 */
export function splitDatedByline(byline: string): BylineParts | null {
  const segments = byline.split(SEPARATOR).map((segment) => segment.trim()).filter((segment) => segment !== '');
  if (segments.length < 2) return null;
  const at = segments.findIndex((segment) => VOCABULARY.bylinePrefix.test(segment));
  if (at < 0) return null;
  const name = (VOCABULARY.bylinePrefix.exec(segments[at] ?? '')?.[1] ?? '').trim();
  if (name === '' || wordCount(name) > BYLINE_MAX_WORDS || /[.!?:;]$/u.test(name)) return null;
  const dateText = segments.filter((_, index) => index !== at).join(' ');
  return DATE_SIGN.test(dateText) ? { name, dateText } : null;
}
