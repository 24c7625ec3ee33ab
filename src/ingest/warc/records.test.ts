/**
 * The WARC record reader: fields and blocks, folded header lines, blocks over the limit
 * skipped without being kept, damaged heads reported with reading going on, truncated files.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readWarcRecords, type WarcEntry } from './records.js';
import { warcRecord } from './test-support.js';

async function entries(bytes: Buffer, limit = 1_000_000, chunk = 7): Promise<WarcEntry[]> {
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
  }
  const out: WarcEntry[] = [];
  for await (const entry of readWarcRecords(chunks(), limit)) out.push(entry);
  return out;
}

test('records come out in order with lower-case fields and their blocks, across small chunks', async () => {
  const bytes = Buffer.concat([
    warcRecord({ type: 'warcinfo', contentType: 'application/warc-fields', block: 'software: test\r\n' }),
    warcRecord({ type: 'resource', uri: 'https://example.org/a', contentType: 'text/plain', block: 'Ein Text über Häfen.' }),
  ]);
  const got = await entries(bytes);
  assert.deepEqual(got.map((e) => e.kind), ['record', 'record']);
  const second = got[1] as Extract<WarcEntry, { kind: 'record' }>;
  assert.equal(second.number, 2);
  assert.equal(second.fields.get('warc-target-uri'), 'https://example.org/a');
  assert.equal(second.block?.toString('utf8'), 'Ein Text über Häfen.');
});

test('a folded header line continues the field before it', async () => {
  const bytes = warcRecord({ type: 'resource', contentType: 'text/plain', extra: ['WARC-Warcinfo-ID: <urn:uuid:1>', '  folded-part'], block: 'x' });
  const [entry] = await entries(bytes);
  assert.equal((entry as Extract<WarcEntry, { kind: 'record' }>).fields.get('warc-warcinfo-id'), '<urn:uuid:1> folded-part');
});

test('a block over the limit is skipped (size kept, bytes not) and the next record is read', async () => {
  const bytes = Buffer.concat([
    warcRecord({ type: 'resource', contentType: 'text/plain', block: 'y'.repeat(5000) }),
    warcRecord({ type: 'resource', contentType: 'text/plain', block: 'small' }),
  ]);
  const got = (await entries(bytes, 1000)) as Extract<WarcEntry, { kind: 'record' }>[];
  assert.equal(got[0]!.block, null);
  assert.equal(got[0]!.size, 5000);
  assert.equal(got[1]!.block?.toString(), 'small');
});

test('a damaged head is reported and reading goes on at the next record', async () => {
  const broken = Buffer.from('WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: many\r\n\r\nabc\r\n\r\n');
  const bytes = Buffer.concat([broken, warcRecord({ type: 'resource', contentType: 'text/plain', block: 'after' })]);
  const got = await entries(bytes);
  assert.equal(got[0]!.kind, 'problem');
  assert.match((got[0] as Extract<WarcEntry, { kind: 'problem' }>).reason, /Content-Length/);
  assert.equal((got[1] as Extract<WarcEntry, { kind: 'record' }>).block?.toString(), 'after');
});

test('garbage where a head should be is reported once, then the reader resynchronises', async () => {
  const bytes = Buffer.concat([Buffer.from('not a warc at all\r\nmore junk\r\n'), warcRecord({ type: 'resource', contentType: 'text/plain', block: 'found' })]);
  const got = await entries(bytes);
  assert.deepEqual(got.map((e) => e.kind), ['problem', 'record']);
  assert.match((got[0] as Extract<WarcEntry, { kind: 'problem' }>).reason, /version line/);
});

test('a file cut inside a block ends with a problem naming the missing bytes', async () => {
  const whole = warcRecord({ type: 'resource', contentType: 'text/plain', block: 'z'.repeat(100) });
  const got = await entries(whole.subarray(0, whole.length - 60));
  assert.equal(got.length, 1);
  assert.match((got[0] as Extract<WarcEntry, { kind: 'problem' }>).reason, /ends inside the record's block/);
});

test('an empty stream has no records', async () => {
  assert.deepEqual(await entries(Buffer.alloc(0)), []);
});
