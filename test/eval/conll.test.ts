/**
 * CoNLL reading, conlleval chunking and exact-match span scoring on hand-made sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunksOf, microCounts, readSentences, scoreSpans, type Sentence } from './conll.js';

async function collect(lines: string[]): Promise<Sentence[]> {
  const out: Sentence[] = [];
  for await (const sentence of readSentences(lines)) out.push(sentence);
  return out;
}

describe('readSentences', () => {
  it('splits on blank lines, skips -DOCSTART- and takes the last column as the tag', async () => {
    const sentences = await collect(['-DOCSTART- -DOCSTART- O', 'Anna N B-PER', 'zwemt V O', '', '', 'Mia\tB-PER', '']);
    assert.deepEqual(sentences, [
      { tokens: ['Anna', 'zwemt'], tags: ['B-PER', 'O'] },
      { tokens: ['Mia'], tags: ['B-PER'] },
    ]);
  });

  it('yields the last sentence without a trailing blank line', async () => {
    assert.equal((await collect(['a O', 'b O'])).length, 1);
  });
});

describe('chunksOf', () => {
  it('reads IOB2 spans', () => {
    assert.deepEqual(chunksOf(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']), [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
  });

  it('starts a chunk at an I- after O or after another type, as conlleval does', () => {
    assert.deepEqual(chunksOf(['O', 'I-ORG', 'I-ORG', 'I-LOC']), [
      { start: 1, end: 3, type: 'ORG' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });

  it('gives no spans for all-O', () => {
    assert.deepEqual(chunksOf(['O', 'O']), []);
  });
});

describe('scoreSpans', () => {
  const gold = [
    { start: 0, end: 2, type: 'PER' },
    { start: 5, end: 6, type: 'LOC' },
  ];

  it('counts an exact span with the right type as correct', () => {
    const counts = scoreSpans(gold, [{ start: 0, end: 2, type: 'PER' }]);
    assert.deepEqual(counts['PER'], { tp: 1, fp: 0, fn: 0, tn: 0 });
    assert.deepEqual(counts['LOC'], { tp: 0, fp: 0, fn: 1, tn: 0 });
  });

  it('counts a partial overlap as one false positive and one false negative', () => {
    const counts = scoreSpans(gold, [{ start: 1, end: 2, type: 'PER' }]);
    assert.deepEqual(counts['PER'], { tp: 0, fp: 1, fn: 1, tn: 0 });
  });

  it('counts the right span with the wrong type against both types', () => {
    const counts = scoreSpans(gold, [{ start: 5, end: 6, type: 'ORG' }]);
    assert.deepEqual(counts['ORG'], { tp: 0, fp: 1, fn: 0, tn: 0 });
    assert.deepEqual(counts['LOC'], { tp: 0, fp: 0, fn: 1, tn: 0 });
  });

  it('accumulates over sentences and sums the micro counts of the types asked for', () => {
    const counts = scoreSpans(gold, [{ start: 0, end: 2, type: 'PER' }, { start: 7, end: 8, type: 'MISC' }]);
    scoreSpans([{ start: 0, end: 1, type: 'ORG' }], [{ start: 0, end: 1, type: 'ORG' }], counts);
    assert.deepEqual(microCounts(counts, ['PER', 'LOC', 'ORG']), { tp: 2, fp: 0, fn: 1, tn: 0 });
    assert.deepEqual(counts['MISC'], { tp: 0, fp: 1, fn: 0, tn: 0 });
  });
});
