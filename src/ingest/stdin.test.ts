/**
 * Stdin (`-`): read through a Readable, sniffed like an unnamed file; capture time is the
 * option or "now"; long input is streamed only when it is JSONL.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import type { RawDocument } from '../pipeline/types.js';
import { readInputs, STDIN_SOURCE, type IngestEvent, type ReadOptions } from './index.js';

const NOW = new Date('2024-04-10T12:00:00Z');

async function fromStdin(chunks: (string | Buffer)[], options: ReadOptions = {}): Promise<IngestEvent[]> {
  const out: IngestEvent[] = [];
  for await (const event of readInputs(['-'], { stdin: Readable.from(chunks), now: () => NOW, ...options })) out.push(event);
  return out;
}
const doc = (e: IngestEvent | undefined): RawDocument => {
  assert.equal(e?.kind, 'document', JSON.stringify(e));
  return (e as Extract<IngestEvent, { kind: 'document' }>).document;
};

test('plain text on stdin is one text/plain document captured now', async () => {
  const [event, ...rest] = await fromStdin(['Some words ', 'in two chunks.']);
  assert.equal(rest.length, 0);
  const document = doc(event);
  assert.equal(document.source, STDIN_SOURCE);
  assert.equal(document.mediaType, 'text/plain');
  assert.equal(document.content, 'Some words in two chunks.');
  assert.deepEqual(document.capturedAt, { date: NOW.toISOString(), basis: 'now' });
  assert.deepEqual(document.messages, []);
});

test('HTML on stdin is sniffed, its meta charset honoured, and the option sets the capture time', async () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>Caf'), Buffer.from('e9', 'hex')]);
  const document = doc((await fromStdin([bytes], { capturedAt: '2024-04-10T09:00:00Z' }))[0]);
  assert.equal(document.mediaType, 'text/html');
  assert.equal(document.content, '<meta charset="windows-1252"><p>Café');
  assert.deepEqual(document.capturedAt, { date: '2024-04-10T09:00:00.000Z', basis: 'option' });
});

test('JSONL on stdin gives one document per line, sources <stdin>:LINE, basis now unless stated', async () => {
  const out = await fromStdin(['{"text":"one"}\n{"te', 'xt":"two","capturedAt":"2024-04-01T00:00:00Z"}\n']);
  assert.deepEqual(out.map((e) => doc(e).source), [`${STDIN_SOURCE}:1`, `${STDIN_SOURCE}:2`]);
  assert.deepEqual(out.map((e) => doc(e).capturedAt.basis), ['now', 'stated']);
});

test('JSONL on stdin whose first line is broken is still JSONL: that line fails, the rest is read', async () => {
  const out = await fromStdin(['{"id": "a", "text": \n{"id":"b","text":"second record"}\n']);
  assert.equal(out.length, 2);
  assert.equal(out[0]?.kind === 'failure' && out[0].messages[0]?.code, 'ingest/jsonl-syntax');
  assert.equal(out[0]?.kind === 'failure' && out[0].source, `${STDIN_SOURCE}:1`);
  assert.equal(doc(out[1]).source, 'b');
});

test('empty stdin is ingest/empty', async () => {
  const out = await fromStdin([]);
  assert.equal(out[0]?.kind === 'failure' && out[0].messages[0]?.reason, '<stdin>: the input is empty (0 bytes).');
});

test('stdin over the limit is refused unless it is JSONL, which is streamed line by line', async () => {
  const prose = await fromStdin(['x'.repeat(60), 'y'.repeat(60)], { maxBytes: 100 });
  assert.equal(prose.length, 1);
  assert.equal(prose[0]?.kind === 'failure' && prose[0].messages[0]?.code, 'ingest/too-large');
  const lines = Array.from({ length: 20 }, (_, i) => `{"id":"r${i}","text":"record ${i}"}\n`);
  const streamed = await fromStdin(lines, { maxBytes: 100 });
  assert.equal(streamed.length, 20);
  assert.equal(doc(streamed[19]).source, 'r19');
});

test('binary stdin is refused', async () => {
  const out = await fromStdin([Buffer.from('89504e470d0a1a0a', 'hex')]);
  assert.equal(out[0]?.kind === 'failure' && out[0].messages[0]?.code, 'ingest/binary');
});
