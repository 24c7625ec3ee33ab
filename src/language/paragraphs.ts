/**
 * Languages per paragraph, for mixed items: an article with a quotation or a summary in another
 * language, a bilingual notice. Each paragraph of the item's full text long enough to judge is
 * detected on its own, with the same detector and floor as the item ({@link detectLanguageDetailed});
 * a paragraph below the floor is undetermined and not listed, so a short line is never given a
 * wrong language.
 */
import type { ParagraphLanguage } from '../pipeline/types.js';
import { detectLanguageDetailed, UNDETERMINED } from './detect.js';

/**
 * Characters below which a paragraph is not judged on its own: 80, twice the length from which the
 * detector is measured at ≥ 99 % on single sentences (`npm run eval:langid`), because a paragraph
 * listed here contradicts its item's language, which needs more evidence than labelling a sentence
 * alone: on 144 items of htmldate's pages, lines of 40–80 characters made of names ("Producers:
 * busbee, Greg Kurstin") were taken for Swedish or Tagalog. Shorter lines (stamps, captions, bylines,
 * credits) take the item's language.
 */
export const MIN_PARAGRAPH_CHARS = 80;

/**
 * Detector confidence a paragraph needs to be listed in another language than its item's: 0.97,
 * above the item floor (`CONFIDENCE_FLOOR`, 0.9), for the same reason; on those pages the wrong
 * paragraph labels had 0.90–0.95, the real second-language paragraphs (Hindi in an English page,
 * English notices in a Georgian one) 0.96–1.00.
 */
export const PARAGRAPH_CONFIDENCE_FLOOR = 0.97;

/** Paragraphs judged per item at most (a guard on very long texts; a quotation is found in the first 200). */
const MAX_PARAGRAPHS = 200;

/** The paragraphs of a text: runs between line breaks, with their offsets, blank ones left out. */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const start = match.index ?? 0;
    const lead = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed !== '') spans.push({ start: start + lead, end: start + lead + trimmed.length });
  }
  return spans;
}

/**
 * The paragraphs of `text` whose own language is surely another than `itemLang`, in text order.
 * With `itemLang` `und` every surely identified paragraph is listed. Empty for a one-paragraph text.
 * @param text the item's full text (`itemFullText(item)`)
 * @param itemLang the item's language code
 */
export function otherLanguageParagraphs(text: string, itemLang: string): ParagraphLanguage[] {
  const spans = paragraphSpans(text);
  if (spans.length < 2) return [];
  const out: ParagraphLanguage[] = [];
  for (const { start, end } of spans.slice(0, MAX_PARAGRAPHS)) {
    if (end - start < MIN_PARAGRAPH_CHARS) continue;
    const detected = detectLanguageDetailed(text.slice(start, end));
    if (detected.code === UNDETERMINED || detected.code === itemLang || detected.confidence < PARAGRAPH_CONFIDENCE_FLOOR) continue;
    out.push({ start, end, code: detected.code, confidence: detected.confidence });
  }
  return out;
}
