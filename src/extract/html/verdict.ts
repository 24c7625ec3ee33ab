/**
 * What the readers of main text do with an element: read it, skip it as page chrome
 * (`chrome.ts`) or as a box inside the content (`asides.ts`), or take its text as a caption.
 * The walks of one page (the page's block text, the scorer, the chosen containers' block text)
 * ask this of the same elements; a {@link VerdictCache} made for the page answers each element
 * once.
 */
import { asideKind } from './asides.js';
import { isChromeElement } from './chrome.js';
import type { DomElement } from './dom.js';

/** How an element is read. */
export type Verdict = 'read' | 'skip' | 'caption';

/** The verdict of `element`, worked out afresh. */
export function verdictOf(element: DomElement): Verdict {
  if (isChromeElement(element)) return 'skip';
  const aside = asideKind(element);
  return aside === 'caption' ? 'caption' : aside === 'skip' ? 'skip' : 'read';
}

/** Verdicts of one page's elements, each worked out once. */
export type VerdictCache = (element: DomElement) => Verdict;

/** A verdict cache for one page (keep it no longer than the page's DOM). */
export function verdictCache(): VerdictCache {
  const known = new Map<DomElement, Verdict>();
  return (element) => {
    let verdict = known.get(element);
    if (verdict === undefined) {
      verdict = verdictOf(element);
      known.set(element, verdict);
    }
    return verdict;
  };
}
