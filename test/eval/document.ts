/**
 * Turning an evaluation page into the {@link RawDocument} Dossier's extractor reads, the way
 * ingest would: bytes decoded by ingest's own charset rules (BOM, `<meta charset>`, valid UTF-8,
 * windows-1252 fallback), media type `text/html`, a capture time given as an option.
 *
 * The page URL is NOT passed (`url: null`): the reference tools in trafilatura's and htmldate's
 * benchmarks receive only the HTML, so Dossier gets no more than they do.
 */
import { createHash } from 'node:crypto';
import { extractDocument } from '../../src/extract/index.js';
import { decodeBytes } from '../../src/ingest/charset.js';
import type { Item, RawDocument } from '../../src/pipeline/types.js';

/**
 * A raw HTML document made of `bytes`.
 * @param source a name for messages (the set and file name)
 * @param bytes the page as stored
 * @param capturedAt ISO instant used as the capture time (basis `option`)
 */
export function htmlDocument(source: string, bytes: Uint8Array, capturedAt: string): RawDocument {
  const decoded = decodeBytes(bytes, source, true);
  return {
    source,
    hash: createHash('sha256').update(bytes).digest('hex'),
    mediaType: 'text/html',
    content: decoded.content,
    encoding: decoded.encoding,
    capturedAt: { date: capturedAt, basis: 'option' },
    url: null,
    hints: {},
    messages: [...decoded.messages],
  };
}

/** What Dossier extracted from one page, or the exception it threw (which it should never do). */
export interface OurExtraction {
  items: Item[];
  error: string | null;
}

/** Runs {@link extractDocument} on `document`, catching a throw so one page cannot end the run. */
export function runOurs(document: RawDocument): OurExtraction {
  try {
    return { items: extractDocument(document), error: null };
  } catch (error) {
    return { items: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** All items' titles and texts joined by blank lines: the text scored against the snippets (null when no item). */
export function extractedText(items: readonly Item[]): string | null {
  if (items.length === 0) return null;
  return items.map((item) => (item.title ? `${item.title}\n\n${item.text}` : item.text)).join('\n\n');
}
