import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventMention, EventTime, Modality, PublishedDate } from '../../pipeline/types.js';
import { testItem } from '../../pipeline/test-item.js';
import { publishedBoundStage } from '../bound-stage.js';
import { BOUND_RULE, boundAsPublished, boundLabel, isBound, publishedBound } from './published-bounds.js';

const CAPTURED = '2024-06-01T12:00:00.000Z';
const UNDATED: PublishedDate = { date: null, precision: null, basis: null, evidence: null };

/** An event of our own fixture: a ferry line's opening, reported with `modality` at `time`. */
function event(modality: Modality, time: EventTime | null, sentence = 'The harbour board opened the new ferry line.'): EventMention {
  return { type: 'meet', actors: [], place: null, time, modality, sentence, start: 0, provenance: { certainty: 'stated', rule: 'events/test' } };
}

const item = (events: EventMention[], published: PublishedDate = UNDATED) => testItem({ capturedAt: CAPTURED, published, events });

test('a happened event the item dates itself bounds its publication from below; the capture from above', () => {
  const bound = publishedBound(item([event('happened', { date: '2024-04-16', precision: 'day' }), event('happened', { date: '1960', precision: 'year' })]));
  assert.deepEqual([bound?.notBefore, bound?.notAfter], ['2024-04-16', '2024-06-01']);
  assert.match(bound?.evidence ?? '', /not before 2024-04-16: reports "The harbour board opened the new ferry line\." \(meet, 2024-04-16\); not after 2024-06-01: captured/);
  // A month counts from its first day.
  assert.equal(publishedBound(item([event('happened', { date: '2024-03', precision: 'month' })]))?.notBefore, '2024-03-01');
});

test('a planned event bounds it from above, at the last day the event names', () => {
  const bound = publishedBound(item([event('planned', { date: '2024-05', precision: 'month' }, 'The harbour board will open the line in May 2024.')]));
  assert.deepEqual([bound?.notBefore, bound?.notAfter], [null, '2024-05-31']);
});

test('no bound: a dated item, reported or undated events, dates inferred from other items, contradicting bounds', () => {
  assert.equal(publishedBound(item([event('happened', { date: '2024-04-16', precision: 'day' })], { date: '2024-04-17', precision: 'day', basis: 'text', evidence: '17 April 2024' })), null);
  assert.equal(publishedBound(item([event('reported', { date: '2024-04-16', precision: 'day' }), event('happened', null)])), null);
  const inferred: EventTime = { date: '2024-04-10', precision: 'day', provenance: { certainty: 'inferred', rule: 'dates/across/coreferent-report', evidence: 'another item' } };
  assert.equal(publishedBound(item([event('happened', inferred)])), null);
  assert.equal(publishedBound(item([event('happened', { date: '2024-05-20', precision: 'day' }), event('planned', { date: '2024-05-10', precision: 'day' })])), null);
  // Nothing is published after its capture: an event dated later bounds nothing.
  assert.equal(publishedBound(item([event('happened', { date: '2024-07-01', precision: 'day' })])), null);
});

test('the bound is stored as an undated publication with basis inferred, its rule and evidence, and labelled for lists', () => {
  const bound = publishedBound(item([event('happened', { date: '2024-04-16', precision: 'day' })]));
  assert.ok(bound);
  const published = boundAsPublished(bound);
  assert.deepEqual([published.date, published.precision, published.basis, published.evidence, published.provenance?.rule, published.provenance?.certainty], [null, null, 'inferred', 'not before 2024-04-16, not after 2024-06-01', BOUND_RULE, 'inferred']);
  assert.ok(isBound(published));
  assert.equal(boundLabel(published, CAPTURED), '≥2024-04-16');
  assert.equal(boundLabel(boundAsPublished({ notBefore: null, notAfter: '2024-05-10', evidence: 'x' }), CAPTURED), '≤2024-05-10');
  assert.equal(boundLabel(boundAsPublished({ notBefore: '2024-04-16', notAfter: '2024-05-10', evidence: 'x' }), CAPTURED), '2024-04-16…2024-05-10');
  assert.equal(boundLabel({ date: '2024-04-16', precision: 'day', basis: 'text', evidence: '16 April' }, CAPTURED), null);
});

test('the dates-bound stage sets the bound on an undated item and leaves a dated one alone', () => {
  const undated = item([event('happened', { date: '2024-04-16', precision: 'day' })]);
  publishedBoundStage.run(undated, { referenceTime: CAPTURED });
  assert.equal(undated.published?.provenance?.rule, BOUND_RULE);
  const dated = item([event('happened', { date: '2024-04-16', precision: 'day' })], { date: '2024-04-17', precision: 'day', basis: 'text', evidence: '17 April 2024' });
  publishedBoundStage.run(dated, { referenceTime: CAPTURED });
  assert.equal(dated.published?.date, '2024-04-17');
});
