/**
 * Dates in elements a page marks as dates by name: a `class` or `id` such as `date`, `post-meta`,
 * `entry-info`, `byline`, `datum`, `fecha`, `h-time` (`<span class="date">02.02.2022</span>`,
 * `<p class="postmetadata">Erstellt am Dienstag 6. Mai 2014</p>`). Many small sites and blogs
 * carry no date metadata and no `<h1>`; their only date is in such an element (htmldate searches
 * the same kind of elements). Read from the HTML independently of extraction, in document order,
 * outside navigation, sidebars, comments and teaser lists, whose dates belong to other entries.
 * Only complete dates are offered (see {@link completeDates}), and not those a locale's phrase marks
 * as a change or the reader's clock ({@link saysNotPublished}); origin `text:class`, ranked after
 * bylines and datelines and before other text dates, below every kind of metadata and the URL.
 */
import type { DateCandidate } from '../pipeline/types.js';
import { completeDates } from './html-title-dates.js';
import { DATE_LOCALES } from './locales/registry.js';

/** The parts of a DOM node this reader walks (linkedom's nodes satisfy it). */
export interface ClassNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<ClassNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

/**
 * Class or id words naming a date, a time or an entry's byline block (English, German, Spanish, French,
 * Italian, Dutch spellings; `submitted` is Drupal's standard byline block, "Submitted by … on …").
 */
const DATE_NAMED = /date|datum|time|zeit|fecha|data|publi|posted|submitted|byline|subline|meta|info|author|stamp|parution/i;

/** Class or id words of blocks whose dates belong to other entries, to a change (modification) or to the reader's day (`today`, `current-date`). */
export const OTHER_ENTRIES = /comment|kommentar|reply|related|sidebar|widget|teaser|recommend|popular|more-|latest|archive|calendar|nav|menu|breadcrumb|update|modif|aktualisiert|leserbrief|share|today|current-?date/i;

/** hAtom's date classes. */
const HATOM = /(?:^|\s)(?:published|updated)(?:\s|$)/;

/** Elements whose content is never an entry's date line. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'FOOTER', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'SVG', 'HEAD']);

/**
 * Share of the page's text above which a block named like a sidebar is a wrapper of the whole
 * layout (`<div class="mainwrap sidebar">`) rather than a sidebar: a sidebar holds far less than half.
 */
const WRAPPER_SHARE = 0.5;

/** Elements that hold the page's own content: a `<header>` inside them is the article's, with its byline. */
const CONTENT = new Set(['ARTICLE', 'MAIN']);

/** Elements that wrap the whole page or its main content; their class names describe the template, not a block. */
const WRAPPERS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/**
 * Longest text of a date-named element that is read (a date line with author and category is under
 * 100 characters on the pages of htmldate's set; a longer block is a container that happens to be
 * named `meta` or `info`, not a date line).
 */
export const MAX_DATE_LINE_CHARS = 160;

/**
 * Longest date-named block whose head is still read as its date line: a byline sentence with
 * categories and a feed notice runs to about 300 characters; a longer block is a container.
 */
export const MAX_DATE_BLOCK_CHARS = 400;

/** Date-named elements examined per page (a guard on pages with hundreds of list entries). */
const MAX_ELEMENTS = 60;

/** Candidates offered per page: the first date line is what counts; two more give the chooser a check. */
const MAX_CANDIDATES = 3;

/** Nesting depth beyond which the walk stops (real pages nest under 100). */
const MAX_DEPTH = 400;

/** A written year (four digits, or a two-digit year after a day and month): the cheap test before parsing. */
const HAS_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2}(?!\d)/;

function names(node: ClassNode): string {
  return `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`;
}

/** The text of a date line with the machine values some sites put in attributes (`title`, `datetime`, `content`). */
function lineOf(node: ClassNode): string {
  const attributes = ['datetime', 'content', 'title'].map((a) => node.getAttribute?.(a) ?? '').filter((v) => v !== '');
  const parts: string[] = [];
  const collect = (child: ClassNode): void => {
    if (child.nodeType === 3) parts.push(child.textContent ?? '');
    else if (child.nodeType === 1 && !INVISIBLE.has(child.nodeName.toUpperCase())) for (const inner of Array.from(child.childNodes)) collect(inner as ClassNode);
  };
  collect(node);
  // Text nodes joined with spaces: `<a>08/08/2017</a><a>durch …</a>` is two words, not `2017durch`.
  return [...attributes, ...parts].join(' ').replace(/\s+/g, ' ').trim();
}

