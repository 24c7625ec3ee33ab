/**
 * The SQLite write paths: one document with its items, mentions, events and entities in one
 * transaction, and the story partition swap. Built once per connection over prepared statements.
 */
import type Database from 'better-sqlite3';
import type { Entity, Item } from '../../pipeline/types.js';
import { collapseEntities, mergeEntity, sameNames } from '../entity-merge.js';
import { ITEM_JSON_COLUMNS, EVENT_JSON_COLUMNS, MENTION_JSON_COLUMNS, eventRows, eventTimeColumn, itemRow, mentionRows } from '../rows/item-rows.js';
import { DOCUMENT_JSON_COLUMNS, ENTITY_JSON_COLUMNS, STORY_JSON_COLUMNS, documentRow, entityFromRow, entityRow, storyRow, type EntityRow } from '../rows/record-rows.js';
import { itemId, type AddResult, type DeleteResult, type DocumentRecord, type EventTimeUpdate, type StoryRecord } from '../store.js';
import { decodeJsonColumns, encodeJsonColumns } from './json-columns.js';
import type { SqliteStatements } from './statements.js';

/** The write operations of one connection, each running in its own transaction. */
export interface SqliteWriters {
  addDocument(document: DocumentRecord, items: readonly Item[], entities: readonly Entity[]): AddResult;
  replaceStories(stories: readonly StoryRecord[]): void;
  deleteDocument(hash: string): DeleteResult;
  setEventTimes(updates: readonly EventTimeUpdate[]): void;
}

/** Builds the transactional writers of `db` over its prepared statements `s`. */
export function sqliteWriters(db: Database.Database, s: SqliteStatements): SqliteWriters {
  const storeEntity = (incoming: Entity): void => {
    const raw = s.entityRow.get(incoming.id);
    if (raw === undefined) {
      s.insertEntity.run(encodeJsonColumns(entityRow(incoming), ENTITY_JSON_COLUMNS));
      return;
    }
    const stored = entityFromRow(decodeJsonColumns<EntityRow>(raw, ENTITY_JSON_COLUMNS));
    const merged = mergeEntity(stored, incoming);
    if (!sameNames(stored.names, merged.names) || stored.geo !== merged.geo) {
      s.updateEntity.run(encodeJsonColumns(entityRow(merged), ENTITY_JSON_COLUMNS));
    }
  };

  const addDocument = db.transaction((document: DocumentRecord, items: readonly Item[], entities: readonly Entity[]): AddResult => {
    const inserted = s.insertDocument.run(encodeJsonColumns(documentRow(document), DOCUMENT_JSON_COLUMNS)).changes;
    if (inserted === 0) return { added: false, itemIds: s.itemIdsOfDocument.all(document.hash) as string[] };
    const ids: string[] = [];
    for (const item of items) {
      const id = itemId(document.hash, item.index);
      s.insertItem.run(encodeJsonColumns(itemRow(item, id), ITEM_JSON_COLUMNS));
      for (const row of mentionRows(item, id)) s.insertMention.run(encodeJsonColumns(row, MENTION_JSON_COLUMNS));
      for (const row of eventRows(item, id)) s.insertEvent.run(encodeJsonColumns(row, EVENT_JSON_COLUMNS));
      ids.push(id);
    }
    for (const entity of collapseEntities(entities)) storeEntity(entity);
    return { added: true, itemIds: ids };
  });

  const replaceStories = db.transaction((stories: readonly StoryRecord[]): void => {
    s.deleteStories.run();
    for (const story of stories) {
      s.insertStory.run(encodeJsonColumns(storyRow(story), STORY_JSON_COLUMNS));
      story.itemIds.forEach((id, n) => s.insertStoryItem.run(story.id, n, id));
    }
  });

  const deleteDocument = db.transaction((hash: string): DeleteResult => {
    const ids = s.itemIdsOfDocument.all(hash) as string[];
    const idList = JSON.stringify(ids);
    const entities = JSON.stringify(s.entitiesOfItems.all(idList));
    const stories = JSON.stringify(s.storiesOfItems.all(idList));
    s.deleteStoryItemsOf.run(idList);
    s.resizeStories.run(stories);
    s.deleteEmptyStories.run(stories);
    // Items, and with them their mentions and events, go by ON DELETE CASCADE (the FTS index by trigger).
    if (s.deleteDocument.run(hash).changes === 0) return { deleted: false, itemIds: [] };
    s.deleteUnusedEntities.run(entities);
    return { deleted: true, itemIds: ids };
  });

  const setEventTimes = db.transaction((updates: readonly EventTimeUpdate[]): void => {
    for (const update of updates) {
      const column = eventTimeColumn(update);
      s.setEventTime.run(column === null ? null : JSON.stringify(column), update.id);
    }
  });

  return {
    setEventTimes: (updates) => setEventTimes.immediate(updates),
    addDocument: (d, i, e) => addDocument.immediate(d, i, e),
    replaceStories: (stories) => replaceStories.immediate(stories),
    deleteDocument: (hash) => deleteDocument.immediate(hash),
  };
}
