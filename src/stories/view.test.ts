import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoryRecord } from '../store/store.js';
import { tagusAgreedDe, tagusAgreedEn, tagusInspectionFr, tagusInspectionNl } from './long-story-fixtures.js';
import { sampleItem } from './sample-items.js';
import { keyEntities, sourceName, storyView } from './view.js';

function tagusStory(extra: ReturnType<typeof sampleItem>[] = []) {
  const items = [tagusAgreedEn(), tagusAgreedDe(), tagusInspectionNl(), tagusInspectionFr(), ...extra];
  const story: StoryRecord = {
    id: 'stagus',
    title: 'Portugal and Spain set up a joint Tagus commission',
    languages: ['de', 'en', 'fr', 'nl'],
    first: null,
    last: null,
    itemIds: items.map((item) => item.id),
  };
  return { story, items: new Map(items.map((item) => [item.id, item])) };
}

test('the story view: label, cited summary from different items, key entities, chapters, time from publication dates', () => {
  const { story, items } = tagusStory();
  const view = storyView(story, items, (id) => (id === 'gpe:ES' ? 'Spain' : undefined));
  assert.equal(view.label, story.title);
  assert.ok(view.summary.length >= 2 && view.summary.length <= 3, JSON.stringify(view.summary));
  assert.equal(new Set(view.summary.map((line) => line.itemId)).size, view.summary.length, 'one sentence per item');
  for (const line of view.summary) {
    const item = items.get(line.itemId);
    assert.ok(item, line.itemId);
    assert.ok(item.text.replace(/\s+/g, ' ').includes(line.sentence), `"${line.sentence}" is quoted from ${line.itemId}`);
  }
  const inAll = view.entities.filter((entity) => entity.items === 4).map((entity) => entity.id);
  assert.deepEqual(inAll.sort(), ['gpe:ES', 'gpe:PT', 'gpe:city:toledo', 'loc:tagus', 'per:ines-carvalho'], 'named by all four items');
  assert.deepEqual(view.entities.slice(0, 5).map((entity) => entity.items), [4, 4, 4, 4, 4], 'most widely named first');
  assert.equal(view.entities.find((entity) => entity.id === 'gpe:ES')?.name, 'Spain', 'the store name wins');
  assert.equal(view.entities.find((entity) => entity.id === 'loc:tagus')?.items, 4);
  assert.equal(view.chapters.length, 2);
  assert.deepEqual([view.first, view.last, view.undated], ['2024-04-09T10:00:00Z', '2025-02-18T16:00:00Z', 0]);
  assert.deepEqual(view.agencies, [{ name: 'ANP', items: 1 }]);
  assert.equal(view.items, 4);
  assert.equal(view.independentReports, 4);
  assert.deepEqual(view.languages, ['de', 'en', 'fr', 'nl']);
});

test('an undated item never makes up a time: it is counted as undated', () => {
  const late = sampleItem({ id: 'late:0', lang: 'en', text: 'A later report on the Tagus commission without any date.', capturedAt: '2025-11-19T12:00:00Z' });
  const { story, items } = tagusStory([late]);
  const view = storyView(story, items);
  assert.equal(view.last, '2025-02-18T16:00:00Z');
  assert.equal(view.undated, 1);
  const onlyUndated = storyView({ ...story, itemIds: ['late:0'] }, items);
  assert.deepEqual([onlyUndated.first, onlyUndated.last, onlyUndated.undated], [null, null, 1]);
});

test('sources are site names, else URL hosts, else files; key entities fall back to the commonest surface', () => {
  const item = sampleItem({ id: 's:0', text: 'Lisbon and Lisbon and Lissabon.', mentions: [['Lisbon', 'gpe:city:lisbon', 'GPE'], ['Lissabon', 'gpe:city:lisbon', 'GPE']] });
  assert.equal(sourceName(item), 's');
  assert.equal(sourceName({ ...item, url: 'https://news.example/a/1' }), 'news.example');
  assert.equal(sourceName({ ...item, fields: { ...item.fields, siteName: 'Kestrel Post' } }), 'Kestrel Post');
  assert.deepEqual(keyEntities([item]), [{ id: 'gpe:city:lisbon', name: 'Lisbon', items: 1, mentions: 3 }]);
  assert.throws(() => storyView({ id: 's', title: 't', languages: [], first: null, last: null, itemIds: ['nope'] }, new Map()), /items of story/);
});
