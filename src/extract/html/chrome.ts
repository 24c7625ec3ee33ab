/**
 * Which elements of a page are chrome (navigation, sidebars, comments, forms, ads) rather
 * than content, judged from the tag, the ARIA role and label, `hidden`, class/id words, and
 * the heading that opens a section (a comment section says so: "Leserkommentare",
 * "Commentaires (4)"). The generic class words are markup conventions; the comment-section
 * class words and headings of each language are data in the extraction locales.
 */
import { isCommentMarker, VOCABULARY } from '../text/vocabulary.js';
import { cleanText, closest, ELEMENT_NODE, tagOf, type DomElement, type DomNode } from './dom.js';

/**
 * Elements whose subtree never holds article text. `rt` and `rp` are ruby annotations: the
 * reading of a Japanese or Chinese word printed small above it (子<rt>こ</rt>), not part of the sentence.
 */
export const NEVER_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'textarea', 'nav',
  'aside', 'footer', 'input', 'head', 'object', 'canvas', 'video', 'audio', 'dialog', 'menu', 'figcaption', 'rt', 'rp',
]);

/** ARIA roles of page regions that are not the article. */
export const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'alert', 'menu', 'menubar']);

/** Class or id words of chrome containers (share bars, related lists, ads …); comment words come from the locales. */
export const CHROME_CLASS =
  /(?:^|[\s_-])(?:share|sharing|social|related|newsletter|cookies?|consent|advert|advertisement|ads?|promo|sidebar|breadcrumbs?|navigation|navbar|menu|footer|subscribe|paywall|recommended|popular|most-read|outbrain|taboola|modal|popup|lightbox|gdpr|dsgvo|privacy)(?:$|[\s_-])/iu;

/**
 * Layout words: a wrapper named `content-wrapper right-sidebar` is the page's content column
 * in a layout that also has a sidebar, not the sidebar. Such a class counts as chrome only
 * when no {@link CONTENT_CLASS} word stands beside it (Readability's `maybeCandidate` rule).
 */
const LAYOUT_CLASS = /(?:^|[\s_-])sidebar(?:$|[\s_-])/giu;
/** Class words of the content column (Readability's `maybeCandidate` words). */
const CONTENT_CLASS = /(?:^|[\s_-])(?:content|main|article|body|column|story|post)(?:$|[\s_-])/iu;

/**
 * Class words that say what an element holds or lacks, not what it is: `has-sharing`,
 * `o-section--has-ads`, `layout-with-sidebar`, `no-ads`. An article header that `has-sharing`
 * holds a share bar (which is skipped on its own) and is not one; such words are set aside before
 * the chrome words are read.
 */
const CONTENTS_MODIFIER = /(?<![\p{L}\p{N}])(?:has|with|without|no)[-_]+[\p{L}\p{N}]+/giu;

/** Elements that are the page or its main content as a whole, never a comment section. */
const WHOLE_PAGE = new Set(['html', 'body', 'main']);

const HEADING = /^h[1-6]$/u;

/** The first element child of `element`, or null. */
function firstElementChild(element: DomElement): DomElement | null {
  for (let node: DomNode | null = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) return node as DomElement;
  }
  return null;
}

/** True when the section opens (first child, or the first child of its first child) with a comment heading. */
function opensWithCommentHeading(element: DomElement): boolean {
  let child = firstElementChild(element);
  for (let depth = 0; child && depth < 2; depth++, child = firstElementChild(child)) {
    if (HEADING.test(tagOf(child))) return isCommentMarker(cleanText(child));
  }
  return false;
}

/**
 * True for `<header>`, banners and similar page headers outside the article. A `<header>` that
 * holds the page's `<h1>` and no navigation is the article's own header (headline and
 * standfirst) set outside an `<article>` element, not the site's banner.
 */
export function isPageHeader(element: DomElement, tag: string): boolean {
  if (tag !== 'header' && element.getAttribute('role') !== 'banner') return false;
  if (closest(element, (ancestor) => ancestor !== element && (tagOf(ancestor) === 'article' || tagOf(ancestor) === 'main')) !== null) return false;
  return tag !== 'header' || element.querySelector('h1') === null || element.querySelector('nav') !== null;
}

