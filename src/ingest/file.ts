/**
 * Reading one discovered file: size checked from its stat before any byte is read; JSONL
 * streamed line by line, WARC record by record; everything else read whole.
 */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { unreadableFailure, type FoundFile } from './discover.js';
import { wholeInputEvents } from './document.js';
import { bytesText, failure, type IngestEvent } from './events.js';
import { readJsonl } from './jsonl.js';
import type { ResolvedOptions } from './options.js';
import { readWarc } from './warc/documents.js';
import { sniffWarc, WARC_SNIFF_BYTES } from './warc/sniff.js';

/** The first bytes of a file (an empty buffer when it cannot be read; reading it whole reports why). */
async function head(path: string): Promise<Buffer> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(WARC_SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, WARC_SNIFF_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return Buffer.alloc(0);
  }
}

/**
 * Whether the file is a WARC to stream, and compressed: by name (`.warc`, `.warc.gz`, then
 * gzip told by its magic bytes) or, for files of unknown type, by their first bytes.
 */
async function warcOf(file: FoundFile): Promise<{ gzip: boolean } | null> {
  if (file.format !== 'warc' && file.format !== 'sniff') return null;
  const sniffed = sniffWarc(await head(file.source));
  if (file.format === 'sniff') return sniffed;
  return { gzip: sniffed?.gzip ?? /\.gz(ip)?$/i.test(file.source) };
}

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
  const warc = await warcOf(file);
  if (warc !== null) {
    // Streamed: the size limit applies to each archived record, not to the file.
    yield* readWarc({ source, chunks: createReadStream(source), gzip: warc.gzip, fallback }, options);
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
