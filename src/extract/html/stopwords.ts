/**
 * Stopword density of a text: the share of its words that are function words of any
 * supported language. Prose runs at 30–50 %; menus, teaser headlines and tag clouds near
 * zero. The lists are the stories stage's per-language stopwords (imported, not copied); their
 * union is used because extraction runs before the page's language is known.
 */
import { STOPWORDS as DE } from '../../stories/locales/de/stopwords.js';
import { STOPWORDS as EN } from '../../stories/locales/en/stopwords.js';
import { STOPWORDS as FR } from '../../stories/locales/fr/stopwords.js';
import { STOPWORDS as NL } from '../../stories/locales/nl/stopwords.js';

const ALL = new Set<string>([...DE, ...EN, ...FR, ...NL]);
const WORD = /[\p{L}\p{M}'’]+/gu;

/**
 * Words of `text` and how many of them are stopwords, counted over at most `limit` words from
 * the start (a sample is enough to tell prose from a list of names or links).
 */
export function stopwordCounts(text: string, limit = Number.MAX_SAFE_INTEGER): { words: number; stopwords: number } {
  let words = 0;
  let stopwords = 0;
  for (const match of text.matchAll(WORD)) {
    words++;
    if (ALL.has(match[0].toLowerCase())) stopwords++;
    if (words >= limit) break;
  }
  return { words, stopwords };
}
