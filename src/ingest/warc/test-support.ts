/**
 * Building WARC bytes for tests: records with the fields crawlers write (heritrix, wget,
 * warcio) around blocks we write ourselves.
 */
import { gzipSync } from 'node:zlib';

/** One record to build: its type, target, date, content type and block. */
export interface RecordSpec {
  type: 'warcinfo' | 'request' | 'response' | 'resource' | 'metadata' | 'revisit';
  uri?: string;
  date?: string;
  contentType?: string;
  block: string | Buffer;
  /** Extra header lines, written as given. */
  extra?: string[];
}

/** The bytes of one WARC/1.0 record. */
export function warcRecord(spec: RecordSpec): Buffer {
  const block = typeof spec.block === 'string' ? Buffer.from(spec.block, 'utf8') : spec.block;
  const lines = ['WARC/1.0', `WARC-Type: ${spec.type}`, `WARC-Record-ID: <urn:uuid:${block.length}-${spec.type}>`];
  if (spec.uri) lines.push(`WARC-Target-URI: ${spec.uri}`);
  lines.push(`WARC-Date: ${spec.date ?? '2024-04-11T07:00:00Z'}`);
  if (spec.contentType) lines.push(`Content-Type: ${spec.contentType}`);
  lines.push(...(spec.extra ?? []), `Content-Length: ${block.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), block, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response block: status line, headers, blank line, body. */
export function httpResponse(status: number, headers: Record<string, string>, body: string | Buffer): Buffer {
  const head = [`HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Other'}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'utf8') : body]);
}

/** A response record of an HTML page (UTF-8). */
export function htmlResponse(uri: string, html: string, date?: string): Buffer {
  return warcRecord({ type: 'response', uri, ...(date ? { date } : {}), contentType: 'application/http; msgtype=response', block: httpResponse(200, { 'Content-Type': 'text/html; charset=utf-8' }, html) });
}

/** A whole WARC, gzip-compressed record by record as crawlers write `.warc.gz`. */
export function gzipPerRecord(records: Buffer[]): Buffer {
  return Buffer.concat(records.map((record) => gzipSync(record)));
}
