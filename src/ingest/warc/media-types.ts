/**
 * Which archived payloads Dossier reads, by media type: HTML pages, plain text, and feeds.
 * Everything else a crawl holds (images, scripts, style sheets, PDFs, JSON APIs) is passed over.
 */

/** How a payload is read: as an HTML page, a text capture, or a feed of entries. */
export type PayloadKind = 'html' | 'text' | 'feed';

/** Media types read, and how. `application/xml` and `text/xml` are read as feeds when their root is one. */
export const PAYLOAD_MEDIA_TYPES: Readonly<Record<string, PayloadKind>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
};

/**
 * How to read a payload of this media type, or null when Dossier does not read it.
 * @param mediaType lower case, without parameters (`text/html`)
 */
export function payloadKind(mediaType: string): PayloadKind | null {
  return PAYLOAD_MEDIA_TYPES[mediaType] ?? null;
}
