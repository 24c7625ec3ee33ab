/**
 * Publication-date candidates ranked by where they were found, and read into date values.
 */
import type { Certainty, DateBasis, DateCandidate } from '../pipeline/types.js';
import type { DateValue } from './calendar.js';
import { parseContext, type Found } from './context.js';
import { findDates } from './find.js';
import { impossibleDate } from './impossible.js';
import { parseMachineDate } from './iso.js';
import { localesStartingWith } from './locales/registry.js';
import { findAgo, findRelativeDays } from './relative.js';
import { dateFromUrl } from './url.js';
import type { ZoneSpec } from './zone.js';
import type { DateLocale } from './locales/types.js';

/** How trustworthy an origin is (lower first), what basis it gives, and whether it speaks for the whole page. */
interface OriginClass {
  pattern: RegExp;
  basis: DateBasis;
  pageLevel: boolean;
}

/**
 * Origins in order of trust, as data: a JSONL `published` hint, JSON-LD `datePublished`, meta tags
 * naming publication, microdata `datePublished` and hAtom `published`, other metadata, `<time>`, the URL,
 * byline, dateline and near-title text, dates in date-named elements, labelled dates ("Erschienen am"), publication keys in script state objects, relative stamps.
 */
export const ORIGIN_CLASSES: readonly OriginClass[] = [
  { pattern: /^hint$/i, basis: 'metadata', pageLevel: true },
  { pattern: /^jsonld:datePublished$/i, basis: 'metadata', pageLevel: true },
  { pattern: /^meta:.*publi/i, basis: 'metadata', pageLevel: true },
  { pattern: /^(microdata:datePublished|hatom:)/i, basis: 'metadata', pageLevel: true },
  { pattern: /^(jsonld|meta|microdata):/i, basis: 'metadata', pageLevel: true },
  { pattern: /^time/i, basis: 'metadata', pageLevel: true },
  { pattern: /^url$/i, basis: 'url', pageLevel: true },
  { pattern: /^(byline|dateline)/i, basis: 'text', pageLevel: false },
  { pattern: /^text:class$/i, basis: 'text', pageLevel: false },
  { pattern: /^text(?!:label$)/i, basis: 'text', pageLevel: false },
  // Dates after a publication label anywhere on the page (html-label-dates.ts): below every date shown near the title.
  { pattern: /^text:label$/i, basis: 'text', pageLevel: false },
  // Publication keys in script state objects (html-script-dates.ts): only when nothing else is there.
  { pattern: /^script:/i, basis: 'metadata', pageLevel: false },
  { pattern: /^stamp/i, basis: 'relative', pageLevel: false },
  { pattern: /./, basis: 'text', pageLevel: false },
];

/** Origins that never give a publication date: modification and expiry times. */
export const EXCLUDED_ORIGINS = /modif|updat|revis|expir/i;

/** The class of an origin (the last one catches everything). */
export function originClass(origin: string): { rank: number; origin: OriginClass } {
  const rank = ORIGIN_CLASSES.findIndex((c) => c.pattern.test(origin));
  const index = rank < 0 ? ORIGIN_CLASSES.length - 1 : rank;
  return { rank: index, origin: ORIGIN_CLASSES[index] as OriginClass };
}

/**
 * A numeric date written with dots (`2.9.2020`, `02.12.19`) or dashes (`02-11-2023`): day first in
 * every language that writes it so (month-first American usage writes slashes).
 */
const DOTTED_DATE = /(?<!\d)\d{1,2}(?:\.\d{1,2}\.(?:\d{4}|\d{2})|-\d{1,2}-\d{4})(?!\d)/;

/** The locales with day-first numeric dates ahead of the others when `text` holds a dotted numeric date. */
function dayFirstWhenDotted(text: string, locales: DateLocale[]): DateLocale[] {
  if (!DOTTED_DATE.test(text)) return locales;
  return [...locales.filter((l) => l.numericOrder !== 'MDY'), ...locales.filter((l) => l.numericOrder === 'MDY')];
}

/** A candidate read into a value. */
export interface ReadCandidate {
  value: DateValue;
  basis: DateBasis;
  certainty: Certainty;
  rule: string;
  /** True when a clock time was read in an assumed zone (no offset was written). */
  zoneAssumed: boolean;
}

/**
 * Candidate texts longer than this are not read as relative stamps: the longest stamp phrase in the
 * locales ("il y a vingt minutes", "vor zwölf Stunden") is under 25 characters; 60 leaves room for a
 * site's decoration ("Aktualisiert: vor 2 Stunden | Politik") without reading a sentence as a stamp.
 */
const MAX_STAMP_CHARS = 60;

/**
 * Reads one candidate: a URL date for `url`; a machine date (ISO 8601, RFC 2822); a relative stamp
 * in any registered language (the item's first); a date in text via the locale parsers, the latest
 * past occurrence for year-less dates. Returns `{ invalid }` with a reason for impossible dates, or
 * null when nothing is readable.
 * @param capture the capture instant (ms): the reference for relative stamps
 */
export function readCandidate(candidate: DateCandidate, lang: string | null, capture: number, zone: ZoneSpec): ReadCandidate | { invalid: string } | null {
  const { origin } = originClass(candidate.origin);
  const text = candidate.text.trim();
  if (origin.basis === 'url') {
    const fromUrl = dateFromUrl(text);
    if (!fromUrl || 'invalid' in fromUrl) return fromUrl;
    return { value: fromUrl.value, basis: 'url', certainty: 'stated', rule: 'dates/url', zoneAssumed: false };
  }
  const machine = parseMachineDate(text, zone);
  if (machine) {
    if ('invalid' in machine) return machine;
    const rule = origin.basis === 'metadata' ? 'dates/metadata' : 'dates/iso';
    return { value: machine.value, basis: origin.basis === 'relative' ? 'text' : origin.basis, certainty: 'stated', rule, zoneAssumed: machine.hasTime && machine.offset === null };
  }
  const locales = dayFirstWhenDotted(text, localesStartingWith(lang));
  if (text.length <= MAX_STAMP_CHARS) {
    for (const locale of locales) {
      const context = parseContext(locale, capture, zone, 'past');
      const stamp = [...findAgo(text, context), ...findRelativeDays(text, context)][0];
      if (stamp) return { value: stamp.value, basis: 'relative', certainty: 'inferred', rule: stamp.rule, zoneAssumed: false };
    }
  }
  // A date with its year written, in any language, beats a weekday or relative phrase in the first ("Sonntag, Dezember 16th, 2012").
  const findings = locales.map((locale) => findDates(text, parseContext(locale, capture, zone, 'past')));
  const first = (accept: (f: Found) => boolean): Found | undefined => findings.map((all) => all.find(accept)).find((f) => f !== undefined);
  const found = first((f) => f.kind === 'date' && f.certainty === 'stated') ?? first((f) => f.kind !== 'stamp');
  // Metadata says when, not "on Sunday": a weekday or relative phrase alone there is not a date.
  if (found && !(origin.basis === 'metadata' && found.kind !== 'date')) {
    const basis = origin.basis === 'metadata' ? 'metadata' : found.kind === 'date' ? 'text' : 'relative';
    return { value: found.value, basis, certainty: found.certainty, rule: found.rule, zoneAssumed: found.value.precision === 'minute' };
  }
  for (const locale of locales) {
    const reason = impossibleDate(text, locale);
    if (reason) return { invalid: reason };
  }
  return null;
}
