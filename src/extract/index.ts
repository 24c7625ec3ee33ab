/**
 * Extraction: one raw document in, its reports out (an article, and each brief of a digest
 * page as its own item). Plain-text captures go through the line classifier, HTML through the
 * metadata + Readability + baseline cascade, JSONL `text` records are taken as given.
 * Never throws: problems become messages on the document.
 */
import { message } from '../pipeline/codes.js';
import type { Item, RawDocument } from '../pipeline/types.js';
import { hintCandidates, itemsFromSegments } from './build.js';
import { extractGiven } from './given.js';
import { extractHtml } from './html/index.js';
import { segmentKeepingLines } from './text/index.js';
import { splitLines } from './text/lines.js';
import { attachDropped, droppedLines } from './dropped.js';

export type { Segment } from './text/index.js';
export { segmentText } from './text/index.js';
export { DROPPED_MAX, DROPPED_TEXT_MAX } from './dropped.js';

function extractAny(document: RawDocument): Item[] {
  if (document.hints.bodyAsGiven) return extractGiven(document);
  if (document.mediaType === 'text/html') return extractHtml(document, document.content);
  const kept = segmentKeepingLines(splitLines(document.content));
  const items = itemsFromSegments(document, kept.segments, {
    title: document.hints.title ?? null,
    dateCandidates: hintCandidates(document),
  });
  // The capture's left-out lines, listed from the classified lines only when `dropped` is read.
  const first = items[0];
  if (first) attachDropped(first, () => droppedLines(kept.lines));
  return items;
}

/**
 * The items of `document`, numbered 0.. in page order. When nothing usable is found, returns
 * [] and adds an `extract/no-content` message to `document.messages`.
 */
export function extractDocument(document: RawDocument): Item[] {
  let items: Item[] = [];
  let failure = '';
  try {
    items = extractAny(document);
  } catch (error) {
    failure = ` (extraction failed: ${error instanceof Error ? error.message : String(error)})`;
  }
  if (items.length === 0) {
    document.messages.push(
      message('extract/no-content', `${document.source}: no article or brief text was found${failure || ' (only navigation, interface text or nothing)'}.`, {
        source: document.source,
      }),
    );
  }
  return items;
}
