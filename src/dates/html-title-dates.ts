/**
 * Dates written in the visible text next to a page's main heading — the byline or dateline
 * ("Veröffentlicht am 12.03.2019", "March 11, 2020", "jeudi 13 juin 2019") — read from the HTML
 * independently of extraction. Only complete dates (day, month and a written year) are offered:
 * a bare weekday, a year-less day or a year alone near a title says too little to date a page.
 */
import type { DateCandidate } from '../pipeline/types.js';
import { parseContext } from './context.js';
import { findDates } from './find.js';
import { DATE_LOCALES } from './locales/registry.js';
import { UTC } from './zone.js';

/** The parts of a DOM node this reader walks (linkedom's nodes satisfy it). */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNode>;
  getAttribute?(name: string): string | null;
}

/** The main heading: the first `<h1>`. */
const isH1 = (node: TextNode): boolean => node.nodeName.toUpperCase() === 'H1';


/** Shortest page title matched against a heading (shorter ones, "Home", "News", name too many elements). */
const MIN_TITLE_CHARS = 15;

/** Longest element text compared with the page title (a heading is one line). */
const MAX_HEADING_CHARS = 200;

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text of a node, without building strings for large subtrees (null beyond `limit` characters). */
function shortText(node: TextNode, limit: number): string | null {
  let out = '';
  const walk = (n: TextNode): boolean => {
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      return out.length <= limit * 2;
    }
    if (n.nodeType !== 1) return true;
    for (const child of Array.from(n.childNodes)) if (!walk(child)) return false;
    return true;
  };
  return walk(node) && normalise(out).length <= limit ? normalise(out) : null;
}

/**
 * For a page without an `<h1>`: a heading-like element (`<h2>`–`<h4>`, or a class or id naming a
 * title or headline) whose text is the page's title, or the title's main part before a site name
 * ("Ferry timetable changes – Lakeside Post", "Lakeside Post :: Ferry timetable changes").
 */
