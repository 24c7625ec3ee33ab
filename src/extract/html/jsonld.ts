/**
 * JSON-LD metadata: the article object of a page's JSON-LD scripts, read for headline, dates,
 * author, publisher and language. The article is looked for wherever sites put it: top-level
 * objects and arrays, `@graph`, and nested under `mainEntity` (a `WebPage` whose main entity is
 * the `NewsArticle`); `@type` may be a string or an array. When the article states no date, the
 * page node (`WebPage`, `ItemPage`) that carries it lends its `datePublished`/`dateCreated`.
 * Scripts typed `application/ld+json`, and untyped scripts holding a JSON object with `@context`
 * (some CMSs omit the type), are read.
 */
import type { DomDocument } from './dom.js';

/** What a page's JSON-LD says about its article. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  dateCreated: string | null;
  author: string | null;
  publisher: string | null;
  inLanguage: string | null;
  url: string | null;
}

const ARTICLE_TYPES = /(?:^|[^a-z])(?:newsarticle|article|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|blogposting|liveblogposting|report|socialmediaposting|discussionforumposting)$/iu;

/** Types of the page itself, whose dates stand for its article when the article states none. */
const PAGE_TYPES = /(?:^|[^a-z])(?:webpage|itempage|collectionpage)$/iu;

/** Keys under which an object nests the page's own content (other nested objects are other things: authors, related items). */
const NESTING_KEYS = ['@graph', 'mainEntity'] as const;

/** Nesting depth read (real pages nest `@graph` → `WebPage` → `mainEntity` in under 5 levels). */
const MAX_DEPTH = 8;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object of a JSON-LD value, in document order: arrays, `@graph` and `mainEntity` walked. */
function objects(value: Json | undefined, out: Record<string, Json>[], depth = 0): void {
  if (depth > MAX_DEPTH || value === undefined || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const entry of value) objects(entry, out, depth + 1);
    return;
  }
  out.push(value);
  for (const key of NESTING_KEYS) objects(value[key], out, depth + 1);
}

function types(object: Record<string, Json>): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

const isOfType = (object: Record<string, Json>, pattern: RegExp): boolean => types(object).some((type) => pattern.test(type.trim()));

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** Names from a string, a `{name}` object or an array of those, joined by commas. */
function names(value: Json | undefined): string | null {
  if (value === undefined || value === null) return null;
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .map((entry) => (typeof entry === 'string' ? entry : entry && typeof entry === 'object' && !Array.isArray(entry) ? text(entry['name']) : null))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '' && !/^https?:/u.test(name));
  return found.length > 0 ? found.map((name) => name.trim()).join(', ') : null;
}

/** True for a script that holds JSON-LD: typed `ld+json`, or untyped with a JSON object naming `@context`. */
function isJsonLdScript(type: string | null, body: string): boolean {
  if (type !== null && type.trim() !== '') return /ld\+json/iu.test(type);
  return /^\s*[[{]/u.test(body) && body.includes('"@context"');
}

/** Every JSON-LD object of the page (see {@link isJsonLdScript}); scripts that are not valid JSON are skipped. */
function jsonLdObjects(document: DomDocument): Record<string, Json>[] {
  const found: Record<string, Json>[] = [];
  for (const script of document.querySelectorAll('script')) {
    const body = script.textContent ?? '';
    if (!isJsonLdScript(script.getAttribute('type'), body)) continue;
    try {
      objects(JSON.parse(body) as Json, found);
    } catch {
      // Invalid JSON-LD is common on real pages; the other metadata sources still apply.
    }
  }
  return found;
}

/** Reads the article object of the page's JSON-LD, or null when there is none (or it is not valid JSON). */
export function readJsonLd(document: DomDocument): JsonLdArticle | null {
  const found = jsonLdObjects(document);
  const article = found.find((object) => isOfType(object, ARTICLE_TYPES)) ?? found.find((object) => 'headline' in object);
  if (!article) return null;
  const page = found.find((object) => isOfType(object, PAGE_TYPES) && (text(object['datePublished']) !== null || text(object['dateCreated']) !== null));
  const ownDate = text(article['datePublished']) !== null || text(article['dateCreated']) !== null;
  const dated = ownDate || !page ? article : page;
  const language = article['inLanguage'];
  return {
    headline: text(article['headline']) ?? text(article['name']),
    datePublished: text(dated['datePublished']),
    dateCreated: text(dated['dateCreated']),
    author: names(article['author']),
    publisher: names(article['publisher']),
    inLanguage: text(language) ?? names(language),
    url: text(article['url']),
  };
}
