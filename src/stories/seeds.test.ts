/**
 * Acceptance on the seed captures in `../shared/seeds` (read at run time, never copied): the
 * whole chain extraction → language → dates → entities → stories must put the four US–Japan
 * articles in one story, keep the China–Russia article and every brief out of it.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { datesStage } from '../dates/index.js';
import { entitiesStage } from '../entities/index.js';
import { extractDocument } from '../extract/index.js';
import { languageStage } from '../language/index.js';
import { sharedPath } from '../pipeline/paths.js';
import { runStages } from '../pipeline/runner.js';
import type { RawDocument } from '../pipeline/types.js';
import { itemId, type StoredItem, type StoryRecord } from '../store/store.js';
import { clusterStories } from './cluster.js';

const seeds = sharedPath('seeds');
const skip = seeds === null ? 'the seed captures (../shared/seeds) are not present' : false;

/** The items of every seed file, by file prefix (`000` …), after the full per-item pipeline. */
function seedItems(dir: string): Map<string, StoredItem[]> {
  const byFile = new Map<string, StoredItem[]>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
    const bytes = readFileSync(join(dir, name));
    const document: RawDocument = {
      source: join(dir, name),
      hash: createHash('sha256').update(bytes).digest('hex'),
      mediaType: 'text/plain',
      content: bytes.toString('utf8'),
      encoding: { name: 'utf-8', rule: 'stories/seeds-test' },
      capturedAt: { date: '2025-10-29T12:00:00Z', basis: 'option' },
      url: null,
      hints: {},
      messages: [],
    };
    const items = extractDocument(document).map((item): StoredItem => {
      runStages(item, [languageStage, datesStage, entitiesStage]);
      return { ...item, id: itemId(document.hash, item.index), givenId: item.id };
    });
    byFile.set(name.slice(0, 3), items);
  }
  return byFile;
}

/** The main article of a file: its longest item of kind `article`. */
function mainArticle(byFile: Map<string, StoredItem[]>, prefix: string): StoredItem {
  const articles = (byFile.get(prefix) ?? []).filter((item) => item.kind === 'article');
  const longest = articles.sort((a, b) => b.text.length - a.text.length)[0];
  assert.ok(longest, `seed ${prefix} gave no article`);
  return longest;
}

function storyOf(stories: readonly StoryRecord[], id: string): StoryRecord {
  const story = stories.find((candidate) => candidate.itemIds.includes(id));
  assert.ok(story, `item ${id} is in no story`);
  return story;
}

test('seeds: the four US–Japan articles form one story without the China–Russia article or any brief', { skip }, () => {
  const byFile = seedItems(seeds as string);
  const items = [...byFile.values()].flat();
  const stories = clusterStories(items);
  const alliance = ['000', '001', '002', '004'].map((prefix) => mainArticle(byFile, prefix));
  const story = storyOf(stories, (alliance[0] as StoredItem).id);
  for (const article of alliance) assert.ok(story.itemIds.includes(article.id), `article ${article.id} (${article.title}) is not in "${story.title}"`);
  assert.ok(!story.itemIds.includes(mainArticle(byFile, '003').id), 'the China–Russia article joined the US–Japan story');
  const briefs = items.filter((item) => item.kind === 'brief' && story.itemIds.includes(item.id));
  assert.deepEqual(briefs.map((item) => item.id), [], 'a brief joined the US–Japan story');
  assert.deepEqual(story.languages, ['de', 'nl']);
});

test('seeds: the two briefs of digest 003 about the Dubai airport form one story', { skip }, () => {
  const byFile = seedItems(seeds as string);
  const stories = clusterStories([...byFile.values()].flat());
  const dubai = (byFile.get('003') ?? []).filter((item) => item.kind === 'brief' && /Dubai/.test(`${item.title ?? ''} ${item.text}`));
  assert.equal(dubai.length, 2, 'digest 003 has two briefs naming the Dubai airport');
  const [first, second] = dubai as [StoredItem, StoredItem];
  assert.equal(storyOf(stories, first.id).id, storyOf(stories, second.id).id);
});
