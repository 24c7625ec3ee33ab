/**
 * The label of a story or chapter: a short, headline-like line. The best-ranked member whose
 * title is short enough to read as a headline gives it; failing that, a long title or the
 * lead sentence is cut at a clause boundary (colon, comma, dash) or, last, at a word.
 */
import type { StoredItem } from '../store/store.js';
import { firstSentence } from './text.js';

/**
 * Most words a title may have to serve as a label unchanged. The 62 titles of the demo corpus
 * have a median of 9 words; 46 of them have at most 10, and the longer ones are mostly whole
 * sentences ("Die USA fordern Japan auf, die … anzukurbeln" on the seeds, 12 words).
 */
export const LABEL_MAX_WORDS = 10;
/** Fewest words a clause must keep when a long line is cut at a clause boundary (shorter is not informative). */
export const LABEL_MIN_WORDS = 4;
/** Characters of the lead considered when a label is made from body text. */
const LEAD_SENTENCE_CHARS = 240;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `line` shortened to at most {@link LABEL_MAX_WORDS} words: unchanged when short enough; else
 * its longest prefix ending at a clause boundary that keeps {@link LABEL_MIN_WORDS} to
 * LABEL_MAX_WORDS words; else its first LABEL_MAX_WORDS words and an ellipsis. A trailing
 * full stop is dropped (headlines have none).
 */
export function headlineOf(line: string): string {
  const text = collapse(line).replace(/[.]+$/u, '');
  if (wordCount(text) <= LABEL_MAX_WORDS) return text;
  let best: string | null = null;
  for (const match of text.matchAll(/\s*(?:[,;:]|\s[–—-])\s/gu)) {
    const head = text.slice(0, match.index).trim();
    const words = wordCount(head);
    if (words > LABEL_MAX_WORDS) break;
    if (words >= LABEL_MIN_WORDS) best = head;
  }
  if (best) return best;
  return `${text.split(/\s+/).slice(0, LABEL_MAX_WORDS).join(' ')}…`;
}

/** True when an item's own title reads as a headline: present and at most {@link LABEL_MAX_WORDS} words. */
export function hasHeadlineTitle(item: Pick<StoredItem, 'title'>): boolean {
  const title = item.title ? collapse(item.title) : '';
  return title.length > 0 && wordCount(title) <= LABEL_MAX_WORDS;
}

/**
 * The label of a group of items given best first (by centrality or another ranking; at least
 * one). Articles before briefs (an article's headline describes a development better than a
 * wire brief's), then: the first member with a headline-like title; else the first title,
 * shortened; else the first member's lead sentence, shortened.
 * @throws when `ranked` is empty
 */
export function groupLabel(ranked: readonly Pick<StoredItem, 'title' | 'text' | 'kind'>[]): string {
  if (ranked.length === 0) throw new Error('groupLabel needs at least one item; a story or chapter is never empty.');
  const articles = ranked.filter((item) => item.kind === 'article');
  const pool = articles.length > 0 ? articles : ranked;
  const headline = pool.find(hasHeadlineTitle);
  if (headline?.title) return collapse(headline.title);
  const titled = pool.find((item) => item.title && collapse(item.title).length > 0);
  if (titled?.title) return headlineOf(titled.title);
  const first = pool[0] as Pick<StoredItem, 'text'>;
  return headlineOf(firstSentence(collapse(first.text), LEAD_SENTENCE_CHARS));
}
