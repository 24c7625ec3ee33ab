/**
 * The founding acceptance test, on the user's own captures in ../shared/seeds (skipped, with the
 * reason, when that folder is absent): the four US–Japan articles form one story, the
 * China–Russia article and the sidebar briefs stay out, and each brief of the two Dutch digest
 * pages is its own item.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sharedPath } from '../src/pipeline/paths.js';
import { cli, tempDir } from './helpers/cli.js';

const seeds = sharedPath('seeds');
const CAPTURED = '2025-11-19T12:00:00Z';
const US_JAPAN = ['000_30542a639edd905e.txt#0', '001_5d57b22f4bb4379a.txt#0', '002_e26200d3a19c2380.txt#0', '004_5360b0465d52229e.txt#0'];
const CHINA_RUSSIA = '003_0a7a443964eafb9f.txt#0';
const DIGESTS = ['000_30542a639edd905e.txt', '003_0a7a443964eafb9f.txt'];

interface ExtractedItem {
  source: string;
  item: number;
  kind: string;
  dateline: { place: string; agencies: string[] } | null;
  published: { date: string | null; basis: string | null };
}

const basename = (source: string) => source.split(/[\\/]/).pop() ?? source;

describe('seeds: the founding acceptance test', { skip: seeds ? false : 'skipped: ../shared/seeds is absent' }, () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'seeds.db');
  before(async () => {
    const run = await cli(['ingest', seeds!, '--db', db, '--captured-at', CAPTURED]);
    assert.equal(run.status, 0, run.stderr);
  });
  after(cleanup);

  it('the four US–Japan articles form one story without the China–Russia article or any brief', async () => {
    const stories = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout) as { id: string; items: { source: string; item: number }[] }[];
    const key = (i: { source: string; item: number }) => `${basename(i.source)}#${i.item}`;
    const story = stories.find((s) => s.items.some((i) => key(i) === US_JAPAN[0]));
    assert.ok(story, 'the Dutch US–Japan article is in a story');
    assert.deepEqual(story.items.map(key).sort(), [...US_JAPAN].sort(), 'exactly the four US–Japan articles');
    assert.ok(!story.items.some((i) => key(i) === CHINA_RUSSIA));
  });

  it('each brief of the two Dutch digest pages is its own item, with dateline and stamp', async () => {
    const run = await cli(['extract', seeds!, '--format', 'jsonl', '--captured-at', CAPTURED]);
    assert.equal(run.status, 0, run.stderr);
    const items = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as ExtractedItem);
    for (const digest of DIGESTS) {
      const fromPage = items.filter((i) => basename(i.source) === digest);
      const briefs = fromPage.filter((i) => i.kind === 'brief');
      assert.equal(fromPage[0]?.kind, 'article', `${digest}: item 0 is the main article`);
      assert.equal(briefs.length, 7, `${digest}: seven briefs`);
      for (const brief of briefs) {
        assert.ok(brief.dateline && brief.dateline.agencies.includes('ANP'), `${digest}#${brief.item}: dateline with ANP`);
        assert.equal(brief.published.basis, 'relative', `${digest}#${brief.item}: dated by its relative stamp`);
        assert.ok(Date.parse(brief.published.date!) <= Date.parse(CAPTURED), 'never after the capture time');
      }
    }
  });
});