/** Every registered locale's phrases saying a date is not the publication (see `DateLocale.notPublished`), lower case. */
const NOT_PUBLISHED: readonly string[] = Object.values(DATE_LOCALES).flatMap((locale) => locale.notPublished ?? []);

/** True when the text before a date says the date is a change or the reader's clock ("last edited:", "Aktuelle Zeit:"). */
export function saysNotPublished(before: string): boolean {
  const lower = before.toLowerCase();
  return NOT_PUBLISHED.some((phrase) => lower.includes(phrase));
}

/** Visible characters under every element (scripts and styles left out), computed in one walk. */
function visibleLengths(root: ClassNode): Map<ClassNode, number> {
  const lengths = new Map<ClassNode, number>();
  const measure = (node: ClassNode, depth: number): number => {
    if (node.nodeType === 3) return (node.textContent ?? '').trim().length;
    if ((node.nodeType !== 1 && node.nodeType !== 9) || depth > MAX_DEPTH || INVISIBLE.has(node.nodeName.toUpperCase())) return 0;
    let total = 0;
    for (const child of Array.from(node.childNodes)) total += measure(child as ClassNode, depth + 1);
    lengths.set(node, total);
    return total;
  };
  measure(root, 0);
  return lengths;
}

/** Elements whose text is not shown. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);

/**
 * The complete dates of the page's date-named elements, in document order (see the module comment).
 * @param root the document node
 * @param capture the capture instant (ms), the reference of the parsers
 */
export function classDateCandidates(root: ClassNode, capture: number): DateCandidate[] {
  const out: DateCandidate[] = [];
  const seen = new Set<string>();
  let examined = 0;
  const visible = visibleLengths(root);
  const pageChars = visible.get(root) ?? 0;
  /** Offers the first complete date of a date line (true when the line has one, offered or already seen). */
  const offer = (line: string): boolean => {
    if (!HAS_YEAR.test(line)) return false;
    const first = completeDates(line, capture).sort((a, b) => a.start - b.start)[0];
    if (!first) return false;
    if (!seen.has(first.text) && !saysNotPublished(line.slice(0, first.start))) {
      seen.add(first.text);
      out.push({ text: first.text, origin: 'text:class', own: true });
    }
    return true;
  };
  const visit = (node: ClassNode, depth: number, inContent: boolean): void => {
    if (out.length >= MAX_CANDIDATES || examined >= MAX_ELEMENTS || depth > MAX_DEPTH) return;
    if (node.nodeType !== 1 && node.nodeType !== 9) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    // The site's header (outside the article and the main content) shows today's date, not the page's.
    if (tag === 'HEADER' && !inContent) return;
    const named = names(node);
    // A page's wrappers carry the page template's classes (`single-default sidebar`, `nav-open`): a block named
    // as other entries is skipped only when it does not hold most of the page's text.
    if (!WRAPPERS.has(node.nodeName.toUpperCase()) && OTHER_ENTRIES.test(named) && (visible.get(node) ?? 0) < pageChars * WRAPPER_SHARE) return;
    // Microdata, RDFa and hAtom stamps are metadata, read (with their own rule for lists) by html-metadata.ts.
    if (/(^|:)date/i.test(`${node.getAttribute?.('itemprop') ?? ''} ${node.getAttribute?.('property') ?? ''}`) || HATOM.test(named)) return;
    const dateNamed = node.nodeType === 1 && DATE_NAMED.test(named);
    // A link that is not itself a date line leads to another entry (a list of posts), whose dates are not this page's.
    if (!dateNamed && node.nodeName.toUpperCase() === 'A') return;
    if (dateNamed) {
      const full = lineOf(node);
      if (full.length <= MAX_DATE_LINE_CHARS) {
        examined += 1;
        offer(full);
        return;
      }
      // A date block of a sentence or two ("Dieser Beitrag wurde am … veröffentlicht und unter … abgelegt"):
      // its head is its date line; when the head holds no date, the block is a container, read inside.
      if (full.length <= MAX_DATE_BLOCK_CHARS) {
        examined += 1;
        if (offer(full.slice(0, MAX_DATE_LINE_CHARS))) return;
      }
    }
    const content = inContent || CONTENT.has(tag);
    for (const child of Array.from(node.childNodes)) visit(child as ClassNode, depth + 1, content);
  };
  visit(root, 0, false);
  return out;
}
