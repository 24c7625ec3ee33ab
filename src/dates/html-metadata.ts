/**
 * Publication-date candidates read straight from a page's HTML, independently of extraction:
 * meta tags, JSON-LD (also inside `@graph` and nested objects), microdata (`itemprop=datePublished`
 * on any element), hAtom's `published` class, and the canonical URL. Origins follow the names the
 * extractor uses (`meta:<key>`, `jsonld:datePublished`, `url`), so {@link ORIGIN_CLASSES} ranks them.
 */
import type { DateCandidate } from '../pipeline/types.js';

/** The parts of a DOM this reader needs (linkedom's document satisfies it). */
export interface DateDom {
  querySelectorAll(selector: string): Iterable<DateElement>;
}

/** The parts of a DOM element this reader needs. */
export interface DateElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/**
 * Meta keys (lower case) that state when a page was published or created, as sites write them
 * (htmldate's list of date attributes, Dublin Core, Open Graph, Parse.ly, Sailthru, Highwire, PRISM).
 * Modification keys are left out on purpose: a modification date is not a publication date.
 */
const PUBLISHED_META = new Set([
  'article:published_time', 'article:published', 'og:published_time', 'og:article:published_time', 'og:pubdate',
  'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published', 'published_date', 'published_time',
  'publication_date', 'publication-date', 'dc.date', 'dc.date.issued', 'dc.date.created', 'dc:date', 'dcterms.created',
  'dcterms.issued', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'article.created',
  'datepublished', 'datecreated', 'original-publish-date', 'citation_publication_date', 'citation_date',
  'citation_online_date', 'prism.publicationdate', 'bt:pubdate', 'date_published',
  'rnews:datepublished', 'shareaholic:article_published_time', 'cxenseparse:recs:publishtime', 'vr:published_time',
  'originalpublicationdate', 'displaydate', 'release_date', 'pub_date', 'date.available', 'eprints.date',
]);

/** JSON-LD types that are the page's own content (tried before any other node with a date). */
const CONTENT_TYPES = /article|posting|report|blog|review|recipe|video|creativework|event|webpage|itempage/i;

/** JSON-LD date properties, in the order they are offered (modification dates are never offered). */
const JSONLD_DATES = ['datePublished', 'dateCreated', 'uploadDate'] as const;

interface JsonNode {
  type: string;
  dates: Partial<Record<(typeof JSONLD_DATES)[number], string>>;
}

/** Every object of a JSON value (depth first, `@graph` included) that carries a date property. */
function walkJson(value: unknown, out: JsonNode[], depth = 0): void {
  if (depth > 12 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const entry of value) walkJson(entry, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const dates: JsonNode['dates'] = {};
  for (const key of JSONLD_DATES) {
    const found = record[key];
    if (typeof found === 'string' && found.trim() !== '') dates[key] = found.trim();
  }
  if (Object.keys(dates).length > 0) {
    const type = record['@type'];
    out.push({ type: Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '', dates });
  }
  for (const [key, entry] of Object.entries(record)) {
    if (key !== 'publisher' && key !== 'author' && key !== 'comment') walkJson(entry, out, depth + 1);
  }
}

/** True for a script that holds JSON-LD: typed `ld+json`, or untyped with a JSON object naming `@context` (some CMSs omit the type). */
function isJsonLdScript(type: string | null, body: string): boolean {
  if (type !== null && type.trim() !== '') return /ld\+json/i.test(type);
  return /^\s*[[{]/.test(body) && body.includes('"@context"');
}

/** JSON-LD candidates: content nodes first, then the others; a script that is not JSON is read by pattern. */
function jsonLdCandidates(dom: DateDom): DateCandidate[] {
  const nodes: JsonNode[] = [];
  for (const script of dom.querySelectorAll('script')) {
    const text = script.textContent ?? '';
    if (!isJsonLdScript(script.getAttribute('type'), text)) continue;
    try {
      walkJson(JSON.parse(text), nodes);
    } catch {
      const match = /"datePublished"\s*:\s*"([^"]{6,40})"/.exec(text);
      if (match?.[1]) nodes.push({ type: '', dates: { datePublished: match[1] } });
    }
  }
  const ordered = [...nodes.filter((n) => CONTENT_TYPES.test(n.type)), ...nodes.filter((n) => !CONTENT_TYPES.test(n.type))];
  return ordered.flatMap((node) => JSONLD_DATES.flatMap((key) => (node.dates[key] ? [{ text: node.dates[key], origin: `jsonld:${key}`, own: true }] : [])));
}

/** Meta tags whose key states publication (see {@link PUBLISHED_META}). */
function metaCandidates(dom: DateDom): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const meta of dom.querySelectorAll('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim();
      if (key && PUBLISHED_META.has(key.toLowerCase())) out.push({ text: content, origin: `meta:${key}`, own: true });
    }
  }
  return out;
}

/** The machine value of an element: `content`, `datetime`, `title` (hAtom's abbr), else its text. */
function elementValue(element: DateElement): string {
  const value = element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.getAttribute('title') ?? element.textContent ?? '';
  return value.replace(/\s+/g, ' ').trim();
}

/** Microdata, RDFa and hAtom: `itemprop`/`property` `datePublished|dateCreated` on any element but meta, `.published` with a value. */
function markupCandidates(dom: DateDom): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const element of dom.querySelectorAll('[itemprop="datePublished"], [itemprop="dateCreated"]')) {
    if (element.getAttribute('name') !== null || element.getAttribute('property') !== null) continue;
    const value = elementValue(element);
    if (value && value.length <= 80) out.push({ text: value, origin: `microdata:${element.getAttribute('itemprop')}`, own: true });
  }
  // RDFa: `<span property="schema:datePublished" content="…">` (meta elements are read by metaCandidates).
  for (const element of dom.querySelectorAll('[property$="datePublished"], [property$="dateCreated"]')) {
    const property = element.getAttribute('property') ?? '';
    if (element.getAttribute('name') !== null || element.getAttribute('itemprop') !== null || !/(^|:)date(Published|Created)$/.test(property)) continue;
    const value = elementValue(element);
    if (value && value.length <= 80) out.push({ text: value, origin: `microdata:${property.replace(/^.*:/, '')}`, own: true });
  }
  const hatom = new Set<string>();
  for (const element of dom.querySelectorAll('abbr.published, time.published, time[pubdate], .published[title], .published[datetime]')) {
    const value = elementValue(element);
    if (value && value.length <= 80) hatom.add(value);
  }
  // Several different `published` stamps: a list of entries (a blog's front page, comments), none the page's own.
  if (hatom.size === 1) out.push(...[...hatom].map((text) => ({ text, origin: 'hatom:published', own: true })));
  return out;
}

/** The canonical URL (`link rel=canonical`, else `og:url`) as a `url` candidate when it holds a date. */
function urlCandidates(dom: DateDom): DateCandidate[] {
  const links = [...dom.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href'));
  const og = [...dom.querySelectorAll('meta[property="og:url"]')].map((m) => m.getAttribute('content'));
  const url = [...links, ...og].find((u): u is string => typeof u === 'string' && /\d{4}/.test(u));
  return url ? [{ text: url, origin: 'url', own: true }] : [];
}

/**
 * The page-level publication-date candidates of a parsed HTML page, most trusted kinds first:
 * JSON-LD, meta tags, microdata and hAtom, canonical URL. All marked `own` (the caller decides
 * whether the page speaks for an item).
 */
export function metadataDateCandidates(dom: DateDom): DateCandidate[] {
  return [...jsonLdCandidates(dom), ...metaCandidates(dom), ...markupCandidates(dom), ...urlCandidates(dom)];
}
