/**
 * Reading files through readInputs: each extension, sniffing of unknown ones, empty and
 * whitespace-only files, binary files, the size limit (checked from stat, before reading),
 * capture-time bases and content hashes.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedPath } from '../pipeline/paths.js';
import type { RawDocument } from '../pipeline/types.js';
import type { IngestEvent, ReadOptions } from './index.js';
import { collectEvents, inputDir } from './test-support.js';

const MTIME = new Date('2024-04-10T08:30:00Z');
const inputs = inputDir('dossier-ingest-read-', MTIME);
const write = inputs.write;
const collect = collectEvents;

async function one(path: string, options?: ReadOptions): Promise<IngestEvent> {
  const events = await collect([path], options);
  assert.equal(events.length, 1, JSON.stringify(events));
  return events[0]!;
}

function documentOf(event: IngestEvent): RawDocument {
  assert.equal(event.kind, 'document', JSON.stringify(event));
  return (event as Extract<IngestEvent, { kind: 'document' }>).document;
}

function failureOf(event: IngestEvent): { code: string; reason: string } {
  assert.equal(event.kind, 'failure', JSON.stringify(event));
  const messages = (event as Extract<IngestEvent, { kind: 'failure' }>).messages;
  assert.equal(messages.length, 1);
  return messages[0]!;
}

test('each extension gives its media type; .jsonl and .ndjson give one document per line', async () => {
  const cases: [string, string, string][] = [
    ['page.html', '<p>one</p>', 'text/html'],
    ['page.htm', '<p>two</p>', 'text/html'],
    ['page.xhtml', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><p>three</p></html>', 'text/html'],
    ['note.txt', 'Four plain words.', 'text/plain'],
  ];
  for (const [name, text, mediaType] of cases) {
    const document = documentOf(await one(await write(name, text)));
    assert.equal(document.mediaType, mediaType, name);
    assert.equal(document.content, text);
    assert.equal(document.source, join(inputs.path(), name));
    assert.equal(document.url, null);
    assert.deepEqual(document.hints, {});
  }
  for (const name of ['lines.jsonl', 'lines.ndjson']) {
    const events = await collect([await write(name, '{"text":"first body"}\n{"html":"<p>second</p>"}\n')]);
    assert.deepEqual(events.map((e) => documentOf(e).mediaType), ['text/plain', 'text/html'], name);
  }
});

test('an explicitly named file of unknown type is sniffed: <… is HTML, JSON lines are JSONL, else text', async () => {
  assert.equal(documentOf(await one(await write('page.php', '\n  <!doctype html><p>x</p>'))).mediaType, 'text/html');
  assert.equal(documentOf(await one(await write('capture', 'Just words, no markup.'))).mediaType, 'text/plain');
  const events = await collect([await write('dump.out', '{"id":"a","text":"alpha"}\n{broken\n{"id":"b","text":"beta"}\n')]);
  assert.deepEqual(events.map((e) => e.kind), ['document', 'failure', 'document']);
  assert.equal(documentOf(await one(await write('brace.log', '{"a":1}\nthen prose that is not JSON\n'))).mediaType, 'text/plain');
});

test('an empty file and a whitespace-only file are ingest/empty failures naming the file', async () => {
  const empty = await write('empty.html', '');
  const emptyFailure = failureOf(await one(empty));
  assert.equal(emptyFailure.code, 'ingest/empty');
  assert.equal(emptyFailure.reason, `${empty}: the file is empty (0 bytes).`);
  const blank = await write('blank.txt', Buffer.from('efbbbf0d0a20090a', 'hex'));
  const blankFailure = failureOf(await one(blank));
  assert.equal(blankFailure.code, 'ingest/empty');
  assert.match(blankFailure.reason, /blank\.txt: the file holds only whitespace \(8 bytes\)\.$/);
  assert.equal(failureOf(await one(await write('empty.jsonl', ''))).code, 'ingest/empty');
  assert.equal(failureOf(await one(await write('blank.jsonl', '\n  \n'))).code, 'ingest/empty');
});

test('binary files are refused: a PNG signature, and random bytes with NULs', async () => {
  const png = await write('picture.html', Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
  const pngFailure = failureOf(await one(png));
  assert.equal(pngFailure.code, 'ingest/binary');
  assert.equal(pngFailure.reason, `${png}: the file holds binary data (PNG image), not text.`);
  const noise = randomBytes(4096);
  noise[100] = 0; // at least one NUL, as random data almost always has
  noise[0] = 0x41; // and no accidental signature
  assert.match(failureOf(await one(await write('noise.txt', noise))).reason, /binary data \((NUL bytes|[^)]+)\)/);
  assert.equal(failureOf(await one(await write('noise.jsonl', noise))).code, 'ingest/binary');
});

test('a file over maxBytes is too-large; at the limit it is read', async () => {
  const path = await write('big.txt', 'x'.repeat(101));
  const tooLarge = failureOf(await one(path, { maxBytes: 100 }));
  assert.equal(tooLarge.code, 'ingest/too-large');
  assert.equal(tooLarge.reason, `${path}: the file is 101 bytes, over the limit of 100 bytes; it was not read.`);
  assert.equal(documentOf(await one(await write('fits.txt', 'x'.repeat(100)), { maxBytes: 100 })).content.length, 100);
});

test('a real 50 MB file is refused from its stat, without being read', async () => {
  // A sparse file of NUL bytes: were it read, it would be refused as binary, not as too large.
  const path = join(inputs.path(), 'huge.html');
  await writeFile(path, '');
  await truncate(path, 50 * 1024 * 1024);
  const started = process.hrtime.bigint();
  const failure = failureOf(await one(path));
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  assert.equal(failure.code, 'ingest/too-large');
  assert.match(failure.reason, /52,428,800 bytes, over the limit of 20,971,520 bytes; it was not read\.$/);
  assert.ok(elapsedMs < 2000, `took ${elapsedMs} ms`);
});

test('capture time: the option wins (basis option); else the file mtime with an info message', async () => {
  const path = await write('when.txt', 'Some words.');
  const optioned = documentOf(await one(path, { capturedAt: '2024-04-10T11:00:00+02:00' }));
  assert.deepEqual(optioned.capturedAt, { date: '2024-04-10T09:00:00.000Z', basis: 'option' });
  assert.deepEqual(optioned.messages, []);
  const fromMtime = documentOf(await one(path));
  assert.deepEqual(fromMtime.capturedAt, { date: MTIME.toISOString(), basis: 'mtime' });
  assert.equal(fromMtime.messages.length, 1);
  assert.equal(fromMtime.messages[0]?.code, 'ingest/captured-at-mtime');
  assert.equal(fromMtime.messages[0]?.severity, 'info');
  assert.equal(fromMtime.messages[0]?.reason, `${path}: no capture time was given, so the file's modification time (2024-04-10T08:30:00.000Z) was used.`);
});

test('the hash is sha256 of the raw bytes: same bytes, same hash, whatever the name or capture time', async () => {
  const bytes = Buffer.from('<p>Identical bytes.</p>');
  const first = documentOf(await one(await write('first.html', bytes)));
  const second = documentOf(await one(await write('second.htm', bytes), { capturedAt: '2025-01-01T00:00:00Z' }));
  assert.match(first.hash, /^[0-9a-f]{64}$/);
  assert.equal(first.hash, second.hash);
  assert.equal(first.hash, createHash('sha256').update(bytes).digest('hex'));
  const other = documentOf(await one(await write('third.html', '<p>Other bytes.</p>')));
  assert.notEqual(other.hash, first.hash);
});

test('the document event carries the raw size; decoding messages land on the document', async () => {
  const path = await write('latin.txt', Buffer.from('4361666520e9', 'hex')); // "Cafe é" in windows-1252
  const event = await one(path);
  assert.equal(event.kind === 'document' && event.size, 6);
  const document = documentOf(event);
  assert.equal(document.content, 'Cafe é');
  assert.deepEqual(document.encoding, { name: 'windows-1252', rule: 'fallback' });
  assert.deepEqual(document.messages.map((m) => m.code), ['ingest/invalid-utf8', 'ingest/captured-at-mtime']);
});

test('inputs are read in order, and a missing path does not stop the batch', async () => {
  const a = await write('order-a.txt', 'alpha');
  const b = await write('order-b.txt', 'beta');
  const missing = join(inputs.path(), 'missing.txt');
  const events = await collect([b, missing, a]);
  assert.deepEqual(events.map((e) => (e.kind === 'document' ? e.document.content : e.kind)), ['beta', 'failure', 'alpha']);
  assert.equal(failureOf(events[1]!).code, 'ingest/unreadable');
});

test('the seed captures, when present, read as five UTF-8 text documents', async (t) => {
  const seeds = sharedPath('seeds');
  if (!seeds) {
    t.skip('../shared/seeds is not present');
    return;
  }
  const events = await collect([seeds], { capturedAt: '2024-04-10T12:00:00Z' });
  const documents = events.map(documentOf);
  assert.equal(documents.length, 5);
  for (const document of documents) {
    assert.equal(document.mediaType, 'text/plain');
    assert.deepEqual(document.encoding, { name: 'utf-8', rule: 'utf8-valid' });
    assert.deepEqual(document.messages, []);
    assert.ok(document.content.length > 1000);
  }
  assert.deepEqual(documents.map((d) => d.source), [...documents.map((d) => d.source)].sort());
});
