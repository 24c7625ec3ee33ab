/**
 * Per-language stopword lists, looked up by ISO 639-1 code. The lists are data; adding a
 * language means adding `locales/<lang>/stopwords.ts` and one line in {@link STOPWORD_LISTS}.
 */
import { foldText } from '../text.js';
import { STOPWORDS as DE } from './de/stopwords.js';
import { STOPWORDS as EN } from './en/stopwords.js';
import { STOPWORDS as ES } from './es/stopwords.js';
import { STOPWORDS as FR } from './fr/stopwords.js';
import { STOPWORDS as IT } from './it/stopwords.js';
import { STOPWORDS as NL } from './nl/stopwords.js';
import { STOPWORDS as PL } from './pl/stopwords.js';
import { STOPWORDS as PT } from './pt/stopwords.js';

/** The raw stopword lists by language code. */
export const STOPWORD_LISTS: Readonly<Record<string, readonly string[]>> = { de: DE, en: EN, es: ES, fr: FR, it: IT, nl: NL, pl: PL, pt: PT };

const folded = new Map<string, ReadonlySet<string>>(
  Object.entries(STOPWORD_LISTS).map(([code, list]) => [code, new Set(list.map(foldText))]),
);
const union: ReadonlySet<string> = new Set([...folded.values()].flatMap((set) => [...set]));

/**
 * The folded stopwords of a language. For an unknown or undetermined language (`und`, null,
 * or a code without a list) the union of all lists is used, so function words of any
 * supported language never become story terms.
 */
export function stopwordsFor(lang: string | null): ReadonlySet<string> {
  return (lang !== null ? folded.get(lang) : undefined) ?? union;
}
