/**
 * The HTTP response inside a WARC `response` record: status line, header fields, payload.
 * Crawlers store the payload as it came over the wire, so a chunked transfer encoding is
 * undone here and a gzip, deflate or brotli content encoding decompressed (bounded by the
 * size limit, so a decompression bomb stops at the limit).
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync, constants } from 'node:zlib';

/** A parsed HTTP response. */
export interface HttpResponse {
  status: number;
  /** Header fields with lower-case names (repeated names joined with ", "). */
  headers: Map<string, string>;
  payload: Buffer;
  /** Problems met while undoing transfer or content encodings (the payload is then the raw bytes). */
  notes: string[];
}

const HEAD_END = Buffer.from('\r\n\r\n');
const BARE_HEAD_END = Buffer.from('\n\n');

/** Undoes `Transfer-Encoding: chunked`; null when the chunk framing is broken. */
export function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) return null;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isSafeInteger(size) || size < 0) return null;
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (start + size > body.length) return null;
    parts.push(body.subarray(start, start + size));
    at = start + size + 2;
  }
}

/** Decompresses a payload by its `Content-Encoding`; throws on corrupt data or output over the limit. */
function decode(payload: Buffer, encoding: string, maxBytes: number): Buffer {
  const options = { maxOutputLength: maxBytes };
  if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(payload, { ...options, finishFlush: constants.Z_SYNC_FLUSH });
  if (encoding === 'br') return brotliDecompressSync(payload, options);
  if (encoding === 'deflate') {
    // "deflate" is zlib-wrapped by the standard, raw deflate on some servers.
    try {
      return inflateSync(payload, options);
    } catch {
      return inflateRawSync(payload, options);
    }
  }
  throw new Error(`the content encoding "${encoding}" is not one Dossier decodes (gzip, deflate, br)`);
}

/**
 * Parses an HTTP response block; null when the block does not start with an HTTP status line.
 * @param block the record block
 * @param maxBytes the largest payload to produce when decompressing
 */
export function parseHttpResponse(block: Buffer, maxBytes: number): HttpResponse | null {
  let end = block.indexOf(HEAD_END);
  let gap = HEAD_END.length;
  if (end < 0) {
    end = block.indexOf(BARE_HEAD_END);
    gap = BARE_HEAD_END.length;
  }
  const headText = block.subarray(0, end < 0 ? block.length : end).toString('latin1');
  const lines = headText.split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  let payload = end < 0 ? Buffer.alloc(0) : block.subarray(end + gap);
  const notes: string[] = [];
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) {
    const joined = dechunk(payload);
    if (joined) payload = joined;
    else notes.push('the chunked transfer encoding is broken, so the payload was read as stored');
  }
  const encodings = (headers.get('content-encoding') ?? '').toLowerCase().split(',').map((e) => e.trim()).filter((e) => e !== '' && e !== 'identity');
  for (const encoding of encodings.reverse()) {
    try {
      payload = decode(payload, encoding, maxBytes);
    } catch (error) {
      notes.push(`decoding its ${encoding} content encoding failed (${error instanceof Error ? error.message : String(error)}), so the payload was read as stored`);
      break;
    }
  }
  return { status: Number(status[1]), headers, payload, notes };
}

/** The media type of a Content-Type value, lower case without parameters (`text/html`). */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The `charset` parameter of a Content-Type value, or null. */
export function charsetOf(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1]! : null;
}
