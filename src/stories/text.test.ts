import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stopwordsFor } from './locales/index.js';
import { contentWords, firstSentence, foldText, numberTokens, wordGrams } from './text.js';

test('folding lowercases and strips diacritics, including letters without a decomposition', () => {
  assert.equal(foldText('Außenminister Oekraïne Łódź Ærø'), 'aussenminister oekraine lodz aero');
});

test('content words drop stopwords of the language and short words', () => {
  assert.deepEqual(contentWords('De haven van Rotterdam is dicht', stopwordsFor('nl')), ['haven', 'rotterdam', 'dicht']);
  assert.deepEqual(contentWords('Die Regierung und das Parlament', stopwordsFor('de')), ['regierung', 'parlament']);
});

test('an unknown language uses the union of all stopword lists', () => {
  assert.deepEqual(contentWords('the haven und la maison', stopwordsFor(null)), ['haven', 'maison']);
  assert.deepEqual(contentWords('the haven und la maison', stopwordsFor('und')), ['haven', 'maison']);
});

test('a stopword of one language stays a content word in another', () => {
  assert.ok(contentWords('war in the north', stopwordsFor('en')).includes('war'));
  assert.ok(!contentWords('es war kalt', stopwordsFor('de')).includes('war'));
});

test('cognates across languages share word-start grams', () => {
  const shared = (a: string, b: string): string[] => wordGrams(a).filter((gram) => wordGrams(b).includes(gram));
  assert.deepEqual(shared('japan', 'japanse'), ['_jap', 'japa', 'apan']);
  assert.deepEqual(shared('japan', 'japanischen'), ['_jap', 'japa', 'apan']);
  assert.ok(shared('alliantie', 'allianz').length >= 4);
  assert.deepEqual(wordGrams('zee'), []);
});

test('grams come from the start of a word only, so shared endings do not match', () => {
  assert.deepEqual(wordGrams('regierungsbildung').filter((gram) => wordGrams('zeitung').includes(gram)), []);
});

test('numbers: separators removed, days and small counts skipped', () => {
  assert.deepEqual(numberTokens('In 1960, 1.000 people; on 10 April 64 were hurt; 3 dead'), ['1960', '1000', '64']);
});

test('first sentence stands in for a missing title, cut at a word', () => {
  assert.equal(firstSentence('A short one. And more.', 100), 'A short one.');
  assert.equal(firstSentence('one two three four five six', 12), 'one two');
});
