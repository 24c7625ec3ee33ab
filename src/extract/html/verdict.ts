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

/** A page's verdict cache that can also list the elements it skipped. */
export interface PageVerdicts extends VerdictCache {
  /** The elements answered `skip`, in the order they were first asked about (for `dropped.ts`). */
  skipped(): DomElement[];
}

/** A verdict cache for one page (keep it no longer than the page's DOM). */
export function verdictCache(): PageVerdicts {
  const known = new Map<DomElement, Verdict>();
  const cache = (element: DomElement): Verdict => {
    let verdict = known.get(element);
    if (verdict === undefined) {
      verdict = verdictOf(element);
      known.set(element, verdict);
    }
    return verdict;
  };
  return Object.assign(cache, {
    skipped: (): DomElement[] => [...known].flatMap(([element, verdict]) => (verdict === 'skip' ? [element] : [])),
  });
}
