/**
 * HTTP responses inside WARC records: status and headers, chunked transfer encoding, gzip and
 * brotli content encodings (bounded), and broken encodings reported, not thrown.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { charsetOf, dechunk, mediaTypeOf, parseHttpResponse } from './http.js';
import { httpResponse } from './test-support.js';

test('status, lower-case headers and payload; repeated headers joined', () => {
  const block = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nVary: a\r\nvary: b\r\n\r\n<p>hi</p>');
  const response = parseHttpResponse(block, 1000)!;
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('vary'), 'a, b');
  assert.equal(response.payload.toString(), '<p>hi</p>');
});

test('a block without an HTTP status line is not a response', () => {
  assert.equal(parseHttpResponse(Buffer.from('<html>no head</html>'), 1000), null);
});

test('chunked transfer encoding is undone; broken chunking keeps the stored bytes with a note', () => {
  assert.equal(dechunk(Buffer.from('4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n'))?.toString(), 'Wikipedia');
  assert.equal(dechunk(Buffer.from('zz\r\nabc')), null);
  const broken = parseHttpResponse(httpResponse(200, { 'Transfer-Encoding': 'chunked' }, 'ff\r\nshort'), 1000)!;
  assert.equal(broken.payload.toString(), 'ff\r\nshort');
  assert.match(broken.notes[0]!, /chunked/);
});

test('gzip and brotli content encodings are decompressed', () => {
  const text = 'Die Werft repariert Schiffe der Marine.';
  assert.equal(parseHttpResponse(httpResponse(200, { 'Content-Encoding': 'gzip' }, gzipSync(text)), 10_000)!.payload.toString(), text);
  assert.equal(parseHttpResponse(httpResponse(200, { 'Content-Encoding': 'br' }, brotliCompressSync(text)), 10_000)!.payload.toString(), text);
});

test('a payload that would inflate past the limit is refused with a note, not inflated', () => {
  const bomb = gzipSync(Buffer.alloc(200_000, 0x61));
  const response = parseHttpResponse(httpResponse(200, { 'Content-Encoding': 'gzip' }, bomb), 10_000)!;
  assert.equal(response.payload.length, bomb.length);
  assert.match(response.notes[0]!, /gzip/);
});

test('media type and charset of a Content-Type value', () => {
  assert.equal(mediaTypeOf('Text/HTML; charset=ISO-8859-1'), 'text/html');
  assert.equal(charsetOf('text/html; charset="ISO-8859-1"'), 'ISO-8859-1');
  assert.equal(charsetOf('text/html'), null);
  assert.equal(mediaTypeOf(undefined), '');
});
