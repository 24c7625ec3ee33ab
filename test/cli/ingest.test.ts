/**
 * The main job end to end through the CLI on the embedded store: good and bad inputs in one
 * batch, idempotent re-runs, exit statuses and the JSON output contract.
 */
import assert from 'node:assert/strict';
import { closeSync, mkdirSync, openSync, writeFileSync, ftruncateSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packageRoot } from '../../src/pipeline/paths.js';
import { cli, tempDir } from '../helpers/cli.js';

const CAPTURED = '2025-03-20T12:00:00Z';

describe('dossier ingest: a batch with bad inputs', () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'store.db');
  const inputs = join(dir, 'in');
  before(() => {
    mkdirSync(inputs);
    cpSync(join(packageRoot(), 'demo', 'nl'), join(inputs, 'nl'), { recursive: true });
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'image.html'), Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
    writeFileSync(join(inputs, 'latin1.txt'), Buffer.concat([Buffer.from('De ministers spraken in Den Haag over de caf'), Buffer.from([0xe9]), Buffer.from(' en het overleg duurde lang.\n')]));
    writeFileSync(
      join(inputs, 'feed.jsonl'),
      [
        JSON.stringify({ id: 'ok-1', title: 'Havens sluiten akkoord', text: 'De havens van Rotterdam en Antwerpen sloten dinsdag een akkoord over de lonen.', lang: 'nl' }),
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'ok-2', title: 'Hafen einigt sich', text: 'Der Hafen von Hamburg hat sich am Montag mit der Gewerkschaft geeinigt.', lang: 'de' }),
      ].join('\n') + '\n',
    );
    const big = openSync(join(inputs, 'huge.html'), 'w');
    ftruncateSync(big, 50 * 1024 * 1024);
    closeSync(big);
  });
  after(cleanup);

  it('stores the good documents, names each bad file, and exits 1', async () => {
    const run = await cli(['ingest', inputs, '--db', db, '--captured-at', CAPTURED, '--format', 'json']);
    assert.equal(run.status, 1, run.stderr);
    const summary = JSON.parse(run.stdout);
    assert.ok(summary.added >= 3, `expected stored documents, got ${run.stdout}`);
    const failed = summary.failures.map((f: { source: string; messages: { code: string }[] }) => `${f.source} ${f.messages[0]?.code}`).sort();
    assert.ok(failed.some((f: string) => f.includes('empty.txt') && f.includes('ingest/empty')), failed.join('\n'));
    assert.ok(failed.some((f: string) => f.includes('image.html') && f.includes('ingest/binary')), failed.join('\n'));
    assert.ok(failed.some((f: string) => f.includes('huge.html') && f.includes('ingest/too-large')), failed.join('\n'));
    assert.ok(failed.some((f: string) => f.includes('feed.jsonl:2') && f.includes('ingest/jsonl-syntax')), failed.join('\n'));
    assert.match(run.stderr, /empty\.txt/);
    assert.match(run.stderr, /warning: .*latin1\.txt.*\[ingest\/invalid-utf8\]/);
    assert.match(run.stderr, /feed\.jsonl:2/);
  });

  it('a second run stores nothing twice', async () => {
    const before = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout);
    const run = await cli(['ingest', inputs, '--db', db, '--captured-at', CAPTURED, '--format', 'json']);
    const summary = JSON.parse(run.stdout);
    assert.equal(summary.added, 0);
    assert.ok(summary.duplicates >= 3);
    const afterStories = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout);
    const count = (stories: { items: unknown[] }[]) => stories.reduce((n, s) => n + s.items.length, 0);
    assert.equal(count(afterStories), count(before));
  });

  it('decodes invalid UTF-8 with a fallback and keeps the text', async () => {
    const run = await cli(['search', 'café', '--db', db, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(JSON.parse(run.stdout).length >= 1, 'the latin-1 file should be stored and searchable');
  });

  it('stories: every stored item belongs to exactly one story', async () => {
    const stories = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout) as { id: string; items: { source: string; item: number }[] }[];
    const keys = stories.flatMap((s) => s.items.map((i) => `${i.source}#${i.item}`));
    assert.equal(new Set(keys).size, keys.length);
    for (const story of stories) {
      assert.match(story.id, /^s[0-9a-f]{12}$/);
      assert.ok(story.items.length >= 1);
    }
  });

  it('entities and events follow the JSON contract', async () => {
    const entities = JSON.parse((await cli(['entities', '--db', db, '--format', 'json'])).stdout);
    assert.ok(entities.length > 0);
    for (const e of entities) {
      assert.deepEqual(Object.keys(e).sort(), ['id', 'mentions', 'name', 'names', 'type']);
      assert.ok(e.mentions >= 1);
    }
    const events = JSON.parse((await cli(['events', '--db', db, '--format', 'json'])).stdout);
    for (const e of events) {
      assert.deepEqual(Object.keys(e).sort(), ['actors', 'evidence', 'id', 'modality', 'open', 'place', 'time', 'type']);
      assert.ok(e.evidence.length >= 1 && typeof e.evidence[0].sentence === 'string');
    }
  });
});

describe('dossier extract --format jsonl', () => {
  it('prints one contract object per item, with JSONL ids echoed', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'two.jsonl');
      writeFileSync(file, `${JSON.stringify({ id: 'a1', url: 'https://example.org/a1', title: 'Overleg in Genève', text: 'De ministers kwamen woensdag in Genève bijeen om over de steun te praten.', published: '2025-02-12T08:00:00Z' })}\n`);
      const run = await cli(['extract', file, '--format', 'jsonl', '--captured-at', CAPTURED]);
      assert.equal(run.status, 0, run.stderr);
      const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(lines.length, 1);
      const item = lines[0];
      assert.equal(item.source, 'a1');
      assert.equal(item.id, 'a1');
      assert.equal(item.url, 'https://example.org/a1');
      assert.equal(item.item, 0);
      assert.equal(item.kind, 'article');
      assert.equal(item.lang, 'nl');
      assert.equal(item.published.date.slice(0, 10), '2025-02-12');
      assert.equal(item.published.basis, 'metadata');
      for (const key of ['title', 'text', 'dateline', 'byline', 'messages']) assert.ok(key in item, key);
    } finally {
      cleanup();
    }
  });
});

describe('dossier misuse', () => {
  it('exits 2 on an unknown command, a bad option value, or a missing argument', async () => {
    assert.equal((await cli(['frobnicate'])).status, 2);
    assert.equal((await cli(['stories', '--format', 'xml'])).status, 2);
    assert.equal((await cli(['ingest', 'x', '--captured-at', 'yesterday'])).status, 2);
    assert.equal((await cli(['ingest'])).status, 2);
    assert.equal((await cli([])).status, 2, 'no command at all');
    assert.equal((await cli(['help', 'ingest'])).status, 0);
  });

  it('prints help for every command', async () => {
    for (const command of ['ingest', 'extract', 'stories', 'story', 'events', 'entities', 'annotate', 'search', 'demo']) {
      const run = await cli([command, '--help']);
      assert.equal(run.status, 0, command);
      assert.match(run.stdout, /Usage: dossier/, command);
    }
  });
});
