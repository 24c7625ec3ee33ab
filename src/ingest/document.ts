/**
 * Whole inputs (a file or stdin read into memory, within the size limit) → one raw document,
 * or a failure: empty, too large, binary. Inputs of unknown type are sniffed here; JSONL, WARC
 * and feeds found that way are handed to their readers (one document per line, record or entry).
 */
import type { RawDocument } from '../pipeline/types.js';
import { binaryKind } from './binary.js';
import { captureTime, type CaptureFallback } from './capture.js';
import { decodeBytes } from './charset.js';
import { bytesText, failure, type IngestEvent } from './events.js';
import type { InputFormat } from './formats.js';
import { sha256Hex } from './hash.js';
import { readJsonl } from './jsonl.js';
import type { ResolvedOptions } from './options.js';
import { feedEvents } from './feed/documents.js';
import { sniffFormat } from './sniff.js';
import { fromBuffer } from './stream.js';
import { readWarc } from './warc/documents.js';
import { sniffWarc } from './warc/sniff.js';

/** An input read whole. */
export interface WholeInput {
  source: string;
  bytes: Buffer;
  format: InputFormat;
  fallback: CaptureFallback;
  /** How messages call the input: `file` or `input` (stdin). */
  noun: 'file' | 'input';
}

/**
 * The events of one input read whole: a document, a failure, or (for sniffed JSONL) one event per line.
 * @param input the bytes and what is known about them
 * @param options the resolved read options
 */
export async function* wholeInputEvents(input: WholeInput, options: ResolvedOptions): AsyncGenerator<IngestEvent> {
  const { source, bytes, noun } = input;
  if (bytes.length === 0) {
    yield failure(source, 'ingest/empty', `${source}: the ${noun} is empty (0 bytes).`);
    return;
  }
  if (bytes.length > options.maxBytes) {
    yield failure(source, 'ingest/too-large', `${source}: the ${noun} is ${bytesText(bytes.length)}, over the limit of ${bytesText(options.maxBytes)}.`);
    return;
  }
  const warc = input.format === 'warc' ? { gzip: sniffWarc(bytes)?.gzip ?? false } : input.format === 'sniff' ? sniffWarc(bytes) : null;
  if (warc !== null) {
    yield* readWarc({ source, chunks: fromBuffer(bytes), gzip: warc.gzip, fallback: input.fallback }, options);
    return;
  }
  const binary = binaryKind(bytes);
  if (binary !== null) {
    yield failure(source, 'ingest/binary', `${source}: the ${noun} holds binary data (${binary}), not text.`);
    return;
  }
  const format = input.format === 'sniff' ? sniffFormat(bytes) : input.format;
  if (format === 'jsonl') {
    yield* readJsonl({ path: source, chunks: fromBuffer(bytes), fallback: input.fallback, noun }, options);
    return;
  }
  const markup = format === 'html' || format === 'feed' || format === 'xml';
  const decoded = decodeBytes(bytes, source, markup);
  if (decoded.content.trim() === '') {
    yield failure(source, 'ingest/empty', `${source}: the ${noun} holds only whitespace (${bytesText(bytes.length)}).`);
    return;
  }
  if (format === 'feed' || format === 'xml') {
    const feed = { source, content: decoded.content, encoding: decoded.encoding, statedCapture: null, fallback: input.fallback, messages: decoded.messages };
    yield* feedEvents(feed, options.capturedAt, format === 'xml' ? 'skip' : 'failure');
    return;
  }
  const capture = captureTime(options.capturedAt, null, input.fallback, source, { source });
  const document: RawDocument = {
    source,
    hash: sha256Hex(bytes),
    mediaType: format === 'html' ? 'text/html' : 'text/plain',
    content: decoded.content,
    encoding: decoded.encoding,
    capturedAt: capture.capturedAt,
    url: null,
    hints: {},
    messages: [...decoded.messages, ...capture.messages],
  };
  yield { kind: 'document', document, size: bytes.length };
}
