/**
 * Why the HTML readers left a block out, worked out when the item's `dropped` list is read (see
 * `../dropped.ts`): the chrome and in-content box rules that skipped an element (in the order
 * `isChromeElement` applies them), and the blocks of the page outside the chosen container.
 */
import type { DroppedBlock } from '../../pipeline/types.js';
import { clipDropped, DROPPED_MAX, DROPPED_TEXT_MAX, droppedLines } from '../dropped.js';
import { classifyLines } from '../text/index.js';
import type { ClassifiedLine } from '../text/classify.js';
import { blocksToLines } from './lines.js';
import { asideKind, classWords } from './asides.js';
import type { Block } from './blocks.js';
import { CHROME_CLASS, CHROME_ROLES, isCommentSection, isPageHeader, NEVER_CONTENT, TEASER_CLASS } from './chrome.js';
import { closest, tagOf, walk, type DomElement } from './dom.js';

/** Tags whose content is never visible text: not worth listing as dropped. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'object', 'canvas', 'video', 'audio', 'iframe', 'input', 'select', 'textarea', 'rt', 'rp']);

/** What a chrome class word names, in the item page's words. */
const CLASS_ROLES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:share|sharing|social)$/u, 'share bar'],
  [/^(?:related|recommended|popular|most-read|outbrain|taboola)$/u, 'related list'],
  [/^(?:newsletter|subscribe|paywall)$/u, 'newsletter prompt'],
  [/^(?:cookies?|consent|gdpr|dsgvo|privacy)$/u, 'cookie prompt'],
  [/^(?:advert|advertisement|ads?|promo)$/u, 'advert'],
  [/^sidebar$/u, 'sidebar'],
  [/^(?:breadcrumbs?|navigation|navbar|menu)$/u, 'navigation'],
  [/^footer$/u, 'footer'],
  [/^(?:modal|popup|lightbox)$/u, 'popup'],
];

/** Roles of chrome tags. */
const TAG_ROLES: Record<string, string> = { nav: 'navigation', aside: 'sidebar', footer: 'footer', menu: 'navigation', dialog: 'popup', button: 'button', figcaption: 'caption' };

function classRole(element: DomElement): string {
  const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  const found = CHROME_CLASS.exec(words);
  if (!found) return TEASER_CLASS.test(words) ? 'teaser' : 'chrome';
  const word = found[0].replace(/^[\s_-]|[\s_-]$/gu, '').toLowerCase();
  return CLASS_ROLES.find(([test]) => test.test(word))?.[1] ?? word;
}

/** What an in-content box (`asides.ts`) is, from its class and id words. */
function asideRole(words: readonly string[]): string {
  if (words.some((w) => w.startsWith('aut') || w === 'byline')) return 'author box';
  if (words.includes('toc') || words.includes('contents')) return 'table of contents';
  if (words.some((w) => ['newsletter', 'subscription', 'signup', 'cta', 'donation', 'donate'].includes(w))) return 'call to action';
  if (words.some((w) => ['disclosure', 'disclaimer', 'affiliate'].includes(w))) return 'disclosure';
  if (words.some((w) => ['meta', 'postmetadata', 'tags', 'rating', 'ratings'].includes(w))) return 'post meta';
  return 'box';
}

/** Why a skipped element was skipped: its role and the rule, or null for invisible content. */
export function skipReason(element: DomElement): { role: string; rule: string } | null {
  const tag = tagOf(element);
  if (INVISIBLE.has(tag)) return null;
  if (NEVER_CONTENT.has(tag)) return { role: TAG_ROLES[tag] ?? tag, rule: 'extract/html/chrome/tag' };
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return null;
  const role = element.getAttribute('role')?.toLowerCase();
  if (role !== undefined && CHROME_ROLES.has(role)) return { role: role === 'complementary' ? 'sidebar' : role === 'contentinfo' ? 'footer' : role, rule: 'extract/html/chrome/role' };
  if (isPageHeader(element, tag)) return { role: 'page header', rule: 'extract/html/chrome/header' };
  if (isCommentSection(element, tag)) return { role: 'comment section', rule: 'extract/html/chrome/comments' };
  if (tag === 'form') return { role: 'form', rule: 'extract/html/chrome/form' };
  const named = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if ((CHROME_CLASS.test(named) || TEASER_CLASS.test(named)) || asideKind(element) !== 'skip') return { role: classRole(element), rule: 'extract/html/chrome/class' };
  return { role: asideRole(classWords(named)), rule: 'extract/html/asides' };
}

/** Inline tags: their text runs on with the words around it. */
const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'small', 'sup', 'sub', 'u', 'abbr', 'mark', 'time', 'code', 'q', 'cite', 'font', 'label']);

/** The visible text of `element` (no script, style or other invisible content), read only as far as a clipped entry needs. */
function visibleText(element: DomElement): string {
  let text = '';
  walk(element, {
    enter(child: DomElement): boolean {
      if (text.length > DROPPED_TEXT_MAX || INVISIBLE.has(tagOf(child))) return false;
      if (!INLINE.has(tagOf(child))) text += ' ';
      return true;
    },
    leave(): void {},
    text(value: string): void {
      if (text.length <= DROPPED_TEXT_MAX) text += value;
    },
  });
  return text.replace(/\s+/gu, ' ').trim();
}

/** Dropped blocks for the elements a page's readers skipped (document order of first meeting). */
export function droppedElements(skipped: readonly DomElement[], into: DroppedBlock[] = []): DroppedBlock[] {
  const set = new Set(skipped);
  const seen = new Set<string>();
  for (const element of skipped) {
    if (into.length >= DROPPED_MAX) break;
    if (element.parentNode && closest(element.parentNode, (ancestor) => set.has(ancestor)) !== null) continue;
    const reason = skipReason(element);
    if (!reason) continue;
    const text = visibleText(element);
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    into.push({ text: clipDropped(text), ...reason });
  }
  return into;
}

/**
 * Blocks of the page's block text that the chosen attempt (`rule`, e.g. `extract/html/scorer`) did
 * not keep: `kept` is the item text they are looked for in. Consecutive such blocks are summarised
 * as one entry (their texts joined, then clipped).
 */
export function droppedOutside(blocks: readonly Block[], kept: string, rule: string, into: DroppedBlock[] = []): DroppedBlock[] {
  let run: string[] = [];
  const close = (): void => {
    if (run.length > 0 && into.length < DROPPED_MAX) into.push({ text: clipDropped(run.join(' · ')), role: 'outside main text', rule });
    run = [];
  };
  for (const block of blocks) {
    if (kept.includes(block.text)) close();
    else run.push(block.text);
  }
  close();
  return into;
}

/**
 * The drops of one HTML page, built when read: the elements its readers skipped, the lines the
 * classifier left out of `read` (the blocks the chosen attempt read), and, when `read` is not the
 * page's whole block text, the page's blocks outside it (removed by `rule`). `kept` gives the
 * items' text; `readLines`, the lines of `read` as extraction already classified them (else they
 * are classified here).
 */
export function pageDrops(
  skipped: () => DomElement[],
  baseline: readonly Block[],
  read: readonly Block[],
  rule: string,
  kept: () => string,
  readLines: readonly ClassifiedLine[] | null = null,
): () => DroppedBlock[] {
  return () => {
    const out = droppedElements(skipped());
    droppedLines(readLines ?? classifyLines(blocksToLines(read)), out);
    if (read !== baseline && out.length < DROPPED_MAX) {
      const inRead = new Set(read.map((block) => block.text));
      droppedOutside(baseline.filter((block) => !inRead.has(block.text)), kept(), rule, out);
    }
    return out;
  };
}
