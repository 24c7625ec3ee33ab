/**
 * A page's `<meta>` values keyed the way Readability keys them, so that the title and byline
 * it states are read in Readability's order of preference (`dc:creator` before `author`,
 * `dc:title` before `og:title`), including `property` lists such as `dc:creator twitter:site_name`.
 */
import type { DomDocument } from './dom.js';

/** Meta values by Readability's keys (`dc:creator`, `author`, …). */
export type MetaLookup = (key: string) => string | null;

/** A `property` value naming a field, as one word of a space-separated list (`dc:creator twitter:site_name`). */
const META_PROPERTY = /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/iu;
/** A `name` value naming a field (`author`, `DC.creator`, `parsely-author`). */
const META_NAME = /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/iu;

/**
 * The page's meta values keyed as Readability keys them: the first field a `property` names
 * (lower case), else the `name` (lower case, dots read as colons). A later tag overrides an
 * earlier one with the same key, as in Readability.
 */
export function readabilityMeta(document: DomDocument): MetaLookup {
  const values = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const property = meta.getAttribute('property');
    const match = property ? META_PROPERTY.exec(property) : null;
    if (match) {
      values.set(match[0].toLowerCase().replace(/\s/gu, ''), content);
      continue;
    }
    const name = meta.getAttribute('name');
    if (name && META_NAME.test(name)) values.set(name.toLowerCase().replace(/\s/gu, '').replace(/\./gu, ':'), content);
  }
  return (key) => values.get(key) ?? null;
}

