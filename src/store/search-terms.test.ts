import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_SEARCH_CHUNKS, fts5Query, searchChunks, tsQueryText } from './search-terms.js';

describe('search terms', () => {
  it('keeps white-space chunks that hold a letter or digit', () => {
    assert.deepEqual(searchChunks('  harbour   ferry\tplan '), ['harbour', 'ferry', 'plan']);
    assert.deepEqual(searchChunks('!!! -- "" * ()'), []);
    assert.deepEqual(searchChunks('US-Japan "alliance" 2024'), ['US-Japan', '"alliance"', '2024']);
  });

  it('normalises to NFC so composed and decomposed input match alike', () => {
    assert.deepEqual(searchChunks('Fa\u0308hre'), ['F\u00e4hre']);
  });

  it('quotes every chunk for FTS5, doubling inner quotes', () => {
    assert.equal(fts5Query('keeper "museum'), '"keeper" """museum"');
    assert.equal(fts5Query('NEAR(a b) OR title:x'), '"NEAR(a" "b)" "OR" "title:x"');
    assert.equal(fts5Query('   '), '');
  });

  it('passes plain words to plainto_tsquery and caps the number of chunks', () => {
    assert.equal(tsQueryText(' a  & b '), 'a b');
    const many = Array.from({ length: MAX_SEARCH_CHUNKS + 5 }, (_, n) => `w${n}`).join(' ');
    assert.equal(searchChunks(many).length, MAX_SEARCH_CHUNKS);
  });

  it('names the fix when the query is not a string', () => {
    assert.throws(() => searchChunks(undefined as unknown as string), /query as a string/);
  });
});
