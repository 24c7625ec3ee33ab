/**
 * The PostgreSQL write paths. A whole document (its row, items, mentions, events and entities)
 * is stored by one statement of data-modifying CTEs, so it is one round trip and atomic: if any
 * part fails, nothing of the document stays. Ingest is idempotent under concurrency: the
 * document row goes in with `ON CONFLICT (hash) DO NOTHING`, which waits for a concurrent writer
 * of the same hash, and every other part is written only when that row was inserted. Entities
 * are upserted in id order (so concurrent writers never deadlock on them), merging names.
 */
import type { Entity, Item } from '../../pipeline/types.js';
import { collapseEntities } from '../entity-merge.js';
import { eventRows, eventTimeColumn, itemRow, mentionRows } from '../rows/item-rows.js';
import { documentRow, entityRow, storyRow } from '../rows/record-rows.js';
import { itemId, type AddResult, type DeleteResult, type EventTimeUpdate, type DocumentRecord, type StoryRecord } from '../store.js';
import type { SqlQueryable } from './client.js';
import { fromRecordset, insertRecordset, recordsetColumns } from './recordsets.js';

const IF_NEW = 'WHERE EXISTS (SELECT 1 FROM doc)';

const ADD_DOCUMENT = `WITH doc AS (
    INSERT INTO documents (hash, source, media_type, url, captured_at, capture_basis, encoding, size, messages)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb) ON CONFLICT (hash) DO NOTHING RETURNING hash
  ), new_items AS (
    INSERT INTO items (${recordsetColumns('items')}) ${fromRecordset('items', 10)} ${IF_NEW}
  ), new_mentions AS (
    INSERT INTO mentions (${recordsetColumns('mentions')}) ${fromRecordset('mentions', 11)} ${IF_NEW}
  ), new_events AS (
    INSERT INTO events (${recordsetColumns('events')}) ${fromRecordset('events', 12)} ${IF_NEW}
  ), new_entities AS (
    INSERT INTO entities AS e (${recordsetColumns('entities')}) ${fromRecordset('entities', 13)} ${IF_NEW} ORDER BY id
    ON CONFLICT (id) DO UPDATE SET names = dossier_merge_names(e.names, excluded.names), geo = coalesce(e.geo, excluded.geo)
    WHERE e.names IS DISTINCT FROM dossier_merge_names(e.names, excluded.names) OR (e.geo IS NULL AND excluded.geo IS NOT NULL)
  )
  SELECT count(*)::int AS added FROM doc`;
const ITEM_IDS_OF_DOCUMENT = 'SELECT id FROM items WHERE document_hash = $1 ORDER BY idx';

/** Stores one document with its items, mentions, events and entities in one statement on `db`. */
export async function writeDocument(db: SqlQueryable, document: DocumentRecord, items: readonly Item[], entities: readonly Entity[]): Promise<AddResult> {
  const d = documentRow(document);
  const placed = items.map((item) => ({ item, id: itemId(document.hash, item.index) }));
  const { rows } = await db.query<{ added: number }>(ADD_DOCUMENT, [
    d.hash, d.source, d.media_type, d.url, d.captured_at, d.capture_basis, d.encoding, d.size, JSON.stringify(d.messages),
    JSON.stringify(placed.map(({ item, id }) => itemRow(item, id))),
    JSON.stringify(placed.flatMap(({ item, id }) => mentionRows(item, id))),
    JSON.stringify(placed.flatMap(({ item, id }) => eventRows(item, id))),
    JSON.stringify(collapseEntities(entities).map(entityRow)),
  ]);
  if (rows[0]?.added === 1) return { added: true, itemIds: placed.map(({ id }) => id) };
  const existing = await db.query<{ id: string }>(ITEM_IDS_OF_DOCUMENT, [document.hash]);
  return { added: false, itemIds: existing.rows.map((row) => row.id) };
}

/** Replaces every story with `stories`, using transaction `tx`. */
export async function writeStories(tx: SqlQueryable, stories: readonly StoryRecord[]): Promise<void> {
  await tx.exec('DELETE FROM story_items; DELETE FROM stories');
  const storyItems = stories.flatMap((story) => story.itemIds.map((item_id, n) => ({ story_id: story.id, n, item_id })));
  if (stories.length > 0) await tx.query(insertRecordset('stories'), [JSON.stringify(stories.map(storyRow))]);
  if (storyItems.length > 0) await tx.query(insertRecordset('story_items'), [JSON.stringify(storyItems)]);
}

const SET_EVENT_TIMES = `UPDATE events e SET "time" = u."time" FROM jsonb_to_recordset($1::jsonb) AS u (id text, "time" jsonb) WHERE e.id = u.id`;

/** Sets the `time` column of the events named in `updates`, in one statement on `db`. */
export async function writeEventTimes(db: SqlQueryable, updates: readonly EventTimeUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  await db.query(SET_EVENT_TIMES, [JSON.stringify(updates.map((u) => ({ id: u.id, time: eventTimeColumn(u) })))]);
}

const IDS = 'SELECT jsonb_array_elements_text($1::jsonb)';
/** The statements of {@link deleteDocumentWith}, in order; `$1` is a jsonb array of ids or the hash. */
const DELETE_DOCUMENT = {
  items: 'SELECT id FROM items WHERE document_hash = $1 ORDER BY idx FOR UPDATE',
  entities: `SELECT DISTINCT entity_id FROM mentions WHERE item_id IN (${IDS})`,
  stories: `SELECT DISTINCT story_id FROM story_items WHERE item_id IN (${IDS})`,
  storyItems: `DELETE FROM story_items WHERE item_id IN (${IDS})`,
  resize: `UPDATE stories SET size = (SELECT count(*) FROM story_items si WHERE si.story_id = stories.id) WHERE id IN (${IDS})`,
  emptyStories: `DELETE FROM stories WHERE size = 0 AND id IN (${IDS})`,
  document: 'DELETE FROM documents WHERE hash = $1',
  unusedEntities: `DELETE FROM entities WHERE id IN (${IDS})
    AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id) AND NOT EXISTS (SELECT 1 FROM events e WHERE e.place = entities.id)`,
} as const;

/**
 * Deletes the document `hash` with its items (their mentions and events go by ON DELETE
 * CASCADE), their story memberships (emptied stories too) and entities left unmentioned, in
 * transaction `tx`.
 */
export async function deleteDocumentWith(tx: SqlQueryable, hash: string): Promise<DeleteResult> {
  const ids = (await tx.query<{ id: string }>(DELETE_DOCUMENT.items, [hash])).rows.map((r) => r.id);
  const idList = JSON.stringify(ids);
  const entities = JSON.stringify((await tx.query<{ entity_id: string }>(DELETE_DOCUMENT.entities, [idList])).rows.map((r) => r.entity_id));
  const stories = JSON.stringify((await tx.query<{ story_id: string }>(DELETE_DOCUMENT.stories, [idList])).rows.map((r) => r.story_id));
  await tx.query(DELETE_DOCUMENT.storyItems, [idList]);
  await tx.query(DELETE_DOCUMENT.resize, [stories]);
  await tx.query(DELETE_DOCUMENT.emptyStories, [stories]);
  const gone = await tx.query<{ hash: string }>(`${DELETE_DOCUMENT.document} RETURNING hash`, [hash]);
  if (gone.rows.length === 0) return { deleted: false, itemIds: [] };
  await tx.query(DELETE_DOCUMENT.unusedEntities, [entities]);
  return { deleted: true, itemIds: ids };
}
