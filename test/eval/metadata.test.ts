/**
 * Metadata comparison against the test pages' expected values.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchMetadata, primaryLanguage } from './metadata.js';

describe('matchMetadata', () => {
  it('matches titles after whitespace normalisation, keeping case', () => {
    const expected = { title: 'A  day\nat the lake', byline: null, lang: null };
    assert.equal(matchMetadata(expected, { title: 'A day at the lake ', byline: null, lang: null }).title, true);
    assert.equal(matchMetadata(expected, { title: 'A Day At The Lake', byline: null, lang: null }).title, false);
  });

  it('treats an expected null byline as matched only by no byline', () => {
    const expected = { title: null, byline: null, lang: null };
    assert.equal(matchMetadata(expected, { title: null, byline: '', lang: null }).byline, true);
    assert.equal(matchMetadata(expected, { title: null, byline: 'By Someone', lang: null }).byline, false);
  });

  it('compares languages on the primary subtag', () => {
    assert.equal(matchMetadata({ title: null, byline: null, lang: 'en-US' }, { title: null, byline: null, lang: 'en' }).lang, true);
    assert.equal(matchMetadata({ title: null, byline: null, lang: 'pt-BR' }, { title: null, byline: null, lang: 'es' }).lang, false);
    assert.equal(primaryLanguage('zh_TW'), 'zh');
    assert.equal(primaryLanguage(null), '');
  });
});
