/**
 * Extractive summary of a story: a few sentences taken verbatim from its items, each cited
 * by item. A sentence scores by the key entities it names (weighted by how many of the
 * story's items name them); at most one sentence per item, so the lines come from different
 * reports (and so, usually, different languages), and a sentence repeating the words of a
 * chosen one is skipped.
 */
import { splitSentences } from '../events/index.js';
import type { StoredItem } from '../store/store.js';
import { itemTime, compareByTimeThenId } from './time.js';
import { foldText } from './text.js';

/** Summary lines of a story view. Three: what happened, and two reports that add to it. */
export const SUMMARY_LINES = 3;
/** Sentences of an item's body considered: the lead, where news prose states who did what. */
export const SUMMARY_LEAD_SENTENCES = 3;
/** Words a summary sentence must have (shorter ones are captions, datelines or fragments). */
export const SUMMARY_MIN_WORDS = 6;
/** Words beyond which a sentence is too long to summarise (its score is scaled down by length). */
export const SUMMARY_MAX_WORDS = 40;
/** Share of its words a sentence may have in common with a chosen one (Jaccard) before it counts as a repeat. */
export const SUMMARY_REPEAT_OVERLAP = 0.5;

/** One summary line: a sentence quoted from an item. */
export interface SummaryLine {
  itemId: string;
  source: string;
  /** The item's index within its source. */
  item: number;
  lang: string;
  sentence: string;
}

interface Candidate extends SummaryLine {
  score: number;
  words: Set<string>;
  order: number;
}

function wordSet(sentence: string): Set<string> {
  return new Set(foldText(sentence).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/**
 * Up to {@link SUMMARY_LINES} sentences from the leads of `items`, in time order, scored by
 * `weight(entity)` over the distinct entities each names (mention offsets locate them).
 */
export function summaryLines(items: readonly StoredItem[], weight: (entity: string) => number): SummaryLine[] {
  const candidates: Candidate[] = [];
  const ordered = items.map((item) => ({ item, id: item.id, time: itemTime(item) })).sort(compareByTimeThenId);
  ordered.forEach(({ item }, order) => {
    const lang = item.lang?.code ?? 'und';
    const offset = item.title ? item.title.length + 2 : 0;
    const sentences = splitSentences(item.text, lang).slice(0, SUMMARY_LEAD_SENTENCES);
    for (const sentence of sentences) {
      const text = sentence.text.replace(/\s+/g, ' ').trim();
      const wordCount = text.split(' ').length;
      if (wordCount < SUMMARY_MIN_WORDS) continue;
      const named = new Set(
        item.mentions.filter((mention) => mention.start >= offset + sentence.start && mention.end <= offset + sentence.end).map((mention) => mention.entity),
      );
      let score = 0;
      for (const entity of named) score += weight(entity);
      if (wordCount > SUMMARY_MAX_WORDS) score *= SUMMARY_MAX_WORDS / wordCount;
      if (score <= 0) continue;
      candidates.push({ itemId: item.id, source: item.source, item: item.index, lang, sentence: text, score, words: wordSet(text), order });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    if (chosen.length >= SUMMARY_LINES) break;
    if (chosen.some((line) => line.itemId === candidate.itemId || overlap(line.words, candidate.words) > SUMMARY_REPEAT_OVERLAP)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.order - b.order).map(({ itemId, source, item, lang, sentence }) => ({ itemId, source, item, lang, sentence }));
}
