/**
 * Rebuilding sentence text from tokens and mapping mentions back to typed token spans.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType, Mention } from '../../src/pipeline/types.js';
import { conllType, layoutTokens, mentionSpans, tokenSpan } from './mentions.js';

function mention(start: number, end: number, type: EntityType, rule = 'entities/gazetteer/country'): Mention {
  return { start, end, text: '', type, entity: 'x', provenance: { certainty: 'stated', rule } };
}

describe('layoutTokens', () => {
  it('joins tokens with single spaces and records their offsets', () => {
    const { text, offsets } = layoutTokens(['De', 'minister', 'kwam', '.']);
    assert.equal(text, 'De minister kwam .');
    assert.deepEqual(offsets[2], { start: 12, end: 16 });
    assert.equal(text.slice(offsets[3]!.start, offsets[3]!.end), '.');
  });
});

describe('tokenSpan', () => {
  const { offsets } = layoutTokens(['Anna', 'de', 'Vries-Smit', 'zwemt']);

  it('covers every token the mention overlaps, also partly', () => {
    assert.deepEqual(tokenSpan(0, 7, offsets, 'PER'), { start: 0, end: 2, type: 'PER' });
    assert.deepEqual(tokenSpan(2, 13, offsets, 'PER'), { start: 0, end: 3, type: 'PER' });
  });

  it('covers the whole token when the mention lies inside it', () => {
    assert.deepEqual(tokenSpan(8, 13, offsets, 'PER'), { start: 2, end: 3, type: 'PER' });
  });

  it('is null when the mention touches no token (only a space)', () => {
    assert.equal(tokenSpan(4, 5, offsets, 'PER'), null);
  });
});

describe('conllType', () => {
  it('maps GPE and FAC to LOC and the other types to MISC', () => {
    assert.equal(conllType(mention(0, 1, 'GPE')), 'LOC');
    assert.equal(conllType(mention(0, 1, 'FAC')), 'LOC');
    assert.equal(conllType(mention(0, 1, 'PER')), 'PER');
    assert.equal(conllType(mention(0, 1, 'AGREEMENT')), 'MISC');
    assert.equal(conllType(mention(0, 1, 'EQUIPMENT')), 'MISC');
  });

  it('maps a demonym to MISC whatever its entity type', () => {
    assert.equal(conllType(mention(0, 1, 'GPE', 'entities/demonym')), 'MISC');
  });
});

describe('mentionSpans', () => {
  it('maps, types and drops a later mention overlapping a kept one', () => {
    const { offsets } = layoutTokens(['EU-Kommission', 'und', 'Japan']);
    const spans = mentionSpans([mention(0, 2, 'ORG'), mention(3, 13, 'ORG'), mention(18, 23, 'GPE')], offsets);
    assert.deepEqual(spans, [
      { start: 0, end: 1, type: 'ORG' },
      { start: 2, end: 3, type: 'LOC' },
    ]);
  });
});
