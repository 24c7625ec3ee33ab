/**
 * The PostgreSQL write paths, run inside a transaction. Ingest is idempotent under concurrency:
 * the document row goes in first with `ON CONFLICT (hash) DO NOTHING`, which waits for a
 * concurrent writer of the same hash; when nothing was inserted, nothing else is written.
 * Entities are inserted or locked in id order, so concurrent writers never deadlock on them.
 */
import type { Entity, Item } from '../../pipeline/types.js';
import { collapseEntities, mergeEntity, sameNames } from '../entity-merge.js';
import { eventRows, itemRow, mentionRows } from '../rows/item-rows.js';
import { documentRow, entityFromRow, entityRow, storyRow, type EntityRow } from '../rows/record-rows.js';
import { itemId, type AddResult, type DocumentRecord, type StoryRecord } from '../store.js';
import type { SqlQueryable } from './client.js';
import { fromRecordset, insertRecordset } from './recordsets.js';

const INSERT_DOCUMENT = `INSERT INTO documents (hash, source, media_type, url, captured_at, capture_basis, encoding, size, messages)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb) ON CONFLICT (hash) DO NOTHING RETURNING hash`;
const ITEM_IDS_OF_DOCUMENT = 'SELECT id FROM items WHERE document_hash = $1 ORDER BY idx';
const INSERT_NEW_ENTITIES = `${insertRecordset('entities')} ORDER BY id ON CONFLICT (id) DO NOTHING RETURNING id`;
const LOCK_ENTITIES = 'SELECT id, type, name, names, geo FROM entities WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY id FOR UPDATE';
const UPDATE_ENTITIES = `UPDATE entities e SET names = x.names, geo = x.geo FROM (${fromRecordset('entities')}) x WHERE e.id = x.id`;

/** Stores one document with its items, mentions, events and entities, using transaction `tx`. */
export async function writeDocument(tx: SqlQueryable, document: DocumentRecord, items: readonly Item[], entities: readonly Entity[]): Promise<AddResult> {
  const d = documentRow(document);
  const inserted = await tx.query(INSERT_DOCUMENT, [d.hash, d.source, d.media_type, d.url, d.captured_at, d.capture_basis, d.encoding, d.size, JSON.stringify(d.messages)]);
  if (inserted.rows.length === 0) {
    const existing = await tx.query<{ id: string }>(ITEM_IDS_OF_DOCUMENT, [document.hash]);
    return { added: false, itemIds: existing.rows.map((row) => row.id) };
  }
  const placed = items.map((item) => ({ item, id: itemId(document.hash, item.index) }));
  await insertRows(tx, 'items', placed.map(({ item, id }) => itemRow(item, id)));
  await insertRows(tx, 'mentions', placed.flatMap(({ item, id }) => mentionRows(item, id)));
  await insertRows(tx, 'events', placed.flatMap(({ item, id }) => eventRows(item, id)));
  await writeEntities(tx, collapseEntities(entities));
  return { added: true, itemIds: placed.map(({ id }) => id) };
}

/** Inserts `rows` into `table` in one statement (none when there are no rows). */
async function insertRows(tx: SqlQueryable, table: 'items' | 'mentions' | 'events' | 'stories' | 'story_items', rows: readonly object[]): Promise<void> {
  if (rows.length > 0) await tx.query(insertRecordset(table), [JSON.stringify(rows)]);
}

/** Inserts new entities and merges names into stored ones (`entities` collapsed and sorted by id). */
async function writeEntities(tx: SqlQueryable, entities: readonly Entity[]): Promise<void> {
  if (entities.length === 0) return;
  const fresh = await tx.query<{ id: string }>(INSERT_NEW_ENTITIES, [JSON.stringify(entities.map(entityRow))]);
  const insertedIds = new Set(fresh.rows.map((row) => row.id));
  const incoming = new Map(entities.filter((e) => !insertedIds.has(e.id)).map((e) => [e.id, e]));
  if (incoming.size === 0) return;
  const stored = await tx.query<EntityRow>(LOCK_ENTITIES, [JSON.stringify([...incoming.keys()])]);
  const changed: Entity[] = [];
  for (const row of stored.rows) {
    const before = entityFromRow(row);
    const update = incoming.get(row.id);
    if (!update) continue;
    const merged = mergeEntity(before, update);
    if (!sameNames(before.names, merged.names) || before.geo !== merged.geo) changed.push(merged);
  }
  if (changed.length > 0) await tx.query(UPDATE_ENTITIES, [JSON.stringify(changed.map(entityRow))]);
}

/** Replaces every story with `stories`, using transaction `tx`. */
export async function writeStories(tx: SqlQueryable, stories: readonly StoryRecord[]): Promise<void> {
  await tx.exec('DELETE FROM story_items; DELETE FROM stories');
  await insertRows(tx, 'stories', stories.map(storyRow));
  await insertRows(tx, 'story_items', stories.flatMap((story) => story.itemIds.map((item_id, n) => ({ story_id: story.id, n, item_id }))));
}
