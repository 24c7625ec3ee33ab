/**
 * The SQLite {@link Store}: one better-sqlite3 connection, statements prepared once after the
 * schema is up to date. better-sqlite3 is synchronous; the async methods keep the interface
 * shared with PostgreSQL.
 */
import type Database from 'better-sqlite3';
import type { Entity, Item } from '../../pipeline/types.js';
import { notMigratedError } from '../migration.js';
import { Mutex } from '../mutex.js';
import { EVENT_JSON_COLUMNS, ITEM_JSON_COLUMNS, MENTION_JSON_COLUMNS, groupByItem, storedEventFromRow, storedItemFromRows, type EventRow, type ItemRow, type MentionRow } from '../rows/item-rows.js';
import {
  DOCUMENT_JSON_COLUMNS, ENTITY_JSON_COLUMNS, STORY_JSON_COLUMNS, coMentionFromRow, documentFromRow, entitySummaryFromRow, groupStoryItems, mentionPeriodFromRow, searchHitFromRow, storyFromRow,
  type CoMentionRow, type DocumentRow, type EntityRow, type MentionPeriodRow, type SearchRow, type StoryRow,
} from '../rows/record-rows.js';
import { DEFAULT_SEARCH_LIMIT, SEARCH_RANKED_MATCHES, fts5Query } from '../search-terms.js';
import type {
  AddResult, CoMention, EventTimeUpdate, DeleteResult, DocumentRecord, EntityNameQuery, EntityQuery, EntitySummary, ItemQuery, ItemSource, MentionPeriod, MentionSample, SearchHit, Store, StoredEvent, StoredItem, StoryMention, StoryRecord,
} from '../store.js';
import { checkAddDocument, checkCount, checkStories } from '../validate.js';
import { newestMentioningIds } from './entity-reads.js';
import { decodeJsonColumns } from './json-columns.js';
import { SQLITE_SCHEMA_VERSION, migrateSqlite, sqliteSchemaVersion } from './migrate.js';
import { prepareStatements, type SqliteStatements } from './statements.js';
import { sqliteWriters, type SqliteWriters } from './write.js';

/** The {@link Store} over one SQLite database; open it with `openSqliteStore`. */
export class SqliteStore implements Store {
  /** Always `sqlite`. */
  readonly dialect = 'sqlite' as const;
  readonly #db: Database.Database;
  readonly #where: string;
  /** Serialises story recomputation within this process (see Store.withStoryLock). */
  readonly #storyLock = new Mutex();
  #ready: { s: SqliteStatements; write: SqliteWriters } | null = null;

  /** Wraps an open connection; `where` names the database in error messages. */
  constructor(db: Database.Database, where: string) {
    this.#db = db;
    this.#where = where;
    if (sqliteSchemaVersion(db) === SQLITE_SCHEMA_VERSION) this.#prepare();
  }

  #prepare(): void {
    const s = prepareStatements(this.#db);
    this.#ready = { s, write: sqliteWriters(this.#db, s) };
  }

