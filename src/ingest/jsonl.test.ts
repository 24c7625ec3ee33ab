/**
 * JSONL: one document per line, streamed; a broken line in the middle does not stop the
 * lines after it; shapes are checked field by field; sources are id, url or PATH:LINE;
 * capture times come from the option, the line, or the file's mtime.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Message, RawDocument } from '../pipeline/types.js';
import { readInputs, type IngestEvent, type ReadOptions } from './index.js';

let dir = '';
const MTIME = new Date('2024-04-09T20:00:00Z');

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-ingest-jsonl-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function events(name: string, lines: string | Buffer, options?: ReadOptions): Promise<{ path: string; events: IngestEvent[] }> {
  const path = join(dir, name);
  await writeFile(path, lines);
  await utimes(path, MTIME, MTIME);
  const out: IngestEvent[] = [];
  for await (const event of readInputs([path], options)) out.push(event);
  return { path, events: out };
}

const doc = (e: IngestEvent | undefined): RawDocument => {
  assert.equal(e?.kind, 'document', JSON.stringify(e));
  return (e as Extract<IngestEvent, { kind: 'document' }>).document;
};
const fail = (e: IngestEvent | undefined): { source: string; messages: Message[] } => {
  assert.equal(e?.kind, 'failure', JSON.stringify(e));
  return e as Extract<IngestEvent, { kind: 'failure' }>;
};

test('a broken line in the middle fails alone; the lines after it still come out', async () => {
  const { path, events: out } = await events('mixed.jsonl', ['{"id":"one","text":"First body."}', '{"id":"two","text":', '', '{"id":"three","text":"Third body."}'].join('\n'));
  assert.equal(out.length, 3);
  assert.equal(doc(out[0]).source, 'one');
  const broken = fail(out[1]);
  assert.equal(broken.source, `${path}:2`);
  assert.equal(broken.messages[0]?.code, 'ingest/jsonl-syntax');
  assert.deepEqual(broken.messages[0]?.place, { source: path, line: 2 });
  assert.match(broken.messages[0]?.reason ?? '', new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: the line is not valid JSON \\(.+\\)\\.$`));
  assert.equal(doc(out[2]).source, 'three');
});

test('sources: id (numbers stringified), else url, else PATH:LINE; fields become hints', async () => {
  const { path, events: out } = await events(
    'sources.jsonl',
    [
      '{"id":42,"url":"https://example.org/a","title":"A title","lang":"nl","published":"2024-04-09","text":"Body as given."}',
      '{"url":"https://example.org/b","html":"<p>Page.</p>"}',
      '{"html":"<p>No name.</p>","extra":{"kept":"in the hash only"}}',
    ].join('\n'),
  );
  const [first, second, third] = out.map(doc);
  assert.equal(first?.source, '42');
  assert.equal(first?.url, 'https://example.org/a');
  assert.equal(first?.mediaType, 'text/plain');
  assert.equal(first?.content, 'Body as given.');
  assert.deepEqual(first?.hints, { id: '42', title: 'A title', lang: 'nl', published: '2024-04-09', bodyAsGiven: true });
  assert.equal(second?.source, 'https://example.org/b');
  assert.equal(second?.mediaType, 'text/html');
  assert.deepEqual(second?.hints, {});
  assert.equal(third?.source, `${path}:3`);
  assert.equal(third?.url, null);
  assert.deepEqual(third?.encoding, { name: 'utf-8', rule: 'utf8-valid' });
});

test('wrong shapes are jsonl-shape failures naming the field and the line', async () => {
  const lines = [
    '["an","array"]',
    '{"title":"no body"}',
    '{"text":42}',
    '{"id":{"nested":true},"title":["x"],"text":"ok"}',
    '{"text":"a","html":"<p>b</p>"}',
    '{"text":"a","capturedAt":"last Tuesday"}',
    '{"text":"   "}',
    '{"text":"fine","title":null}',
  ];
  const { path, events: out } = await events('shapes.jsonl', lines.join('\n'));
  const reasons = out.slice(0, 7).map((e) => fail(e).messages.map((m) => `${m.code} ${m.reason.slice(path.length)}`));
  assert.deepEqual(reasons, [
    ['ingest/jsonl-shape :1: the line is an array, not a JSON object.'],
    ['ingest/jsonl-shape :2: the record has neither a "text" nor an "html" field.'],
    ['ingest/jsonl-shape :3: the field "text" must be a string, not a number.'],
    ['ingest/jsonl-shape :4: the field "id" must be a string or a number, not an object.', 'ingest/jsonl-shape :4: the field "title" must be a string, not an array.'],
    ['ingest/jsonl-shape :5: the record gives both "text" and "html"; give one (text for a body as given, html for a page to extract).'],
    ['ingest/jsonl-shape :6: the field "capturedAt" must be an ISO 8601 date-time with Z or an offset, not "last Tuesday".'],
    ['ingest/empty :7: the field "text" is empty.'],
  ]);
  assert.equal(doc(out[7]).content, 'fine'); // null counts as absent
});

test('capture time per line: the option, else the line (stated), else the file mtime', async () => {
  const text = ['{"text":"a","capturedAt":"2024-04-10T10:00:00+02:00"}', '{"text":"b"}'].join('\n');
  const plain = await events('captured.jsonl', text);
  assert.deepEqual(doc(plain.events[0]).capturedAt, { date: '2024-04-10T08:00:00.000Z', basis: 'stated' });
  assert.deepEqual(doc(plain.events[0]).messages, []);
  const mtimed = doc(plain.events[1]);
  assert.deepEqual(mtimed.capturedAt, { date: MTIME.toISOString(), basis: 'mtime' });
  assert.equal(mtimed.messages[0]?.code, 'ingest/captured-at-mtime');
  assert.match(mtimed.messages[0]?.reason ?? '', /captured\.jsonl:2: no capture time was given/);
  const optioned = await events('captured2.jsonl', text, { capturedAt: '2024-05-01T00:00:00Z' });
  assert.deepEqual(optioned.events.map((e) => doc(e).capturedAt.basis), ['option', 'option']);
});

test('the hash of a line is its canonical JSON without capturedAt: key order and capture time do not matter', async () => {
  const { events: out } = await events(
    'hashes.jsonl',
    [
      '{"id":"x","text":"Same record.","title":"T"}',
      '{"title":"T","text":"Same record.","id":"x","capturedAt":"2024-04-10T00:00:00Z"}',
      '{"id":"x","text":"Same record.","title":"U"}',
    ].join('\n'),
  );
  const [a, b, c] = out.map((e) => doc(e).hash);
  assert.match(a ?? '', /^[0-9a-f]{64}$/);
  assert.equal(a, b);
  assert.notEqual(a, c);
});

test('a line over maxBytes fails alone as too-large; CRLF, a BOM and blank lines are fine', async () => {
  const long = `{"text":"${'y'.repeat(200)}"}`;
  const body = Buffer.concat([Buffer.from('efbbbf', 'hex'), Buffer.from(`{"text":"one"}\r\n\r\n${long}\r\n{"text":"three"}\r\n`)]);
  const { path, events: out } = await events('limits.jsonl', body, { maxBytes: 100 });
  assert.equal(out.length, 3);
  assert.equal(doc(out[0]).content, 'one');
  assert.deepEqual(doc(out[0]).encoding, { name: 'utf-8', rule: 'bom' });
  const tooLarge = fail(out[1]);
  assert.equal(tooLarge.source, `${path}:3`);
  assert.equal(tooLarge.messages[0]?.code, 'ingest/too-large');
  assert.equal(tooLarge.messages[0]?.reason, `${path}:3: the line is 211 bytes, over the limit of 100 bytes.`);
  assert.equal(doc(out[2]).content, 'three');
  const sizes = out.filter((e) => e.kind === 'document').map((e) => (e.kind === 'document' ? e.size : 0));
  assert.deepEqual(sizes, [14, 16]); // bytes of each line, without the BOM or CRLF
});

test('a line that is not UTF-8 is decoded as windows-1252 with a warning naming the line', async () => {
  const body = Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"caf'), Buffer.from('e9', 'hex'), Buffer.from('"}\n')]);
  const { events: out } = await events('latin.jsonl', body);
  const latin = doc(out[1]);
  assert.equal(latin.content, 'café');
  assert.deepEqual(latin.encoding, { name: 'windows-1252', rule: 'fallback' });
  assert.equal(latin.messages[0]?.code, 'ingest/invalid-utf8');
  assert.match(latin.messages[0]?.reason ?? '', /latin\.jsonl:2: the line is not valid UTF-8/);
});

test('UTF-16 JSONL is refused as unsupported with the fix', async () => {
  const { events: out } = await events('wide.jsonl', Buffer.from('fffe7b00', 'hex'));
  const failure = fail(out[0]);
  assert.equal(failure.messages[0]?.code, 'ingest/unsupported');
  assert.match(failure.messages[0]?.reason ?? '', /must be UTF-8; convert it/);
});
