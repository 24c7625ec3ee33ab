/**
 * Line splitting over byte chunks: CRLF, lines split across chunks, a last line without a
 * newline, and over-long lines counted but not kept. Peeking replays the head.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { peek, splitLines, type Line } from './stream.js';

async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.from(part, 'utf8');
}

async function lines(source: AsyncIterable<Buffer>, max: number): Promise<{ number: number; text: string | null; size: number }[]> {
  const out: { number: number; text: string | null; size: number }[] = [];
  for await (const line of splitLines(source, max) as AsyncGenerator<Line>) out.push({ number: line.number, text: line.bytes?.toString('utf8') ?? null, size: line.size });
  return out;
}

test('splits on LF and CRLF across chunk boundaries', async () => {
  const got = await lines(chunks('one\r', '\ntw', 'o\n\nthr', 'ee'), 100);
  assert.deepEqual(got, [
    { number: 1, text: 'one', size: 3 },
    { number: 2, text: 'two', size: 3 },
    { number: 3, text: '', size: 0 },
    { number: 4, text: 'three', size: 5 },
  ]);
});

test('a trailing newline adds no empty line; no input gives no lines', async () => {
  assert.deepEqual((await lines(chunks('a\nb\n'), 10)).map((l) => l.text), ['a', 'b']);
  assert.deepEqual(await lines(chunks(), 10), []);
});

test('lines over the limit come out with bytes null and their full size', async () => {
  const got = await lines(chunks('short\n', 'x'.repeat(6), 'x'.repeat(6), '\r\nok\n', 'abcdef\r\n'), 6);
  assert.deepEqual(got, [
    { number: 1, text: 'short', size: 5 },
    { number: 2, text: null, size: 12 },
    { number: 3, text: 'ok', size: 2 },
    { number: 4, text: 'abcdef', size: 6 }, // exactly the limit, the \r not counted
  ]);
});

test('peek reads ahead and replays the head before the rest', async () => {
  const peeked = await peek(chunks('abc', 'def', 'ghi'), 4);
  assert.equal(peeked.head.toString(), 'abcdef');
  assert.equal(peeked.ended, false);
  const all: string[] = [];
  for await (const chunk of peeked.all) all.push(chunk.toString());
  assert.equal(all.join(''), 'abcdefghi');
  const short = await peek(chunks('ab'), 10);
  assert.equal(short.ended, true);
  assert.equal(short.head.toString(), 'ab');
});
