/**
 * Runs the store conformance suite on the PostgreSQL adapter over PGlite (in memory). One
 * PGlite instance serves every test; each test gets an empty `public` schema.
 */
import { PGlite } from '@electric-sql/pglite';
import { after } from 'node:test';
import { createPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { storeConformance } from './conformance.js';
import { pgliteClient } from './pglite-client.js';

let db: PGlite | undefined;
after(async () => db?.close());

storeConformance('postgres (PGlite)', async () => {
  db ??= new PGlite();
  await db.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  const store = await createPostgresStore(pgliteClient(db, { shared: true }), 'PGlite');
  await store.migrate();
  return store;
});
