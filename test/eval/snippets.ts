/**
 * Snippet scoring of main-text extraction, as trafilatura's benchmark defines it
 * (adbar/trafilatura tests/eval_common.py, re-implemented here): whitespace is collapsed in
 * both the snippet and the extracted text, then each `with` snippet found as a substring is a
 * true positive (missing: false negative) and each `without` snippet found is a false positive
 * (absent: true negative). A failed extraction (null) finds nothing. Counts are summed over all
 * pages (micro average) before precision, recall and F1 are taken.
 */
import type { Confusion } from './confusion.js';

/** The gold of one page: text that must be in the main text, and boilerplate that must not. */
export interface SnippetGold {
  with: readonly string[];
  without: readonly string[];
}

/** Collapses every run of whitespace to one space and trims (trafilatura's `norm`). */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The confusion counts of one page.
 * @param gold the page's `with` and `without` snippets
 * @param extracted the extracted text, or null when the extractor failed or returned nothing
 */
export function scoreSnippets(gold: SnippetGold, extracted: string | null): Confusion {
  const text = extracted === null ? null : normaliseSpace(extracted);
  const found = (snippet: string) => text !== null && text.includes(normaliseSpace(snippet));
  const tp = gold.with.filter(found).length;
  const fp = gold.without.filter(found).length;
  return { tp, fp, fn: gold.with.length - tp, tn: gold.without.length - fp };
}
