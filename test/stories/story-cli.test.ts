import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lisbonFootballNl, tagusAgreedDe, tagusAgreedEn, tagusInspectionFr, tagusInspectionNl } from '../../src/stories/long-story-fixtures.js';
import { cli, tempDir } from '../helpers/cli.js';

// The made-up Tagus commission story (April 2024, then February 2025) and a football brief, as a JSONL feed.
const feed = [tagusAgreedEn(), tagusAgreedDe(), lisbonFootballNl(), tagusInspectionNl(), tagusInspectionFr()].map((item) => ({
  id: item.id.replace(/:0$/, ''),
  lang: item.lang?.code,
  title: item.title,
  text: item.text,
  published: item.published?.date,
}));

interface ListedStory {
  id: string;
  first: string | null;
  last: string | null;
  items: { id: string }[];
  chapters: { id: string; title: string; first: string | null; last: string | null; itemIds: string[] }[];
}

test('dossier stories shows a long-running story as chapters; dossier story shows its view', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const input = join(dir, 'feed.jsonl');
    writeFileSync(input, feed.map((line) => JSON.stringify(line)).join('\n'));
    const db = join(dir, 'store.db');
    assert.equal((await cli(['ingest', input, '--db', db, '--captured-at', '2025-03-01T12:00:00Z'])).status, 0);

    const listed = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout) as ListedStory[];
    const tagus = listed.find((story) => story.items.length === 4);
    assert.ok(tagus, JSON.stringify(listed.map((story) => story.items.length)));
    assert.equal(tagus.chapters.length, 2);
    assert.deepEqual(tagus.chapters.map((chapter) => chapter.itemIds.length), [2, 2]);
    assert.deepEqual(tagus.chapters.flatMap((chapter) => chapter.itemIds), tagus.items.map((item) => item.id));
    assert.deepEqual([tagus.first, tagus.last], [tagus.chapters[0]?.first, tagus.chapters[1]?.last]);
    assert.match(tagus.chapters[0]?.first ?? '', /^2024-04-09/);
    assert.match(tagus.chapters[1]?.first ?? '', /^2025-02-18/);

    const text = (await cli(['stories', '--db', db])).stdout;
    assert.match(text, /2 chapters/);
    assert.match(text, /chapter 1\/2 · 2024-04-09 … 2024-04-10 · 2 item\(s\)/);

    const one = await cli(['story', tagus.id, '--db', db, '--format', 'json']);
    assert.equal(one.status, 0, one.stderr);
    const view = JSON.parse(one.stdout) as { label: string; summary: { item: string; sentence: string }[]; entities: { id: string }[]; sources: { name: string }[]; chapters: unknown[]; timeline: unknown[]; undated: number };
    assert.ok(view.label.split(' ').length <= 10, view.label);
    assert.ok(view.summary.length >= 1);
    for (const line of view.summary) assert.ok(tagus.items.some((item) => item.id === line.item), `${line.item} cites an item of the story`);
    assert.ok(view.entities.some((entity) => entity.id === 'gpe:PT'));
    assert.equal(view.chapters.length, 2);
    assert.equal(view.undated, 0);
    assert.ok(Array.isArray(view.timeline));
    const shown = (await cli(['story', tagus.id, '--db', db])).stdout;
    assert.match(shown, /Summary:\n    “/);
    assert.match(shown, /Key entities: /);
    assert.match(shown, /Chapters and items:/);
  } finally {
    cleanup();
  }
});
