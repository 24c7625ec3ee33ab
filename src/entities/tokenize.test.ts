import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiFold, slugify } from './fold.js';
import { GAP_BREAK, GAP_NONE, GAP_SPACE, tokenize, tokenizeForm } from './tokenize.js';

test('tokens carry offsets into the text and split hyphens and punctuation off', () => {
  const text = 'US-Außenminister trifft F-35-Piloten.';
  const tokens = tokenize(text);
  assert.deepEqual(tokens.map((t) => t.text), ['US', '-', 'Außenminister', 'trifft', 'F', '-', '35', '-', 'Piloten', '.']);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(tokens.slice(0, 4).map((t) => t.gap), [GAP_BREAK, GAP_NONE, GAP_NONE, GAP_SPACE]);
});

test('a word glued to an all-caps dateline is split before the capitals', () => {
  const tokens = tokenize('12 minuten geledenKOPENHAGEN (ANP) - Eerst');
  assert.deepEqual(tokens.map((t) => t.text).slice(0, 5), ['12', 'minuten', 'geleden', 'KOPENHAGEN', '(']);
  assert.equal(tokens[3]!.gap, GAP_NONE);
  // Mixed case names are not split.
  assert.deepEqual(tokenize('McDonald DeSantis').map((t) => t.text), ['McDonald', 'DeSantis']);
});

test('line breaks are recorded as gaps and keys are NFC with plain apostrophes', () => {
  const tokens = tokenize('Côte d’Ivoire\nOekrai\u0308ne');
  assert.equal(tokens.find((t) => t.text === '’')!.key, "'");
  const last = tokens[tokens.length - 1]!;
  assert.equal(last.gap, GAP_BREAK);
  assert.equal(last.key, 'Oekraïne');
  assert.equal(last.text, 'Oekrai\u0308ne');
});

test('lexicon forms tokenize the same way, with their gaps', () => {
  assert.deepEqual(tokenizeForm('US Forces Japan'), { keys: ['US', 'Forces', 'Japan'], gaps: [0, 1, 1] });
  assert.deepEqual(tokenizeForm('Noord-Korea'), { keys: ['Noord', '-', 'Korea'], gaps: [0, 0, 0] });
});

test('a 10,000-character token is one token', () => {
  const tokens = tokenize(`x ${'a'.repeat(10_000)} y`);
  assert.equal(tokens.length, 3);
  assert.equal(tokens[1]!.text.length, 10_000);
});

test('ascii folding and slugs', () => {
  assert.equal(asciiFold('Radosław Gdańsk Straße Ørsted'), 'Radoslaw Gdansk Strasse Orsted');
  assert.equal(slugify('Laurence Des Cars'), 'laurence-des-cars');
  assert.equal(slugify("Conan O'Brien"), 'conan-obrien');
  assert.equal(slugify('Recep Tayyip Erdoğan'), 'recep-tayyip-erdogan');
});
