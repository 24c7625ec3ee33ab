/**
 * A WARC file (plain or gzip-compressed, one member per record or one for the whole file) →
 * one raw document per archived HTML page, text file or feed entry. The capture time is the
 * record's `WARC-Date` and the URL its `WARC-Target-URI`; each document is keyed by its payload,
 * so a page archived twice with the same bytes, or also ingested as a file, is stored once.
 * Requests, metadata, revisits, redirects, errors and non-text responses are passed over.
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { message } from '../../pipeline/codes.js';
import type { Message, RawDocument } from '../../pipeline/types.js';
import { binaryKind } from '../binary.js';
import { captureTime, type CaptureFallback } from '../capture.js';
import { decodeBytes } from '../charset.js';
import { bytesText, failure, type IngestEvent } from '../events.js';
import { feedEvents } from '../feed/documents.js';
import { sha256Hex } from '../hash.js';
import { parseIsoInstant } from '../iso.js';
import type { ResolvedOptions } from '../options.js';
import { charsetOf, mediaTypeOf, parseHttpResponse } from './http.js';
import { readWarcRecords } from './records.js';
import { payloadKind, type PayloadKind } from './media-types.js';

/** A WARC stream and what is known about it. */
export interface WarcInput {
  source: string;
  chunks: AsyncIterable<Buffer>;
  /** True when the bytes are gzip-compressed (`.warc.gz`, or sniffed). */
  gzip: boolean;
  fallback: CaptureFallback;
}

/** What one record holds for Dossier: a payload to read, or nothing. */
interface Payload {
  bytes: Buffer;
  kind: PayloadKind;
  charset: string | null;
  notes: string[];
}

/** The readable payload of a record with its block, or null when the record is not a page Dossier reads. */
function payloadOf(fields: Map<string, string>, block: Buffer, maxBytes: number): Payload | null {
  const type = (fields.get('warc-type') ?? '').toLowerCase();
  if (type === 'resource') {
    const contentType = fields.get('content-type');
    const kind = payloadKind(mediaTypeOf(contentType));
    return kind ? { bytes: block, kind, charset: charsetOf(contentType), notes: [] } : null;
  }
  if (type !== 'response' || !mediaTypeOf(fields.get('content-type')).startsWith('application/http')) return null;
  const response = parseHttpResponse(block, maxBytes);
  if (!response || response.status < 200 || response.status > 299) return null;
  const contentType = response.headers.get('content-type');
  const kind = payloadKind(mediaTypeOf(contentType));
  return kind ? { bytes: response.payload, kind, charset: charsetOf(contentType), notes: response.notes } : null;
}

/** The chunks of the WARC, decompressed when gzipped. */
function decompressed(input: WarcInput): AsyncIterable<Buffer> {
  // Every gzip member in turn (crawlers compress record by record). A file cut off inside a
  // member keeps the records before the cut; junk after a member loses what was decompressed
  // from the same read chunk (Node's zlib drops that output with the error).
  return input.gzip ? Readable.from(input.chunks).pipe(createGunzip()) : input.chunks;
}

/**
 * Reads a WARC and yields its documents and failures in record order.
 * @param input the stream
 * @param options the resolved read options (the size limit applies to each record)
 */
export async function* readWarc(input: WarcInput, options: ResolvedOptions): AsyncGenerator<IngestEvent> {
  const { source } = input;
  let records = 0;
  let yielded = 0;
  try {
    for await (const entry of readWarcRecords(decompressed(input), options.maxBytes)) {
      records++;
      const where = `${source}#${entry.number}`;
      if (entry.kind === 'problem') {
        yielded++;
        yield failure(where, 'ingest/warc-syntax', `${source}, record ${entry.number}: ${entry.reason}; reading went on at the next record.`, { source });
        continue;
      }
      if (entry.block === null) {
        const type = entry.fields.get('warc-type');
        if (type === 'response' || type === 'resource') {
          yielded++;
          yield failure(where, 'ingest/too-large', `${source}, record ${entry.number}: its block is ${bytesText(entry.size)}, over the limit of ${bytesText(options.maxBytes)}; it was not read.`, { source });
        }
        continue;
      }
      const payload = payloadOf(entry.fields, entry.block, options.maxBytes);
      if (payload === null || payload.bytes.length === 0 || binaryKind(payload.bytes) !== null) continue;
      const decoded = decodeBytes(payload.bytes, where, payload.kind !== 'text', payload.charset);
      if (decoded.content.trim() === '') continue;
      const notes: Message[] = payload.notes.map((note) => message('ingest/http-encoding', `${where}: ${note}.`, { source }));
      const stated = parseIsoInstant(entry.fields.get('warc-date') ?? '');
      const url = (entry.fields.get('warc-target-uri') ?? '').replace(/^<|>$/g, '') || null;
      if (payload.kind === 'feed') {
        const feed = { source: url ?? where, content: decoded.content, encoding: decoded.encoding, statedCapture: stated, fallback: input.fallback, messages: [...decoded.messages, ...notes] };
        for (const event of feedEvents(feed, options.capturedAt, 'skip')) {
          if (event.kind === 'skipped') continue; // an archived XML file that is no feed, or a feed of teasers
          yielded++;
          yield event;
        }
        continue;
      }
      const capture = captureTime(options.capturedAt, stated, input.fallback, where, { source });
      const document: RawDocument = {
        source: url ?? where,
        hash: sha256Hex(payload.bytes),
        mediaType: payload.kind === 'html' ? 'text/html' : 'text/plain',
        content: decoded.content,
        encoding: decoded.encoding,
        capturedAt: capture.capturedAt,
        url,
        hints: {},
        messages: [...decoded.messages, ...notes, ...capture.messages],
      };
      yielded++;
      yield { kind: 'document', document, size: payload.bytes.length };
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    yield failure(source, 'ingest/warc-syntax', `${source}: reading stopped after ${records} records, the compressed stream is damaged (${detail}).`);
    return;
  }
  if (yielded === 0) {
    yield { kind: 'skipped', source, reason: `${source}: skipped, none of its ${records} WARC records is an HTML page, text file or feed with content.` };
  }
}