function namesTitle(pageTitle: string): (node: TextNode & { getAttribute?(name: string): string | null }) => boolean {
  const repeats = repeatsTitle(pageTitle);
  return (node) => {
    if (node.nodeType !== 1) return false;
    const tag = node.nodeName.toUpperCase();
    const named = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`;
    if (!/^H[2-4]$/.test(tag) && !/title|headline|heading/i.test(named)) return false;
    return repeats(node);
  };
}

/** True for an element whose text is the page's title or the title's main part (see {@link namesTitle}). */
function repeatsTitle(pageTitle: string): (node: TextNode) => boolean {
  const title = normalise(pageTitle);
  const parts = title.split(/\s+(?:[-|–—:·»]|::)\s+|[-|–—]|：/).map((p) => p.trim()).filter((p) => p.length >= MIN_TITLE_CHARS);
  const wanted = new Set([title, ...parts].filter((t) => t.length >= MIN_TITLE_CHARS));
  return (node) => {
    if (wanted.size === 0 || node.nodeType !== 1) return false;
    const text = shortText(node, MAX_HEADING_CHARS);
    return text !== null && wanted.has(text);
  };
}

/**
 * Characters of visible text read after the end of the main heading. A byline or dateline sits
 * within the first lines under the title (author, date, reading time, a share bar: about 300
 * characters on the pages of htmldate's set); 500 leaves room for a standfirst without reaching
 * far into the body, where dates name events rather than the page.
 */
export const AFTER_TITLE_CHARS = 500;

/** Characters read before the heading (a kicker or date line above the title); kept short, sidebars and menus precede it. */
export const BEFORE_TITLE_CHARS = 150;

/** Nesting depth beyond which the walk stops (a guard against pathological pages; real pages nest under 100). */
const MAX_DEPTH = 400;

/** Elements whose text is never a byline: code, menus, forms, asides, footers. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'SVG', 'FIGCAPTION']);

/**
 * Words of running text before a date, within its run of inline text (a paragraph's text across its
 * links and emphasis, up to the next block element or date-named element), beyond which the date lies
 * inside prose — a sentence of the story or of a teaser that speaks of a date ("Laut einer
 * Veröffentlichung des Instituts vom 15.4.2020", "Laut der am 28.01.2022 in Kraft getretenen
 * Verordnung") — and is not offered. A byline has a few words before its date ("Publié le",
 * "Der Artikel <a>…</a> wurde am", "Von Anna Berg, Redaktion |"); a dateline none ("BERLIN, 19.
 * November (dpa) –"). Chosen on htmldate's set: the title-adjacent wrong answers of this kind had
 * 13 or more words before the date; the right ones at most 9.
 */
export const PROSE_WORDS = 12;

/** Class or id words of an element holding a date line: it starts a run of its own (`<h2>standfirst… <span class="hl__date">…</span></h2>`). */
const DATE_NAMED = /date|datum|time|zeit|fecha|byline|meta|stamp/i;

/** Elements that end a run of inline text. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH', 'BR', 'SECTION', 'ARTICLE', 'HEADER', 'MAIN', 'BLOCKQUOTE', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'PRE', 'ADDRESS']);

/** A run of inline text: where it starts and ends in the joined text, and its words. */
interface Run {
  start: number;
  end: number;
  words: number;
}

/** The visible text in document order, where the first heading (as `isHeading` says) starts and ends in it, and its runs of inline text. */
function textAroundHeading(root: TextNode, isHeading: (node: TextNode) => boolean): { text: string; start: number; end: number; runs: Run[] } | null {
  const parts: string[] = [];
  const runs: Run[] = [];
  let run: Run | null = null;
  let length = 0;
  let start = -1;
  let end = -1;
  const visit = (node: TextNode, depth: number): void => {
    if ((end >= 0 && length > end + AFTER_TITLE_CHARS) || depth > MAX_DEPTH) return;
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (value.trim() === '') return;
      parts.push(value);
      if (!run) {
        run = { start: length, end: length, words: 0 };
        runs.push(run);
      }
      run.end = length + value.length;
      run.words += value.trim().split(' ').length;
      length += value.length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag) || (node.nodeType === 1 && DATE_NAMED.test(`${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`));
    if (block) run = null;
    const heading = start < 0 && isHeading(node);
    if (heading) start = length;
    parts.push(' ');
    length += 1;
    for (const child of Array.from(node.childNodes)) visit(child as TextNode, depth + 1);
    parts.push(' ');
    length += 1;
    if (block) run = null;
    if (heading) end = length;
  };
  visit(root, 0);
  return start < 0 || end < 0 ? null : { text: parts.join(''), start, end, runs };
}

/**
 * True for a slashed numeric date whose day and month could be swapped (`02/10/2020`): the page's
 * language does not settle the order (British and American English differ), so it is not offered.
 */
export function ambiguousNumeric(text: string): boolean {
  const match = /(?<!\d)(\d{1,2})\/(\d{1,2})\/\d{2,4}(?!\d)/.exec(text);
  if (!match) return false;
  const [a, b] = [Number(match[1]), Number(match[2])];
  return a <= 12 && b <= 12 && a !== b;
}

/**
 * The complete dates of a short text in any registered language — day, month and a written year,
 * stated, not an ambiguous slashed numeric date — with where each starts; on spans starting at the
 * same place, the longest reading.
 * @param capture the capture instant (ms), the reference of the parsers
 */
export function completeDates(text: string, capture: number): { start: number; text: string }[] {
  const spans = new Map<number, string>();
  for (const locale of Object.values(DATE_LOCALES)) {
    for (const found of findDates(text, parseContext(locale, capture, UTC, 'past'))) {
      const day = found.value.precision === 'day' || found.value.precision === 'minute' || found.value.precision === 'hour';
      if (found.kind !== 'date' || found.certainty !== 'stated' || !day || ambiguousNumeric(found.text)) continue;
      const known = spans.get(found.start);
      if (known === undefined || known.length < found.text.length) spans.set(found.start, found.text);
    }
  }
  return [...spans].map(([start, span]) => ({ start, text: span }));
}

/**
 * Complete dates in the text around the `<h1>` of a page (the first that repeats the page title
 * when dates are found there, else the first) — or, on a page without one, around
 * the first heading-like element whose text is the page's title (see `namesTitle`; measured: any
 * blog's `<h2 class="post-title">` gained 2 right answers and 3 wrong, a heading that repeats the
 * title is the page's own) — those after the heading, nearest first, then those before it, nearest
 * first, leaving out dates inside running prose (see {@link PROSE_WORDS}); origin `text:title` (after an `<h1>`) or `text:heading` (after a heading found by the
 * title, which never overrides metadata: see `choose.ts`). Empty when no heading is found.
 * @param root the document (or body) node
 * @param capture the capture instant (ms), the reference of the parsers
 * @param pageTitle the page's `<title>` (or `og:title`), used when there is no `<h1>`
 */
export function titleDateCandidates(root: TextNode, capture: number, pageTitle: string | null = null): DateCandidate[] {
  // The `<h1>` that repeats the page title (a page whose first `<h1>` is a cookie notice or a menu's), then the first.
  const titled = pageTitle ? textAroundHeading(root, ((repeats) => (node: TextNode) => isH1(node) && repeats(node))(repeatsTitle(pageTitle))) : null;
  const fromTitled = titled ? datesAround(titled, capture) : [];
  if (fromTitled.length > 0) return fromTitled.map((text) => ({ text, origin: 'text:title', own: true }));
  const h1 = textAroundHeading(root, isH1);
  const around = h1 ?? (pageTitle ? textAroundHeading(root, namesTitle(pageTitle)) : null);
  const origin = h1 ? 'text:title' : 'text:heading';
  const dates = around ? datesAround(around, capture) : [];
  // Only when nothing is found around it: a date line inside the `<h1>` itself.
  if (h1 && dates.length === 0) dates.push(...datesInsideHeading(root, isH1, capture));
  return dates.map((text) => ({ text, origin, own: true }));
}

/** Characters before the date in a heading's child element (an icon's space, a bullet, "am"): 5. */
const INSIDE_SLACK_CHARS = 5;

/**
 * Complete dates that start an element inside the heading beside the title's own text, as
 * Bootstrap-style pages write a date line within the title (`<h1>Title<br><small>02.02.2022 • Sport</small></h1>`);
 * a date in the heading's own words ("Election of 5 May 2021") is the story's subject, not a date
 * line, and is not offered.
 */
function datesInsideHeading(root: TextNode, isHeading: (node: TextNode) => boolean, capture: number): string[] {
  let heading: TextNode | null = null;
  const find = (node: TextNode, depth: number): void => {
    if (heading || depth > MAX_DEPTH || (node.nodeType !== 1 && node.nodeType !== 9)) return;
    if (node.nodeType === 1 && SKIPPED.has(node.nodeName.toUpperCase())) return;
    if (node.nodeType === 1 && isHeading(node)) {
      heading = node;
      return;
    }
    for (const child of Array.from(node.childNodes)) find(child, depth + 1);
  };
  find(root, 0);
  const top = heading as TextNode | null;
  const whole = top ? shortText(top, MAX_HEADING_CHARS * 2) : null;
  if (!top || !whole) return [];
  const found: string[] = [];
  const visit = (node: TextNode, depth: number): void => {
    if (depth > MAX_DEPTH || node.nodeType !== 1) return;
    const text = shortText(node, MAX_HEADING_CHARS);
    const date = text ? completeDates(text, capture).sort((a, b) => a.start - b.start)[0] : undefined;
    // The element starts with the date, and the heading has its title besides it.
    if (text && date && date.start <= INSIDE_SLACK_CHARS && whole.length - text.length > MIN_TITLE_CHARS) {
      found.push(date.text);
      return;
    }
    for (const child of Array.from(node.childNodes)) visit(child, depth + 1);
  };
  for (const child of Array.from(top.childNodes)) visit(child, 1);
  return found;
}

/** The complete dates after a heading (nearest first), then before it (nearest first), leaving out those in running prose. */
function datesAround(around: { text: string; start: number; end: number; runs: Run[] }, capture: number): string[] {
  const before = around.text.slice(Math.max(0, around.start - BEFORE_TITLE_CHARS), around.start);
  const after = around.text.slice(around.end, around.end + AFTER_TITLE_CHARS);
  const inProse = (at: number): boolean => {
    const run = around.runs.find((r) => r.start <= at && at < r.end);
    return run !== undefined && run.words > PROSE_WORDS && around.text.slice(run.start, at).split(' ').filter((w) => w !== '').length > PROSE_WORDS;
  };
  const complete = (text: string, offset: number) => completeDates(text, capture).filter((d) => !inProse(offset + d.start));
  const afterDates = complete(after, around.end).sort((a, b) => a.start - b.start);
  const beforeDates = complete(before, Math.max(0, around.start - BEFORE_TITLE_CHARS)).sort((a, b) => b.start - a.start);
  return [...afterDates, ...beforeDates].map(({ text }) => text);
}
