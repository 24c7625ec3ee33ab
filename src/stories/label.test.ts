import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupLabel, headlineOf, LABEL_MAX_WORDS } from './label.js';

test('a short title is a label as it is; a long one is cut at a clause boundary', () => {
  assert.equal(headlineOf('Ferry service resumes after storm'), 'Ferry service resumes after storm');
  const long = 'Die Regierung fordert die Reedereien auf, den Fährverkehr nach dem Sturm schneller als geplant wieder aufzunehmen';
  assert.equal(headlineOf(long), 'Die Regierung fordert die Reedereien auf');
});

test('without a clause boundary a long line is cut after the word limit, and a final full stop is dropped', () => {
  const words = Array.from({ length: 14 }, (_, i) => `word${i}`).join(' ');
  const label = headlineOf(`${words}.`);
  assert.equal(label.split(' ').length, LABEL_MAX_WORDS);
  assert.ok(label.endsWith('…'));
  assert.equal(headlineOf('Wind and rain.'), 'Wind and rain');
});

test('the label comes from the best-ranked article with a headline-like title, else a shortened title or lead', () => {
  const sentenceTitle = { kind: 'article' as const, title: 'Die Regierung fordert die Reedereien auf, den Fährverkehr nach dem Sturm schneller wieder aufzunehmen', text: '…' };
  const headline = { kind: 'article' as const, title: 'Fähren fahren wieder', text: '…' };
  const brief = { kind: 'brief' as const, title: 'Kurz: Fähren', text: '…' };
  assert.equal(groupLabel([brief, sentenceTitle, headline]), 'Fähren fahren wieder', 'articles first, headline-like before the more central sentence');
  assert.equal(groupLabel([sentenceTitle]), 'Die Regierung fordert die Reedereien auf');
  assert.equal(groupLabel([{ kind: 'brief', title: null, text: 'The ferry to the islands runs again. Tickets are valid.' }]), 'The ferry to the islands runs again');
  assert.throws(() => groupLabel([]), /at least one item/);
});
