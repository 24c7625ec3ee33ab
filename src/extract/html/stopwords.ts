/**
 * Stopword density of a text: the share of its words that are function words of any
 * supported language. Prose runs at 30–50 %; menus, teaser headlines and tag clouds near
 * zero. The lists are the stories stage's per-language stopwords (imported, not copied; written
 * folded, without accents); their union is used because extraction runs before the page's
 * language is known.
 */
import { stopwordsFor } from '../../stories/locales/index.js';
import { foldText } from '../../stories/text.js';

const ALL = stopwordsFor(null);
const WORD = /[\p{L}\p{M}'’]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** True when the word (lower case) is a stopword; accented words are folded first (`très` → `tres`). */
function isStopword(lower: string): boolean {
  return ALL.has(lower) || (!ASCII.test(lower) && ALL.has(foldText(lower)));
}

/**
 * Words of `text` and how many of them are stopwords, counted over at most `limit` words from
 * the start (a sample is enough to tell prose from a list of names or links).
 */
export function stopwordCounts(text: string, limit = Number.MAX_SAFE_INTEGER): { words: number; stopwords: number } {
  let words = 0;
  let stopwords = 0;
  for (const match of text.matchAll(WORD)) {
    words++;
    if (isStopword(match[0].toLowerCase())) stopwords++;
    if (words >= limit) break;
  }
  return { words, stopwords };
}
