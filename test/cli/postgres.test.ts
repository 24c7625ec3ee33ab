/**
 * The main job on PostgreSQL: the same corpus ingested through the CLI into a real PostgreSQL
 * server and into SQLite gives the same stories. Runs when DOSSIER_TEST_PG_URL points at a server
 * where the user may create databases (`.ci/postgres.sh start` prints one); skipped otherwise.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { packageRoot } from '../../src/pipeline/paths.js';
import { cli, tempDir } from '../helpers/cli.js';

const serverUrl = process.env.DOSSIER_TEST_PG_URL;
const CAPTURED = '2025-03-20T12:00:00Z';

/** The story partition as sorted lists of item keys, comparable across stores. */
function partition(json: string): string[][] {
  const stories = JSON.parse(json) as { items: { source: string; item: number }[] }[];
  return stories.map((s) => s.items.map((i) => `${i.source}#${i.item}`).sort()).sort((a, b) => a.join().localeCompare(b.join()));
}

describe('dossier on PostgreSQL', { skip: serverUrl ? false : 'skipped: set DOSSIER_TEST_PG_URL (e.g. via `bash .ci/postgres.sh start`) to run' }, () => {
  const database = `dossier_cli_${process.pid}_${Date.now()}`;
  const { dir, cleanup } = tempDir();
  let url = '';
  before(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const parsed = new URL(serverUrl!);
    parsed.pathname = `/${database}`;
    url = parsed.toString();
  });
  after(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    cleanup();
  });

  it('ingests idempotently and gives the same stories as SQLite', async () => {
    const corpus = join(packageRoot(), 'demo');
    const first = await cli(['ingest', corpus, '--db', url, '--captured-at', CAPTURED, '--format', 'json']);
    assert.equal(first.status, 0, first.stderr);
    assert.ok(JSON.parse(first.stdout).added > 10);
    const again = await cli(['ingest', corpus, '--db', url, '--captured-at', CAPTURED, '--format', 'json']);
    assert.equal(JSON.parse(again.stdout).added, 0);

    const sqlite = join(dir, 'same.db');
    assert.equal((await cli(['ingest', corpus, '--db', sqlite, '--captured-at', CAPTURED])).status, 0);
    const onPg = partition((await cli(['stories', '--db', url, '--format', 'json'])).stdout);
    const onSqlite = partition((await cli(['stories', '--db', sqlite, '--format', 'json'])).stdout);
    assert.deepEqual(onPg, onSqlite);

    const hits = JSON.parse((await cli(['search', 'Rotterdam', '--db', url, '--format', 'json'])).stdout);
    assert.ok(hits.length > 0);
  });
});
