import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyChapters, CHAPTER_GAP_DAYS } from './chapters.js';
import { clusterStories } from './cluster.js';
import { lisbonFootballNl, tagusAgreedDe, tagusAgreedEn, tagusCorpus, tagusInspectionFr, tagusInspectionNl, toledoFireEn } from './long-story-fixtures.js';
import { sampleItem } from './sample-items.js';

test('coverage ten months apart is one story in two chapters; items sharing only places stay out', () => {
  const items = tagusCorpus();
  const stories = clusterStories(items);
  const tagus = stories.find((story) => story.itemIds.includes(tagusAgreedEn().id));
  assert.ok(tagus);
  assert.deepEqual([...tagus.itemIds].sort(), [tagusAgreedEn().id, tagusAgreedDe().id, tagusInspectionNl().id, tagusInspectionFr().id].sort());
  for (const distractor of [toledoFireEn(), lisbonFootballNl()]) assert.ok(!tagus.itemIds.includes(distractor.id), distractor.title ?? '');
  const byId = new Map(items.map((item) => [item.id, item]));
  const chapters = storyChapters(tagus.itemIds.map((id) => byId.get(id)!));
  assert.equal(chapters.length, 2);
  assert.deepEqual(chapters.map((chapter) => chapter.itemIds), [[tagusAgreedEn().id, tagusAgreedDe().id], [tagusInspectionNl().id, tagusInspectionFr().id]]);
  assert.deepEqual(chapters.map((chapter) => [chapter.first, chapter.last]), [
    ['2024-04-09T10:00:00Z', '2024-04-10T07:30:00Z'],
    ['2025-02-18T09:00:00Z', '2025-02-18T16:00:00Z'],
  ]);
  assert.equal(chapters[0]?.title, 'Portugal and Spain set up a joint Tagus commission');
  assert.equal(tagus.first, '2024-04-09T10:00:00Z');
  assert.equal(tagus.last, '2025-02-18T16:00:00Z');
});

test('a gap of at most CHAPTER_GAP_DAYS keeps one chapter; undated items join the chapter their capture follows', () => {
  const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString();
  const items = [
    sampleItem({ id: 'a:0', text: 'one', published: day(0) }),
    sampleItem({ id: 'b:0', text: 'two', published: day(CHAPTER_GAP_DAYS) }),
    sampleItem({ id: 'c:0', text: 'three', published: day(2 * CHAPTER_GAP_DAYS + 1) }),
    sampleItem({ id: 'u:0', text: 'undated, captured in between', capturedAt: day(CHAPTER_GAP_DAYS + 3) }),
    sampleItem({ id: 'v:0', text: 'undated, captured later', capturedAt: day(200) }),
  ];
  const chapters = storyChapters(items);
  assert.deepEqual(chapters.map((chapter) => chapter.itemIds), [['a:0', 'b:0', 'u:0'], ['c:0', 'v:0']]);
  assert.equal(chapters[1]?.last, day(2 * CHAPTER_GAP_DAYS + 1), 'a capture time never becomes a chapter time');
});

test('a story without any publication date is one undated chapter; misuse throws', () => {
  const chapters = storyChapters([sampleItem({ id: 'x:0', text: 'Undated report.' }), sampleItem({ id: 'y:0', text: 'Another one.' })]);
  assert.equal(chapters.length, 1);
  assert.deepEqual([chapters[0]?.first, chapters[0]?.last], [null, null]);
  assert.throws(() => storyChapters([]), /never empty/);
  assert.throws(() => storyChapters([sampleItem({ id: 'x:0', text: 'x' })], 0), /gapDays/);
});
