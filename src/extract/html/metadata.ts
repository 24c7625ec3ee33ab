/**
 * Page metadata read from the DOM before any extraction changes it: title, byline, site name,
 * canonical URL, declared language, and every publication-date candidate with its origin.
 */
import type { DateCandidate } from '../../pipeline/types.js';
import { readByline } from './byline.js';
import { splitDatedByline } from './byline-name.js';
import { readabilityMeta } from './meta-values.js';
import { insideChrome } from './chrome.js';
import { cleanText, closest, tagOf, type DomDocument, type DomElement } from './dom.js';
import { readJsonLd } from './jsonld.js';
import { cleanTitle } from './title.js';
import { urlDate } from './url-date.js';

/** What the page says about itself. */
export interface PageMetadata {
  /** The best title: JSON-LD headline, og:title, `<title>` without site name, `<h1>`. */
  title: string | null;
  /** The title stated for the article itself (JSON-LD headline or og:title), without the `<title>`/`<h1>` guesses. */
  statedTitle: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  declaredLang: string | null;
  /** Page-level publication-date candidates (meta tags, JSON-LD, `<time>`, URL). */
  dateCandidates: DateCandidate[];
}

/** Meta `name`/`property`/`itemprop` keys that state a publication date (lower case). */
const DATE_META = new Set([
  'article:published_time', 'og:published_time', 'og:article:published_time', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publication_date', 'dc.date', 'dc.date.issued', 'dc.date.created', 'dcterms.created',
  'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'article.published', 'datepublished', 'original-publish-date',
]);

/** Meta keys that state the article's title, in Readability's order of preference. */
const TITLE_KEYS = ['dc:title', 'dcterm:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title'];

/** ISO 639-1 code of a language tag such as `de-DE`, `nl_NL` or `EN`, or null. */
export function languageCode(tag: string | null | undefined): string | null {
  const code = (tag ?? '').trim().toLowerCase().split(/[-_\s,;]/u)[0] ?? '';
  return /^[a-z]{2}$/u.test(code) ? code : null;
}

function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url, base ?? undefined).href;
  } catch {
    return null;
  }
}

function metaMap(document: DomDocument): Map<string, { content: string; key: string }[]> {
  const map = new Map<string, { content: string; key: string }[]>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim();
      if (!key) continue;
      const lower = key.toLowerCase();
      map.set(lower, [...(map.get(lower) ?? []), { content, key }]);
    }
  }
  return map;
}

function isArticleContainer(element: DomElement): boolean {
  const tag = tagOf(element);
  return tag === 'article' || tag === 'main' || element.getAttribute('itemprop') === 'articleBody';
}

/** `<time>` candidates: own inside the article (or anywhere outside chrome when the page has no article element). */
function timeCandidates(document: DomDocument, inChrome: (node: DomElement) => boolean): DateCandidate[] {
  const hasArticle = document.querySelector('article, main') !== null;
  const out: DateCandidate[] = [];
  for (const time of document.querySelectorAll('time')) {
    const text = time.getAttribute('datetime')?.trim() || cleanText(time);
    if (!text) continue;
    const inArticle = closest(time, isArticleContainer) !== null;
    out.push({ text, origin: 'time', own: !inChrome(time) && (inArticle || !hasArticle) });
  }
  return out;
}

/**
 * Reads the page's metadata. `documentUrl` resolves relative canonical links; `inChrome` may be
 * the page's cached test of whether an element lies inside chrome (`verdict.ts`).
 */
export function readMetadata(document: DomDocument, documentUrl: string | null, inChrome: (node: DomElement) => boolean = insideChrome): PageMetadata {
  const meta = metaMap(document);
  const first = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key)?.[0]?.content;
      if (value) return value;
    }
    return null;
  };
  const jsonLd = readJsonLd(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const canonicalUrl = absolute(canonical, documentUrl) ?? absolute(first('og:url'), documentUrl) ?? absolute(jsonLd?.url ?? null, documentUrl);
  const siteName = first('og:site_name', 'application-name') ?? jsonLd?.publisher ?? null;
  let host: string | null = null;
  try {
    host = new URL(canonicalUrl ?? documentUrl ?? '').hostname;
  } catch {
    host = null;
  }
  const values = readabilityMeta(document);
  const stated = jsonLd?.headline ?? TITLE_KEYS.map(values).find((value) => value) ?? null;
  const statedTitle = stated ? cleanTitle(stated, [siteName, host]) || null : null;
  const documentTitle = cleanTitle(cleanText(document.querySelector('title')), [siteName, host]) || null;
  const title = statedTitle ?? documentTitle ?? (cleanText(document.querySelector('h1')) || null);
  const declaredLang =
    languageCode(document.documentElement?.getAttribute('lang')) ??
    languageCode(first('og:locale')) ??
    languageCode(first('content-language', 'language', 'dc.language')) ??
    languageCode(jsonLd?.inLanguage);
  const dateCandidates: DateCandidate[] = [];
  if (jsonLd?.datePublished) dateCandidates.push({ text: jsonLd.datePublished, origin: 'jsonld:datePublished', own: true });
  if (jsonLd?.dateCreated) dateCandidates.push({ text: jsonLd.dateCreated, origin: 'jsonld:dateCreated', own: true });
  for (const [lower, entries] of meta) {
    if (!DATE_META.has(lower)) continue;
    for (const entry of entries) dateCandidates.push({ text: entry.content, origin: `meta:${entry.key}`, own: true });
  }
  dateCandidates.push(...timeCandidates(document, inChrome));
  const fromUrl = urlDate(canonicalUrl ?? documentUrl);
  if (fromUrl) dateCandidates.push({ text: fromUrl, origin: 'url', own: true });
  // A byline printing the date before a prefixed name (`14 maart 2025 | 07:50 · Door Jan Smit`)
  // gives the name as the byline and the date as a candidate (byline-name.ts).
  const printedByline = readByline(document);
  const datedByline = printedByline ? splitDatedByline(printedByline) : null;
  if (datedByline) dateCandidates.push({ text: datedByline.dateText, origin: 'byline', own: true });
  return {
    title,
    statedTitle,
    byline: datedByline?.name ?? printedByline,
    siteName,
    canonicalUrl,
    declaredLang,
    dateCandidates,
  };
}
