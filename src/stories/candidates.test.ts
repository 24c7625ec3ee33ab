import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CandidateIndex, MAX_CANDIDATES, MAX_POSTING, POSTING_DAYS, RARE_POSTING } from './candidates.js';

const DAY = 86_400_000;

test('a busy key forgets postings older than POSTING_DAYS; a rare key keeps them for the next chapter', () => {
  const index = new CandidateIndex();
  let position = 0;
  for (let i = 0; i < RARE_POSTING + 10; i++) index.add(position++, ['busy'], i * 1000);
  index.add(position++, ['rare'], 0);
  const later = (POSTING_DAYS + 1) * DAY;
  index.add(position++, ['busy'], later);
  assert.equal(index.candidates(['busy']).length, RARE_POSTING, 'aged entries dropped down to the rare size');
  assert.deepEqual(index.candidates(['rare']), [RARE_POSTING + 10], 'a rare key months later still finds its item');
});

test('an undated item never ages a list, and no list grows beyond MAX_POSTING', () => {
  const index = new CandidateIndex();
  for (let i = 0; i < 40; i++) index.add(i, ['k'], i * DAY);
  index.add(40, ['k'], Number.NaN);
  assert.equal(index.candidates(['k']).length, 41);
  const full = new CandidateIndex();
  for (let i = 0; i < MAX_POSTING + 50; i++) full.add(i, ['k'], 0);
  const found = full.candidates(['k']);
  assert.equal(found.length, MAX_CANDIDATES);
  assert.equal(found[found.length - 1], MAX_POSTING + 49, 'the most recent are kept');
});

test('candidates sharing more keys come first when the cap applies', () => {
  const index = new CandidateIndex();
  for (let i = 0; i < MAX_CANDIDATES + 20; i++) index.add(i, ['common'], 0);
  index.add(MAX_CANDIDATES + 20, ['common', 'special'], 0);
  index.add(0 + MAX_CANDIDATES + 21, ['other'], 0);
  const found = index.candidates(['common', 'special']);
  assert.equal(found.length, MAX_CANDIDATES);
  assert.ok(found.includes(MAX_CANDIDATES + 20));
  assert.ok(!found.includes(0), 'the oldest single-key match is left out');
  assert.deepEqual(index.candidates(['missing']), []);
});
