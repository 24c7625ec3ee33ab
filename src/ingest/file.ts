/**
 * Reading one discovered file: size checked from its stat before any byte is read; JSONL
 * streamed line by line; everything else read whole.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { unreadableFailure, type FoundFile } from './discover.js';
import { wholeInputEvents } from './document.js';
import { bytesText, failure, type IngestEvent } from './events.js';
import { readJsonl } from './jsonl.js';
import type { ResolvedOptions } from './options.js';

/**
 * The events of one file.
 * @param file the file as discovery found it (with its stat size and mtime)
 * @param options the resolved read options
 */
export async function* fileEvents(file: FoundFile, options: ResolvedOptions): AsyncGenerator<IngestEvent> {
  const { source } = file;
  const fallback = { basis: 'mtime', date: file.mtime } as const;
  if (file.size === 0) {
    yield failure(source, 'ingest/empty', `${source}: the file is empty (0 bytes).`);
    return;
  }
  if (file.format === 'jsonl') {
    // Streamed: the size limit applies to each line, not to the file.
    yield* readJsonl({ path: source, chunks: createReadStream(source), fallback }, options);
    return;
  }
  if (file.size > options.maxBytes) {
    yield failure(source, 'ingest/too-large', `${source}: the file is ${bytesText(file.size)}, over the limit of ${bytesText(options.maxBytes)}; it was not read.`);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (error) {
    yield unreadableFailure(source, error);
    return;
  }
  yield* wholeInputEvents({ source, bytes, format: file.format, fallback, noun: 'file' }, options);
}
