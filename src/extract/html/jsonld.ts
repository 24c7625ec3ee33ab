/**
 * JSON-LD metadata: the article object of a page's `application/ld+json` scripts (through
 * `@graph` and arrays), read for headline, dates, author, publisher and language.
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

const ARTICLE_TYPES = /(?:^|[^a-z])(?:newsarticle|article|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|blogposting|liveblogposting|report)$/iu;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function objects(value: Json, out: Record<string, Json>[], depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const entry of value) objects(entry, out, depth + 1);
    return;
  }
  out.push(value);
  const graph = value['@graph'];
  if (graph !== undefined) objects(graph, out, depth + 1);
}

function types(object: Record<string, Json>): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

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

/** Reads the article object of the page's JSON-LD, or null when there is none (or it is not valid JSON). */
export function readJsonLd(document: DomDocument): JsonLdArticle | null {
  const found: Record<string, Json>[] = [];
  for (const script of document.querySelectorAll('script')) {
    if (!/ld\+json/iu.test(script.getAttribute('type') ?? '')) continue;
    try {
      objects(JSON.parse(script.textContent ?? '') as Json, found);
    } catch {
      // Invalid JSON-LD is common on real pages; the other metadata sources still apply.
    }
  }
  const article = found.find((object) => types(object).some((type) => ARTICLE_TYPES.test(type))) ?? found.find((object) => 'headline' in object);
  if (!article) return null;
  const language = article['inLanguage'];
  return {
    headline: text(article['headline']) ?? text(article['name']),
    datePublished: text(article['datePublished']),
    dateCreated: text(article['dateCreated']),
    author: names(article['author']),
    publisher: names(article['publisher']),
    inLanguage: text(language) ?? names(language),
    url: text(article['url']),
  };
}
