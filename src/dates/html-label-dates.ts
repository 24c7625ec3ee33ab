/**
 * Dates a page labels as its publication anywhere in its visible text: "Erschienen am: 01.11.2023",
 * "Published on 3 May 2019", "Mise en ligne 23 mai 2019" — a label from a locale's
 * `publishedLabels`, then (after an optional colon and a few words such as a weekday) a complete
 * date. Pages that carry no metadata and no date next to their heading often state their date this
 * way in a footer or a credits list, where neither the heading reader nor the date-named elements
 * reach. The label says what the date is, so the date is offered wherever it stands, except in
 * blocks whose dates belong to other entries (comments, teasers, sidebars). Origin `text:label`,
 * ranked after the date-named elements: it never overrides metadata, a URL or a byline.
 */
import type { DateCandidate } from '../pipeline/types.js';
import { OTHER_ENTRIES, saysNotPublished, type ClassNode } from './html-class-dates.js';
import { completeDates } from './html-title-dates.js';
import { DATE_LOCALES } from './locales/registry.js';

/** Every registered locale's publication labels, longest first ("veröffentlicht am" before "veröffentlicht"). */
const LABELS: readonly string[] = [...new Set(Object.values(DATE_LOCALES).flatMap((locale) => locale.publishedLabels ?? []))].sort((a, b) => b.length - a.length);

/** A letter or digit: a label is a whole word or phrase, not part of a longer word ("unpublished"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** What may follow a label before its date: spaces, a colon or a dash. */
const AFTER_LABEL = /^\s*[:：–-]?\s*/u;

/**
 * Where each label occurs in the (whitespace-normalised) text as a whole word, and where the text
 * after it (past a colon or dash) starts, in text order; found with `indexOf` on the lower-cased
 * text, which is several times faster on long pages than one case-blind alternation.
 */
function labelEnds(text: string): number[] {
  const lower = text.toLowerCase();
  const found: { at: number; end: number }[] = [];
  for (const label of LABELS) {
    for (let at = lower.indexOf(label); at >= 0; at = lower.indexOf(label, at + 1)) {
      const end = at + label.length;
      if ((at > 0 && WORD_CHAR.test(lower[at - 1] ?? '')) || WORD_CHAR.test(lower[end] ?? '')) continue;
      // LABELS run longest first: a shorter label inside one found already ("published" in "published on") adds nothing.
      if (found.some((f) => f.at <= at && at < f.end)) continue;
      found.push({ at, end });
    }
  }
  return found.map((f) => f.end + (AFTER_LABEL.exec(text.slice(f.end, f.end + 4))?.[0].length ?? 0)).sort((a, b) => a - b);
}

/**
 * Characters between a label and its date that may hold a weekday or an article ("Publié le mercredi",
 * "veröffentlicht am Dienstag, den"): 20; a longer gap is a sentence that happens to contain the word.
 */
export const LABEL_GAP_CHARS = 20;

/** Characters after a label searched for its date (a date with weekday and time fits in 50). */
const DATE_WINDOW_CHARS = 60;

/** Labelled dates offered per page: the first one counts; one more gives the chooser a check. */
const MAX_CANDIDATES = 2;

/** Elements whose text is not the page's visible text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'NAV', 'ASIDE', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'SVG']);

/** Elements that wrap the page; their class names describe the template, not a block of other entries. */
const WRAPPERS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** Nesting depth beyond which the walk stops (real pages nest under 100). */
const MAX_DEPTH = 400;

/** The page's visible text outside blocks of other entries, elements separated by spaces. */
function visibleText(root: ClassNode): string {
  const parts: string[] = [];
  const visit = (node: ClassNode, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    const named = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`;
    if (node.nodeType === 1 && !WRAPPERS.has(tag) && OTHER_ENTRIES.test(named)) return;
    parts.push(' ');
    for (const child of Array.from(node.childNodes)) visit(child as ClassNode, depth + 1);
    parts.push(' ');
  };
  visit(root, 0);
  return parts.join('').replace(/\s+/g, ' ');
}

/**
 * The complete dates that follow a publication label in the page's visible text, in document order
 * (see the module comment).
 * @param root the document node
 * @param capture the capture instant (ms), the reference of the parsers
 */
export function labelDateCandidates(root: ClassNode, capture: number): DateCandidate[] {
  if (LABELS.length === 0) return [];
  const text = visibleText(root);
  const out: DateCandidate[] = [];
  for (const from of labelEnds(text)) {
    const window = text.slice(from, from + DATE_WINDOW_CHARS);
    const first = completeDates(window, capture).sort((a, b) => a.start - b.start)[0];
    if (!first || first.start > LABEL_GAP_CHARS) continue;
    const gap = window.slice(0, first.start);
    if (/\d/.test(gap) || saysNotPublished(gap)) continue;
    if (!out.some((c) => c.text === first.text)) out.push({ text: first.text, origin: 'text:label', own: true });
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}
