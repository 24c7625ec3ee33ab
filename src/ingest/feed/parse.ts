/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → entries: title, link, stated publication time,
 * language and body (HTML or plain text). Parsed as XML with linkedom (already the project's
 * DOM); feeds are lenient XML in practice, so HTML entities left in text are decoded too.
 */
import { DOMParser } from 'linkedom';
import { rfc822ToIso } from './rfc822.js';

/** One entry of a feed. */
export interface FeedEntry {
  /** 1-based position in the feed. */
  number: number;
  title: string | null;
  url: string | null;
  /** The stated publication time (ISO 8601 when it could be normalised, else as written). */
  published: string | null;
  lang: string | null;
  /** The body; `html` true when it holds markup to extract, false for plain text. */
  body: { content: string; html: boolean } | null;
}

/** A parsed feed: its kind and entries, or null when the XML is not a feed. */
export interface Feed {
  kind: 'rss' | 'rdf' | 'atom';
  entries: FeedEntry[];
}

// Structural DOM types: linkedom's own types are not exported for XML documents.
interface XmlElement {
  localName: string;
  tagName: string;
  textContent: string | null;
  innerHTML: string;
  children: ArrayLike<XmlElement>;
  firstElementChild: XmlElement | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

/** The direct children of `parent` named one of `names` (qualified names as written, e.g. `content:encoded`). */
function childrenNamed(parent: XmlElement, names: readonly string[]): XmlElement[] {
  return Array.from(parent.children).filter((child) => names.includes(child.tagName.toLowerCase()));
}

/** The trimmed text of the first direct child named one of `names`, or null when absent or blank. */
function childText(parent: XmlElement, names: readonly string[]): string | null {
  for (const child of childrenNamed(parent, names)) {
    const text = child.textContent?.trim();
    if (text) return text;
  }
  return null;
}

/** Decodes HTML entities and drops tags in a feed's text field (titles are often escaped HTML). */
function plainText(text: string | null): string | null {
  if (text === null) return null;
  if (!/[<&]/.test(text)) return text;
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${text}</body></html>`, 'text/html') as unknown as { body: XmlElement };
  return parsed.body.textContent?.replace(/\s+/g, ' ').trim() || null;
}

/** An Atom text construct (`type` text, html or xhtml) as a body. */
function atomBody(element: XmlElement): FeedEntry['body'] {
  if (element.getAttribute('src')) return null; // out-of-line content: nothing here to read
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const html = (element.firstElementChild?.innerHTML ?? element.innerHTML).trim();
    return html ? { content: html, html: true } : null;
  }
  const text = element.textContent?.trim() ?? '';
  if (!text) return null;
  return { content: text, html: type === 'html' || type === 'text/html' || /<[a-z][^>]*>/i.test(text) };
}

/** An RSS body field (escaped HTML or plain text) as a body. */
function rssBody(text: string | null): FeedEntry['body'] {
  if (!text) return null;
  return { content: text, html: /<[a-z!/][^>]*>/i.test(text) };
}

function atomLink(entry: XmlElement): string | null {
  const links = childrenNamed(entry, ['link']);
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href')?.trim() || null;
}

function rssLink(item: XmlElement): string | null {
  const link = childText(item, ['link']);
  if (link) return link;
  const guid = childrenNamed(item, ['guid'])[0];
  return guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//.test(guid.textContent?.trim() ?? '') ? guid.textContent!.trim() : null;
}

/** The entry's stated time: RFC 822 dates normalised, ISO dates as written. */
function published(entry: XmlElement, names: readonly string[]): string | null {
  const text = childText(entry, names);
  if (text === null) return null;
  return rfc822ToIso(text) ?? text;
}

function entryOf(kind: Feed['kind'], element: XmlElement, number: number, feedLang: string | null): FeedEntry {
  const lang = element.getAttribute('xml:lang') ?? feedLang;
  if (kind === 'atom') {
    const content = childrenNamed(element, ['content'])[0];
    const summary = childrenNamed(element, ['summary'])[0];
    const title = childrenNamed(element, ['title'])[0];
    const titleBody = title ? atomBody(title) : null;
    return {
      number,
      title: titleBody ? (titleBody.html ? plainText(titleBody.content) : titleBody.content) : null,
      url: atomLink(element),
      // Atom requires `updated` but not `published`; an entry's first `updated` is its publication when no `published` is given.
      published: published(element, ['published', 'issued']) ?? published(element, ['updated', 'modified']),
      lang,
      body: (content && atomBody(content)) || (summary && atomBody(summary)) || null,
    };
  }
  return {
    number,
    title: plainText(childText(element, ['title'])),
    url: rssLink(element),
    published: published(element, ['pubdate', 'dc:date']),
    lang: childText(element, ['dc:language']) ?? lang,
    body: rssBody(childText(element, ['content:encoded'])) ?? rssBody(childText(element, ['description', 'dc:description'])),
  };
}

/**
 * Parses a feed; null when the text is not RSS or Atom (e.g. a sitemap or any other XML).
 * @param xml the decoded file
 */
export function parseFeed(xml: string): Feed | null {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlElement | null };
  const root = document.documentElement;
  if (!root) return null;
  const rootName = root.tagName.toLowerCase();
  const kind = rootName === 'rss' ? 'rss' : rootName === 'rdf:rdf' ? 'rdf' : rootName === 'feed' ? 'atom' : null;
  if (kind === null) return null;
  const channel = kind === 'atom' ? root : childrenNamed(root, ['channel'])[0] ?? root;
  const feedLang = root.getAttribute('xml:lang') ?? childText(channel, ['language', 'dc:language']);
  const elements = Array.from(root.getElementsByTagName(kind === 'atom' ? 'entry' : 'item'));
  return { kind, entries: elements.map((element, index) => entryOf(kind, element, index + 1, feedLang)) };
}