/**
 * Class words of teasers. On an article page a "teaser" is either a card linking to another
 * article or the article's own lead paragraph (German CMSes name the standfirst `teaser-text`);
 * only the first is chrome, and it is told by its link text.
 */
export const TEASER_CLASS = /(?:^|[\s_-])teasers?(?:$|[\s_-])/iu;

/** Share of a teaser's text inside links above which it is a card linking elsewhere, not a lead (the same bar as `MAX_LINK_DENSITY` for navigation blocks). */
const TEASER_MAX_LINK_SHARE = 0.5;

/** True when most of `element`'s text sits inside links. */
function mostlyLinks(element: DomElement): boolean {
  const total = (element.textContent ?? '').replace(/\s+/gu, '').length;
  if (total === 0) return true;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += (link.textContent ?? '').replace(/\s+/gu, '').length;
  return linked > total * TEASER_MAX_LINK_SHARE;
}

/** True when a teaser-class element is a card linking elsewhere: mostly link text, or a headed card. */
function isTeaserCard(element: DomElement): boolean {
  return element.querySelector('h1, h2, h3, h4, h5, h6') !== null || mostlyLinks(element);
}

/** True when the element is a comment section by its class, id, ARIA label or opening heading. */
export function isCommentSection(element: DomElement, tag: string): boolean {
  if (WHOLE_PAGE.has(tag)) return false;
  const label = element.getAttribute('aria-label');
  if (label !== null && (isCommentMarker(label) || VOCABULARY.commentClass.test(label))) return true;
  if (tag !== 'article' && VOCABULARY.commentClass.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) return true;
  return opensWithCommentHeading(element);
}

/**
 * Paragraphs of prose that overrule a chrome class word: a wrapper named for the share
 * widget it also holds (`text-wrapper share-btns_containerParent`) but carrying the article.
 * Share bars, menus and related lists hold links and labels, not three long plain paragraphs.
 */
const PROSE_OVERRULES_CLASS = 3;
/** Characters of a plain (link-free) paragraph that counts toward {@link PROSE_OVERRULES_CLASS}. */
const PROSE_PARAGRAPH_CHARS = 150;

/** True when `element` holds {@link PROSE_OVERRULES_CLASS} link-free paragraphs of {@link PROSE_PARAGRAPH_CHARS}. */
function holdsProse(element: DomElement): boolean {
  let found = 0;
  for (const paragraph of element.querySelectorAll('p')) {
    if (paragraph.querySelector('a') !== null || (paragraph.textContent ?? '').length < PROSE_PARAGRAPH_CHARS) continue;
    if (++found >= PROSE_OVERRULES_CLASS) return true;
  }
  return false;
}

/** True when `element` (and so its whole subtree) is page chrome and holds no article text. */
export function isChromeElement(element: DomElement): boolean {
  const tag = tagOf(element);
  // The no-script copy of a page built by script (Blogger keeps the post in a template and
  // repeats it in `<noscript>`) is the article; other `<noscript>`s hold pixels and notices.
  if (tag === 'noscript') return !holdsProse(element);
  if (NEVER_CONTENT.has(tag)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (isPageHeader(element, tag)) return true;
  if (isCommentSection(element, tag)) return true;
  if (tag === 'article' || tag === 'main' || tag === 'body' || tag === 'html') return false;
  // A form is a search box, a login or a comment form, unless it wraps the page's prose
  // (ASP.NET pages put the whole body inside one `<form>`).
  if (tag === 'form') return !holdsProse(element);
  const named = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  const words = CHROME_CLASS.test(named) ? named.replace(CONTENTS_MODIFIER, ' ') : named;
  if (!CHROME_CLASS.test(words)) return TEASER_CLASS.test(words) && isTeaserCard(element) && !holdsProse(element);
  const withoutLayout = words.replace(LAYOUT_CLASS, ' ');
  if (withoutLayout !== words && CONTENT_CLASS.test(words) && !CHROME_CLASS.test(withoutLayout)) return false;
  return !holdsProse(element);
}

/**
 * True when `node` lies inside a chrome element (checked up to the document root); `isChrome`
 * may be a page's cached chrome test.
 */
export function insideChrome(node: DomNode, isChrome: (element: DomElement) => boolean = isChromeElement): boolean {
  return closest(node, isChrome) !== null;
}
