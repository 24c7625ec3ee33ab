import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTitleCase, nameKey, nameLikeWords, NAME_KEY_CHARS, startsSentence } from './names.js';

test('name keys keep compounds and inflections of a name together', () => {
  assert.equal(nameKey('Brennholm'), nameKey('Brennholmtunnel'));
  assert.equal(nameKey('Ardennes'), nameKey('Ardennen'));
  assert.equal(nameKey('Velo'), 'velo');
  assert.equal(nameKey('Ötztaler').length, NAME_KEY_CHARS);
});

test('sentence starts are not names; mid-sentence capitals are', () => {
  const text = 'Trains stop. Near Velmar the line is closed: Officials wait in “Brennholm”.';
  assert.equal(startsSentence(text, 0), true);
  assert.equal(startsSentence(text, text.indexOf('Near')), true);
  assert.equal(startsSentence(text, text.indexOf('Velmar')), false);
  const keys = nameLikeWords(text, new Set()).map((found) => found.key);
  assert.deepEqual(keys, ['velmar', 'brennho']);
});

test('stopwords, excluded words, short words and long all-capital words are not names', () => {
  const text = 'Reports from Velmar say The Office of ANP and the EU and NORTHWARD Brennholm agree.';
  const keys = nameLikeWords(text, new Set(['the']), new Set(['office'])).map((found) => found.key);
  assert.deepEqual(keys, ['velmar', 'brennho']);
});

test('title case is recognised; a sentence-case headline with one name is not', () => {
  assert.equal(isTitleCase('Velmar Rail Tunnel Reopens After Five-Week Repair'), true);
  assert.equal(isTitleCase('Rail tunnel near Velmar reopens after five-week repair'), false);
  assert.equal(isTitleCase('Velmar'), false);
});
