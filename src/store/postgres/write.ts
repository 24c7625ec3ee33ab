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
import { eventRows, itemRow, mentionRows } from '../rows/item-rows.js';
import { documentRow, entityRow, storyRow } from '../rows/record-rows.js';
import { itemId, type AddResult, type DocumentRecord, type StoryRecord } from '../store.js';
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
