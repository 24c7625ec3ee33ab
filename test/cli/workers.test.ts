/**
 * Splitting one ingest among workers: `--shard K/N` reads each file in exactly one shard,
 * `--no-cluster` stores without recomputing stories, `dossier recluster` recomputes them once.
 * Texts written for this test.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, tempDir } from '../helpers/cli.js';

const TOWNS = ['Delft', 'Leiden', 'Gouda', 'Breda', 'Tilburg', 'Venlo', 'Assen', 'Emmen', 'Zwolle', 'Deventer'];

describe('dossier ingest --shard / --no-cluster and dossier recluster', () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'store.db');
  const inputs = join(dir, 'in');
  before(() => {
    mkdirSync(inputs);
    TOWNS.forEach((town, i) => writeFileSync(join(inputs, `page-${i}.txt`), `De gemeenteraad van ${town} besloot dinsdag de bibliotheek te verbouwen.\n\nDe verbouwing in ${town} kost naar verwachting ${i + 2} miljoen euro en begint in het voorjaar.\n`));
  });
  after(cleanup);

  const ingest = async (...extra: string[]) => {
    const run = await cli(['ingest', inputs, '--db', db, '--captured-at', '2025-03-20T12:00:00Z', '--format', 'json', ...extra]);
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout) as { added: number; read: number };
  };

  it('two shards together read every file once; without clustering no story is written', async () => {
    const first = await ingest('--shard', '1/2', '--no-cluster');
    const second = await ingest('--shard', '2/2', '--no-cluster');
    assert.equal(first.read + second.read, TOWNS.length);
    assert.ok(first.read > 0 && second.read > 0, `shards ${first.read} and ${second.read}`);
    assert.equal(first.added + second.added, TOWNS.length);
    const stories = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout) as unknown[];
    assert.equal(stories.length, 0);
  });

  it('recluster puts every stored item in exactly one story', async () => {
    const run = await cli(['recluster', '--db', db, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as { stories: number; items: number };
    assert.equal(report.items, TOWNS.length);
    const stories = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout) as { items: { id: string }[] }[];
    const ids = stories.flatMap((s) => s.items.map((i) => i.id));
    assert.equal(ids.length, TOWNS.length);
    assert.equal(new Set(ids).size, TOWNS.length);
  });

  it('a malformed --shard is a usage error naming the form', async () => {
    const run = await cli(['ingest', inputs, '--db', db, '--shard', '3/2']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--shard must be K\/N/);
  });
});
