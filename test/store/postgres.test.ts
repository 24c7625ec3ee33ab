/**
 * Runs the store conformance suite on a real PostgreSQL server, when `DOSSIER_TEST_PG_URL`
 * names a database (e.g. `eval "$(bash .ci/postgres.sh start)"` starts a throw-away one).
 * Each test works in a schema of its own, dropped at the end; nothing else in the database
 * is touched.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ingestInputs } from '../../src/pipeline/process.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { createPgClient } from '../../src/store/postgres/pg-client.js';
import { POSTGRES_SCHEMA_VERSION } from '../../src/store/postgres/migrate.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/schema.js';
import type { SqlClient } from '../../src/store/postgres/client.js';
import { storeConformance } from './conformance.js';

const base = process.env.DOSSIER_TEST_PG_URL;
const HOW_TO_RUN =
  'set DOSSIER_TEST_PG_URL to a PostgreSQL database URL to run these tests, e.g. `eval "$(bash .ci/postgres.sh start)"` then rerun, and `bash .ci/postgres.sh stop` afterwards';

if (!base) {
  it('postgres store conformance', { skip: HOW_TO_RUN }, () => undefined);
} else {
  const admin: SqlClient = createPgClient(base);
  const schemas: string[] = [];
  after(async () => {
    for (const schema of schemas) await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  });

  /** A URL of the test database whose connections work in a new, empty schema. */
  const freshSchemaUrl = async (): Promise<string> => {
    const schema = `dossier_test_${randomBytes(6).toString('hex')}`;
    await admin.exec(`CREATE SCHEMA ${schema}`);
    schemas.push(schema);
    const url = new URL(base);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
  };

  storeConformance('postgres', async () => openStore(await freshSchemaUrl()));

  describe('postgres store', () => {
    it('opens postgres:// and postgresql:// URLs as PostgreSQL', async () => {
      const url = await freshSchemaUrl();
      for (const target of [url, url.replace(/^postgres:/, 'postgresql:')]) {
        const store = await openStore(target);
        assert.equal(store.dialect, 'postgres');
        await store.close();
      }
    });

    it('migrates once when several stores migrate the same schema at once', async () => {
      const url = await freshSchemaUrl();
      const stores = await Promise.all([1, 2, 3].map(() => openStore(url)));
      assert.deepEqual(await Promise.all(stores.map((s) => s.migrate())), [POSTGRES_SCHEMA_VERSION, POSTGRES_SCHEMA_VERSION, POSTGRES_SCHEMA_VERSION]);
      const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${new URL(url).searchParams.get('options')?.split('=')[1]}.schema_migrations`);
      assert.equal(rows[0]?.n, POSTGRES_MIGRATIONS.length, 'each migration recorded once');
      await Promise.all(stores.map((s) => s.close()));
    });

    it('two stores on one database (as two processes) take the story lock one after another', async () => {
      const url = await freshSchemaUrl();
      const [a, b] = await Promise.all([openStore(url), openStore(url)]);
      await a!.migrate();
      const log: string[] = [];
      const hold = (store: Store, name: string) =>
        store.withStoryLock(async () => {
          log.push(`${name}+`);
          await sleep(50);
          log.push(`${name}-`);
        });
      await Promise.all([hold(a!, 'a'), hold(b!, 'b')]);
      assert.ok(log.join(' ') === 'a+ a- b+ b-' || log.join(' ') === 'b+ b- a+ a-', log.join(' '));
      await Promise.all([a!.close(), b!.close()]);
    });

    it('workers ingesting at once leave every stored item in exactly one story', async () => {
      const url = await freshSchemaUrl();
      const dir = await mkdtemp(join(tmpdir(), 'dossier-pg-workers-'));
      try {
        const shards = [0, 1].map((worker) =>
          Array.from({ length: 6 }, (_, i) =>
            JSON.stringify({ id: `w${worker}-${i}`, lang: 'en', title: `Harbour report ${worker}-${i}`, text: `Dock workers in port ${worker * 10 + i} met the harbour board on Monday about night shifts and pay.` }),
          ).join('\n'),
        );
        const paths = await Promise.all(shards.map(async (text, worker) => {
          const path = join(dir, `worker-${worker}.jsonl`);
          await writeFile(path, text);
          return path;
        }));
        const stores = await Promise.all(paths.map(() => openStore(url)));
        await stores[0]!.migrate();
        const summaries = await Promise.all(stores.map((store, worker) => ingestInputs(store, [paths[worker]!], { capturedAt: '2025-03-20T12:00:00Z' })));
        assert.deepEqual(summaries.map((s) => s.added), [6, 6]);
        const stories = await stores[0]!.listStories();
        const members = stories.flatMap((s) => s.itemIds);
        assert.equal(members.length, 12, 'every item in a story');
        assert.equal(new Set(members).size, 12, 'no item in two stories');
        await Promise.all(stores.map((s) => s.close()));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('names the fix and hides the password when the server cannot be reached', async () => {
      await assert.rejects(openStore('postgres://someone:hunter2@127.0.0.1:1/nothing'), (error: Error) => {
        assert.match(error.message, /Check that the server runs/);
        assert.doesNotMatch(error.message, /hunter2/);
        return true;
      });
    });
  });
}
