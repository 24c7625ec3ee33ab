import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemFeatures, LEAD_MENTION_WEIGHT, TAIL_MENTION_WEIGHT, TITLE_MENTION_WEIGHT } from './features.js';
import { sampleItem } from './sample-items.js';

const filler = 'Officials gave no further detail about the schedule of the talks or the people attending them. '.repeat(4);

test('mentions weigh by position: title, lead, tail', () => {
  const item = sampleItem({
    id: 'f1',
    title: 'Chile opens a lithium plant',
    text: `Chile and Peru agreed on a border crossing. ${filler}Bolivia was not present.`,
    mentions: [
      ['Chile', 'gpe:CL', 'GPE'],
      ['Peru', 'gpe:PE', 'GPE'],
      ['Bolivia', 'gpe:BO', 'GPE'],
    ],
  });
  const features = itemFeatures(item);
  assert.equal(features.entities.get('gpe:CL'), TITLE_MENTION_WEIGHT + LEAD_MENTION_WEIGHT);
  assert.equal(features.entities.get('gpe:PE'), LEAD_MENTION_WEIGHT);
  assert.equal(features.entities.get('gpe:BO'), TAIL_MENTION_WEIGHT);
});

test('terms come from title and lead, not the tail; dateline agencies are dropped', () => {
  const item = sampleItem({
    id: 'f2',
    lang: 'en',
    title: 'Harbour closed by storm',
    text: `ROTTERDAM (ANP) - The harbour closed as the storm arrived. ${filler}Volcano.`,
    agencies: ['ANP'],
  });
  const features = itemFeatures(item);
  assert.ok(features.terms.has('harbour'));
  assert.ok((features.terms.get('harbour') ?? 0) > (features.terms.get('arrived') ?? 0), 'title words weigh more');
  assert.ok(!features.terms.has('volcano'), 'tail words are not terms');
  assert.ok(!features.terms.has('anp'), 'agency is not a term');
  assert.ok(!features.terms.has('the'), 'stopword is not a term');
});

test('without a title the first sentence gives the grams; time falls back to capture time', () => {
  const item = sampleItem({ id: 'f3', text: 'Glaciers retreated sharply. Other matters followed.', capturedAt: '2025-03-01T00:00:00Z' });
  const features = itemFeatures(item);
  assert.ok(features.grams.has('_gla'));
  assert.ok(!features.grams.has('_oth'));
  assert.equal(features.time.iso, '2025-03-01T00:00:00Z');
  assert.equal(features.time.published, false);
});

test('undetermined language is treated as unknown', () => {
  assert.equal(itemFeatures(sampleItem({ id: 'f4', text: 'x', lang: 'und' })).lang, null);
  assert.equal(itemFeatures(sampleItem({ id: 'f5', text: 'x', lang: 'nl' })).lang, 'nl');
});
