/**
 * The page's byline, read the way Readability reads it, since its answers are the reference
 * users know: first what the page states (the JSON-LD article's authors, then the meta tags
 * `dc:creator`, `dcterm:creator`, `author`, `parsely-author`, `article:author` when it is not a
 * URL), else the first element in document order that names the author by `rel="author"`, an
 * `itemprop` with `author`, or a class or id word (`byline`, `author`, `dateline`, `writtenby`),
 * with a short text. Regions Readability never enters are passed over whole: hidden elements,
 * modal dialogs, navigation roles, and containers whose class or id mark them as page furniture
 * (comments, footers, sidebars …). Inside the byline element an `itemprop="name"` is preferred.
 */
import type { DomDocument, DomElement } from './dom.js';
import { readabilityMeta, type MetaLookup } from './meta-values.js';
import { ELEMENT_NODE, tagOf } from './dom.js';

/** Class, id or `itemprop` words of a byline element (Readability's `byline` pattern). */
const BYLINE_CLASS = /byline|author|dateline|writtenby|p-author/iu;

/**
 * Longest byline text (characters after trimming); longer author elements are bios or boxes
 * (Readability's limit, kept so that answers agree with it).
 */
export const BYLINE_MAX_CHARS = 100;

/** Readability's `unlikelyCandidates` and `okMaybeItsACandidate` patterns: regions it never enters. */
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/iu;
const MAYBE = /and|article|body|column|content|main|shadow/iu;

/** ARIA roles of regions Readability removes before it reads the page. */
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** Elements whose content is never page text. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);

/** An inline style that hides the element. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;

/** True when the element is not shown (Readability's `_isProbablyVisible`, negated). */
function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true' && !(element.getAttribute('class') ?? '').includes('fallback-image')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Text of `element`, trimmed, with runs of white space as one space. */
function trimmedText(element: DomElement): string {
  return (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** True when `element` names the author (Readability's `_isValidByline`). */
function isBylineElement(element: DomElement, classAndId: string): boolean {
  const itemprop = element.getAttribute('itemprop');
  if (element.getAttribute('rel') !== 'author' && !(itemprop?.includes('author') ?? false) && !BYLINE_CLASS.test(classAndId)) return false;
  const length = (element.textContent ?? '').trim().length;
  return length > 0 && length < BYLINE_MAX_CHARS;
}

/** True for a region Readability removes whole before scoring (its unlikely candidates and roles). */
function isUnlikely(element: DomElement, tag: string, classAndId: string, inTableOrCode: boolean): boolean {
  const role = element.getAttribute('role');
  if (role !== null && UNLIKELY_ROLES.has(role)) return true;
  if (tag === 'body' || tag === 'a' || inTableOrCode) return false;
  return UNLIKELY.test(classAndId) && !MAYBE.test(classAndId);
}

/** True when Readability's walk never reaches inside `element` (its subtree is removed or skipped). */
function closesSubtree(element: DomElement, inTableOrCode: boolean): boolean {
  const tag = tagOf(element);
  if (NOT_TEXT.has(tag) || isHidden(element)) return true;
  if (element.getAttribute('aria-modal') === 'true' && element.getAttribute('role') === 'dialog') return true;
  return isUnlikely(element, tag, `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`, inTableOrCode);
}

/** True when Readability's walk reaches `element`: no ancestor closes its subtree, and it is shown. */
function reached(element: DomElement): boolean {
  if (NOT_TEXT.has(tagOf(element)) || isHidden(element) || (element.getAttribute('aria-modal') === 'true' && element.getAttribute('role') === 'dialog')) return false;
  const ancestors: DomElement[] = [];
  for (let node = element.parentNode; node && node.nodeType === ELEMENT_NODE; node = node.parentNode) ancestors.push(node as DomElement);
  let tableOrCode = false;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const ancestor = ancestors[i] as DomElement;
    if (closesSubtree(ancestor, tableOrCode)) return false;
    const tag = tagOf(ancestor);
    if (tag === 'table' || tag === 'code') tableOrCode = true;
  }
  return true;
}

/**
 * The first byline element's text in document order, as Readability finds it, or null. The
 * elements are scanned flat for a byline's marks, and only a candidate's ancestors are checked
 * for regions Readability skips (an ancestor that is itself a byline came first in the scan).
 */
export function markupByline(document: DomDocument): string | null {
  for (const element of document.querySelectorAll('*')) {
    const classAndId = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (!isBylineElement(element, classAndId) || !reached(element)) continue;
    const named = [...element.querySelectorAll('[itemprop]')].find((e) => (e.getAttribute('itemprop') ?? '').includes('name'));
    return trimmedText(named ?? element);
  }
  return null;
}

/**
 * The byline the page states: the JSON-LD article's authors, then `dc:creator`,
 * `dcterm:creator`, `author`, `parsely-author`, and `article:author` unless it is a URL.
 * @param jsonLdAuthor the authors of the page's JSON-LD article, joined by commas
 * @param meta the page's meta values by lower-case key, dots read as colons
 */
export function statedByline(jsonLdAuthor: string | null, meta: MetaLookup): string | null {
  const articleAuthor = meta('article:author');
  return (
    [jsonLdAuthor, meta('dc:creator'), meta('dcterm:creator'), meta('author'), meta('parsely-author')].find((value) => value) ??
    (articleAuthor && !/^https?:/iu.test(articleAuthor) ? articleAuthor : null)
  );
}

/** Schema.org article types whose JSON-LD author Readability reads (its `jsonLdArticleTypes`). */
const ARTICLE_TYPE =
  /^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$/u;
const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/u;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const typeOf = (value: JsonObject): string => (typeof value['@type'] === 'string' ? value['@type'] : '');

/** The article object of one JSON-LD script as Readability picks it, or null. */
function articleObject(parsed: unknown): JsonObject | null {
  let value = parsed;
  if (Array.isArray(value)) value = value.find((entry) => isObject(entry) && ARTICLE_TYPE.test(typeOf(entry)));
  if (!isObject(value)) return null;
  const context = value['@context'];
  const schema = (typeof context === 'string' && SCHEMA_ORG.test(context)) || (isObject(context) && typeof context['@vocab'] === 'string' && SCHEMA_ORG.test(context['@vocab']));
  if (!schema) return null;
  if (!value['@type'] && Array.isArray(value['@graph'])) value = value['@graph'].find((entry) => isObject(entry) && ARTICLE_TYPE.test(typeOf(entry)));
  return isObject(value) && ARTICLE_TYPE.test(typeOf(value)) ? value : null;
}

/**
 * The authors of the page's JSON-LD article, read as Readability reads them (the first
 * `application/ld+json` script holding a schema.org article; `CDATA` markers stripped; an
 * author object's `name`, or the names of an array of them joined by commas), or null.
 */
export function jsonLdAuthors(document: DomDocument): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let article: JsonObject | null = null;
    try {
      article = articleObject(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/gu, '')));
    } catch {
      continue;
    }
    if (!article) continue;
    const author = article['author'];
    if (isObject(author) && typeof author['name'] === 'string') return author['name'].trim() || null;
    if (Array.isArray(author) && isObject(author[0]) && typeof author[0]['name'] === 'string') {
      return author
        .filter((entry): entry is JsonObject => isObject(entry) && typeof entry['name'] === 'string')
        .map((entry) => (entry['name'] as string).trim())
        .join(', ') || null;
    }
    return null;
  }
  return null;
}

/** The page's byline: stated, else found in the markup (see the module comment). */
export function readByline(document: DomDocument): string | null {
  return statedByline(jsonLdAuthors(document), readabilityMeta(document)) ?? markupByline(document);
}
