/**
 * What the readers of main text do with an element: read it, skip it as page chrome
 * (`chrome.ts`) or as a box inside the content (`asides.ts`), or take its text as a caption.
 * The walks of one page (the page's block text, the scorer, the chosen containers' block text)
 * ask this of the same elements; a {@link VerdictCache} made for the page answers each element
 * once.
 */
import { asideKind } from './asides.js';
import { isChromeElement } from './chrome.js';
import { ELEMENT_NODE, type DomElement, type DomNode } from './dom.js';

/** How an element is read. */
export type Verdict = 'read' | 'skip' | 'caption';

/** The verdict of `element`, worked out afresh. */
export function verdictOf(element: DomElement): Verdict {
  return verdictWith(element, isChromeElement);
}

/** The verdict of `element` with `chrome` as the chrome test (a page's cached one). */
function verdictWith(element: DomElement, chrome: (element: DomElement) => boolean): Verdict {
  if (chrome(element)) return 'skip';
  const aside = asideKind(element);
  return aside === 'caption' ? 'caption' : aside === 'skip' ? 'skip' : 'read';
}

/** Verdicts of one page's elements, each worked out once. */
export type VerdictCache = (element: DomElement) => Verdict;

/** A page's verdict cache that can also list the elements it skipped. */
export interface PageVerdicts extends VerdictCache {
  /** The elements answered `skip`, in the order they were first asked about (for `dropped.ts`). */
  skipped(): DomElement[];
  /** {@link isChromeElement}, answered once per element. */
  isChrome(element: DomElement): boolean;
  /** True when `node` or an ancestor is chrome ({@link insideChrome}), answered once per element. */
  insideChrome(node: DomNode): boolean;
}

/** A verdict cache for one page (keep it no longer than the page's DOM). */
export function verdictCache(): PageVerdicts {
  const known = new Map<DomElement, Verdict>();
  const chrome = new Map<DomElement, boolean>();
  const inside = new Map<DomNode, boolean>();
  const isChrome = (element: DomElement): boolean => {
    let answer = chrome.get(element);
    if (answer === undefined) {
      answer = isChromeElement(element);
      chrome.set(element, answer);
    }
    return answer;
  };
  const insideChrome = (node: DomNode): boolean => {
    // Up to the first ancestor already answered, then the answers down again (no recursion).
    const path: DomNode[] = [];
    let answer = false;
    for (let current: DomNode | null = node; current; current = current.parentNode) {
      const cached = inside.get(current);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      path.push(current);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const current = path[i] as DomNode;
      answer ||= current.nodeType === ELEMENT_NODE && isChrome(current as DomElement);
      inside.set(current, answer);
    }
    return answer;
  };
  const cache = (element: DomElement): Verdict => {
    let verdict = known.get(element);
    if (verdict === undefined) {
      verdict = verdictWith(element, isChrome);
      known.set(element, verdict);
    }
    return verdict;
  };
  return Object.assign(cache, {
    skipped: (): DomElement[] => [...known].flatMap(([element, verdict]) => (verdict === 'skip' ? [element] : [])),
    isChrome,
    insideChrome,
  });
}