  get #s(): SqliteStatements {
    return this.#use().s;
  }

  #use(): { s: SqliteStatements; write: SqliteWriters } {
    if (!this.#db.open) throw new Error(`The SQLite store ${this.#where} is closed; open it again with openStore().`);
    if (!this.#ready) throw notMigratedError(sqliteSchemaVersion(this.#db), SQLITE_SCHEMA_VERSION);
    return this.#ready;
  }

  async migrate(): Promise<number> {
    const version = migrateSqlite(this.#db, this.#where);
    if (!this.#ready) this.#prepare();
    return version;
  }

  async hasDocument(hash: string): Promise<boolean> {
    return this.#s.hasDocument.get(hash) !== undefined;
  }

  async addDocument(document: DocumentRecord, items: Item[], entities: Entity[]): Promise<AddResult> {
    checkAddDocument(document, items, entities);
    const { write } = this.#use();
    try {
      return write.addDocument(document, items, entities);
    } catch (error) {
      throw new Error(`Could not store document ${document.hash} (${document.source}); nothing of it was stored: ${(error as Error).message}`, { cause: error });
    }
  }

  async getDocument(hash: string): Promise<DocumentRecord | null> {
    const raw = this.#s.getDocument.get(hash);
    return raw === undefined ? null : documentFromRow(decodeJsonColumns<DocumentRow>(raw, DOCUMENT_JSON_COLUMNS));
  }

  async counts(): Promise<{ documents: number; items: number; entities: number; events: number; stories: number }> {
    return this.#s.counts.get() as { documents: number; items: number; entities: number; events: number; stories: number };
  }

  async getItem(id: string): Promise<StoredItem | null> {
    const raw = this.#s.getItem.get(id);
    return raw === undefined ? null : (this.#withParts([raw])[0] ?? null);
  }

  async listItems(query: ItemQuery = {}): Promise<StoredItem[]> {
    const limit = checkCount('limit', query.limit) ?? -1;
    const offset = checkCount('offset', query.offset) ?? 0;
    if (query.ids !== undefined && query.ids.length === 0) return [];
    const raws = query.ids ? this.#s.listItemsByIds.all(JSON.stringify(query.ids), limit, offset) : this.#s.listItems.all(limit, offset);
    return this.#withParts(raws);
  }

  /** Items rebuilt from raw rows, with their mentions and events loaded in two queries. */
  #withParts(raws: unknown[]): StoredItem[] {
    const rows = raws.map((raw) => decodeJsonColumns<ItemRow>(raw, ITEM_JSON_COLUMNS));
    const ids = JSON.stringify(rows.map((row) => row.id));
    const mentions = groupByItem(this.#s.mentionsOf.all(ids).map((raw) => decodeJsonColumns<MentionRow>(raw, MENTION_JSON_COLUMNS)));
    const events = groupByItem(this.#s.eventsOf.all(ids).map((raw) => decodeJsonColumns<EventRow>(raw, EVENT_JSON_COLUMNS)));
    return rows.map((row) => storedItemFromRows(row, mentions.get(row.id) ?? [], events.get(row.id) ?? []));
  }

  async search(query: string, options: { limit?: number; rankedMatches?: number } = {}): Promise<SearchHit[]> {
    const limit = checkCount('limit', options.limit) ?? DEFAULT_SEARCH_LIMIT;
    const ranked = checkCount('rankedMatches', options.rankedMatches) ?? SEARCH_RANKED_MATCHES;
    const match = fts5Query(query);
    if (match === '' || limit === 0 || ranked === 0) return [];
    // Seqs start at 1, so a cutoff of 0 (fewer matches than `ranked`) keeps every match.
    const cutoff = (this.#s.searchCutoff.get(match, ranked - 1) as { rowid: number } | undefined)?.rowid ?? 0;
    return (this.#s.search.all(match, cutoff, limit) as SearchRow[]).map(searchHitFromRow);
  }

  async getEntity(id: string): Promise<EntitySummary | null> {
    const raw = this.#s.getEntity.get(id);
    return raw === undefined ? null : entitySummaryFromRow(decodeJsonColumns<EntityRow & { mentions: number }>(raw, ENTITY_JSON_COLUMNS));
  }

  async listEntities(query: EntityQuery = {}): Promise<EntitySummary[]> {
    const params = { type: query.type ?? null, minMentions: checkCount('minMentions', query.minMentions) ?? 0, limit: checkCount('limit', query.limit) ?? -1 };
    return this.#s.listEntities.all(params).map((raw) => entitySummaryFromRow(decodeJsonColumns<EntityRow & { mentions: number }>(raw, ENTITY_JSON_COLUMNS)));
  }

  async getEntities(ids: string[]): Promise<EntitySummary[]> {
    if (ids.length === 0) return [];
    return this.#s.getEntities.all(JSON.stringify(ids)).map((raw) => entitySummaryFromRow(decodeJsonColumns<EntityRow & { mentions: number }>(raw, ENTITY_JSON_COLUMNS)));
  }

  async findEntities(name: string, query: EntityNameQuery = {}): Promise<EntitySummary[]> {
    const limit = checkCount('limit', query.limit) ?? -1;
    const text = name.trim();
    if (text === '' || limit === 0) return [];
    const params = { name: text, lang: query.lang ?? null, words: query.words ? 1 : 0, limit };
    return this.#s.findEntities.all(params).map((raw) => entitySummaryFromRow(decodeJsonColumns<EntityRow & { mentions: number }>(raw, ENTITY_JSON_COLUMNS)));
  }

  async itemsMentioning(entityId: string, options: { limit?: number; offset?: number } = {}): Promise<StoredItem[]> {
    const limit = checkCount('limit', options.limit) ?? -1;
    const offset = checkCount('offset', options.offset) ?? 0;
    const newest = newestMentioningIds(this.#s, entityId, offset, limit);
    if (!newest) return this.#withParts(this.#s.itemsMentioning.all(entityId, limit, offset));
    const at = new Map(newest.map((id, n) => [id, n]));
    const rows = this.#s.listItemsByIds.all(JSON.stringify(newest), -1, 0) as { id: string }[];
    return this.#withParts(rows.sort((a, b) => (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0)));
  }

  async mentionsOverTime(entityId: string, options: MentionSample = {}): Promise<MentionPeriod[]> {
    const sample = checkCount('sampleItems', options.sampleItems) ?? -1;
    return (this.#s.mentionsOverTime.all(entityId, sample) as MentionPeriodRow[]).map(mentionPeriodFromRow);
  }

  async coMentions(entityId: string, options: { limit?: number } = {}): Promise<CoMention[]> {
    const limit = checkCount('limit', options.limit) ?? -1;
    return this.#s.coMentions.all({ id: entityId, limit }).map((raw) => coMentionFromRow(decodeJsonColumns<CoMentionRow>(raw, ENTITY_JSON_COLUMNS)));
  }

  async storiesMentioning(entityId: string, options: MentionSample & { limit?: number } = {}): Promise<StoryMention[]> {
    const sample = checkCount('sampleItems', options.sampleItems) ?? -1;
    const limit = checkCount('limit', options.limit) ?? -1;
    const raws = this.#s.storiesMentioning.all({ id: entityId, sample, limit }) as { hits: number }[];
    const stories = this.#withItems(raws);
    return stories.map((story, n) => ({ story, items: Number(raws[n]?.hits ?? 0) }));
  }

  async listEvents(query: { itemIds?: string[] } = {}): Promise<StoredEvent[]> {
    if (query.itemIds !== undefined && query.itemIds.length === 0) return [];
    const raws = query.itemIds ? this.#s.listEventsOf.all(JSON.stringify(query.itemIds)) : this.#s.listEvents.all();
    return raws.map((raw) => storedEventFromRow(decodeJsonColumns<EventRow>(raw, EVENT_JSON_COLUMNS)));
  }

  async setEventTimes(updates: EventTimeUpdate[]): Promise<void> {
    if (updates.length > 0) this.#use().write.setEventTimes(updates);
  }

  async replaceStories(stories: StoryRecord[]): Promise<void> {
    checkStories(stories);
    this.#use().write.replaceStories(stories);
  }

  async listStories(): Promise<StoryRecord[]> {
    return this.#withItems(this.#s.listStories.all());
  }

  async getStory(id: string): Promise<StoryRecord | null> {
    const raw = this.#s.getStory.get(id);
    return raw === undefined ? null : (this.#withItems([raw])[0] ?? null);
  }

  async deleteDocument(hash: string): Promise<DeleteResult> {
    if (typeof hash !== 'string' || hash === '') throw new Error('deleteDocument needs the hash of a stored document (sha256 hex, as getDocument takes).');
    return this.#use().write.deleteDocument(hash);
  }

  async itemIdsFromSource(text: string): Promise<string[]> {
    return text === '' ? [] : (this.#s.itemIdsFromSource.all({ text }) as string[]);
  }

  async itemSources(): Promise<ItemSource[]> {
    return this.#s.itemSources.all() as ItemSource[];
  }

  async changeMark(): Promise<string> {
    // data_version moves on commits of other connections, total_changes() on this one's.
    const { s } = this.#use();
    return `${this.#db.pragma('data_version', { simple: true })}:${s.totalChanges.get()}`;
  }

  /** Stories rebuilt from raw rows, with their item ids loaded in one query. */
  #withItems(raws: unknown[]): StoryRecord[] {
    const rows = raws.map((raw) => decodeJsonColumns<StoryRow>(raw, STORY_JSON_COLUMNS));
    const members = groupStoryItems(this.#s.storyItems.all(JSON.stringify(rows.map((r) => r.id))) as { story_id: string; item_id: string }[]);
    return rows.map((row) => storyFromRow(row, members.get(row.id) ?? []));
  }

  async withStoryLock<T>(fn: () => Promise<T>): Promise<T> {
    return this.#storyLock.run(fn);
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}
