/**
 * Snippet scoring (trafilatura's rules) on hand-made pages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseSpace, scoreSnippets } from './snippets.js';

const gold = { with: ['the harbour reopened on Monday', 'ferries run again'], without: ['Subscribe now', 'Cookie settings'] };

describe('scoreSnippets', () => {
  it('counts a found `with` snippet as TP and a missing one as FN', () => {
    assert.deepEqual(scoreSnippets(gold, 'After the storm the harbour reopened on Monday.'), { tp: 1, fp: 0, fn: 1, tn: 2 });
  });

  it('counts a found `without` snippet as FP and an absent one as TN', () => {
    assert.deepEqual(scoreSnippets(gold, 'ferries run again. Subscribe now!'), { tp: 1, fp: 1, fn: 1, tn: 1 });
  });

  it('ignores differences in whitespace on both sides', () => {
    assert.deepEqual(scoreSnippets(gold, 'the harbour\n  reopened\ton Monday and ferries\u00a0run again'), { tp: 2, fp: 0, fn: 0, tn: 2 });
  });

  it('scores a failed extraction as finding nothing', () => {
    assert.deepEqual(scoreSnippets(gold, null), { tp: 0, fp: 0, fn: 2, tn: 2 });
  });

  it('is case-sensitive, as the benchmark is', () => {
    assert.equal(scoreSnippets(gold, 'FERRIES RUN AGAIN').tp, 0);
  });
});

describe('normaliseSpace', () => {
  it('collapses runs of whitespace and trims', () => {
    assert.equal(normaliseSpace('  a \n\n b\tc  '), 'a b c');
  });
});
