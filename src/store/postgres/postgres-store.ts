/**
 * The PostgreSQL {@link Store}, over a driver-neutral {@link SqlClient}. Create it with
 * `createPostgresStore` (any client) or `openPostgresStore` (a URL, over `pg`).
 */
import type { Entity, Item } from '../../pipeline/types.js';
import { notMigratedError } from '../migration.js';
import { groupByItem, storedEventFromRow, storedItemFromRows, type EventRow, type ItemRow, type MentionRow } from '../rows/item-rows.js';
import {
  coMentionFromRow, documentFromRow, entitySummaryFromRow, groupStoryItems, mentionPeriodFromRow, searchHitFromRow, storyFromRow,
  type CoMentionRow, type DocumentRow, type EntityRow, type MentionPeriodRow, type SearchRow, type StoryRow,
} from '../rows/record-rows.js';
import { DEFAULT_SEARCH_LIMIT, SEARCH_RANKED_MATCHES, tsQueryText } from '../search-terms.js';
import type {
  AddResult, CoMention, DeleteResult, EventTimeUpdate, DocumentRecord, EntityNameQuery, EntityQuery, EntitySummary, ItemQuery, ItemSource, MentionPeriod, MentionSample, SearchHit, Store, StoredEvent, StoredItem, StoryMention, StoryRecord,
} from '../store.js';
import { checkAddDocument, checkCount, checkStories } from '../validate.js';
import { sqlState, type SqlClient } from './client.js';
import { POSTGRES_SCHEMA_VERSION, migratePostgres, postgresSchemaVersion } from './migrate.js';
import { QUERIES as Q } from './queries.js';
import { deleteDocumentWith, writeEventTimes, writeDocument, writeStories } from './write.js';

/**
 * The advisory lock key of story recomputation (see {@link Store.withStoryLock}): an arbitrary
 * constant of this project ("DOSS" in ASCII), distinct from the migration lock's key.
 */
export const STORY_LOCK_KEY = 0x444f5353;

/**
 * Attempts at one document when PostgreSQL aborts its transaction as a deadlock victim (SQLSTATE
 * 40P01). Entity rows are locked in id order, so a deadlock needs unusual interleavings; two
 * retries make it invisible to the caller without hiding a persistent problem.
 */
const DEADLOCK_ATTEMPTS = 3;

/** The {@link Store} over a PostgreSQL database reached through `client`. */
export class PostgresStore implements Store {
  /** Always `postgres`. */
  readonly dialect = 'postgres' as const;
  readonly #client: SqlClient;
  readonly #where: string;
  #version: number;
  #closed = false;

  /** Wraps `client`, whose schema is at `version`; `where` names the database in errors. */
  constructor(client: SqlClient, where: string, version: number) {
    this.#client = client;
    this.#where = where;
    this.#version = version;
  }

  /** The client, once the schema is up to date and the store open. */
  get #db(): SqlClient {
    if (this.#closed) throw new Error(`The PostgreSQL store ${this.#where} is closed; open it again with openStore().`);
    if (this.#version !== POSTGRES_SCHEMA_VERSION) throw notMigratedError(this.#version, POSTGRES_SCHEMA_VERSION);
    return this.#client;
  }

  async migrate(): Promise<number> {
    if (this.#closed) throw new Error(`The PostgreSQL store ${this.#where} is closed; open it again with openStore().`);
    this.#version = await migratePostgres(this.#client, this.#where);
    return this.#version;
  }

  async hasDocument(hash: string): Promise<boolean> {
    return (await this.#db.query(Q.hasDocument, [hash])).rows.length > 0;
  }

  async addDocument(document: DocumentRecord, items: Item[], entities: Entity[]): Promise<AddResult> {
    checkAddDocument(document, items, entities);
    const db = this.#db;
    for (let attempt = 1; ; attempt++) {
      try {
        return await writeDocument(db, document, items, entities);
      } catch (error) {
        if (sqlState(error) === '40P01' && attempt < DEADLOCK_ATTEMPTS) continue;
        throw new Error(`Could not store document ${document.hash} (${document.source}); nothing of it was stored: ${(error as Error).message}`, { cause: error });
      }
    }
  }

  async getDocument(hash: string): Promise<DocumentRecord | null> {
    const row = (await this.#db.query<DocumentRow>(Q.getDocument, [hash])).rows[0];
    return row ? documentFromRow(row) : null;
  }

  async counts(): Promise<{ documents: number; items: number; entities: number; events: number; stories: number }> {
    const { rows } = await this.#db.query<{ documents: number; items: number; entities: number; events: number; stories: number }>(Q.counts);
    if (!rows[0]) throw new Error('PostgreSQL returned no row for the counts query; check the database connection.');
    return rows[0];
  }

  async getItem(id: string): Promise<StoredItem | null> {
    const { rows } = await this.#db.query<ItemRow>(Q.getItem, [id]);
    return (await this.#withParts(rows))[0] ?? null;
  }

  async listItems(query: ItemQuery = {}): Promise<StoredItem[]> {
    const limit = checkCount('limit', query.limit) ?? null;
    const offset = checkCount('offset', query.offset) ?? 0;
    if (query.ids !== undefined && query.ids.length === 0) return [];
    const { rows } = query.ids
      ? await this.#db.query<ItemRow>(Q.listItemsByIds, [JSON.stringify(query.ids), limit, offset])
      : await this.#db.query<ItemRow>(Q.listItems, [limit, offset]);
    return this.#withParts(rows);
  }

  /** Items rebuilt from their rows, with their mentions and events loaded in two queries. */
  async #withParts(rows: ItemRow[]): Promise<StoredItem[]> {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((row) => row.id));
    const mentions = groupByItem((await this.#db.query<MentionRow>(Q.mentionsOf, [ids])).rows);
    const events = groupByItem((await this.#db.query<EventRow>(Q.eventsOf, [ids])).rows);
    return rows.map((row) => storedItemFromRows(row, mentions.get(row.id) ?? [], events.get(row.id) ?? []));
  }

  async search(query: string, options: { limit?: number; rankedMatches?: number } = {}): Promise<SearchHit[]> {
    const limit = checkCount('limit', options.limit) ?? DEFAULT_SEARCH_LIMIT;
    const ranked = checkCount('rankedMatches', options.rankedMatches) ?? SEARCH_RANKED_MATCHES;
    const text = tsQueryText(query);
    if (text === '' || limit === 0 || ranked === 0) return [];
    return (await this.#db.query<SearchRow>(Q.search, [text, limit, ranked])).rows.map(searchHitFromRow);
  }

  async getEntity(id: string): Promise<EntitySummary | null> {
    const row = (await this.#db.query<EntityRow & { mentions: number }>(Q.getEntity, [id])).rows[0];
    return row ? entitySummaryFromRow(row) : null;
  }

  async listEntities(query: EntityQuery = {}): Promise<EntitySummary[]> {
    const params = [query.type ?? null, checkCount('minMentions', query.minMentions) ?? 0, checkCount('limit', query.limit) ?? null];
    return (await this.#db.query<EntityRow & { mentions: number }>(Q.listEntities, params)).rows.map(entitySummaryFromRow);
  }

  async getEntities(ids: string[]): Promise<EntitySummary[]> {
    if (ids.length === 0) return [];
    return (await this.#db.query<EntityRow & { mentions: number }>(Q.getEntities, [JSON.stringify(ids)])).rows.map(entitySummaryFromRow);
  }

  async findEntities(name: string, query: EntityNameQuery = {}): Promise<EntitySummary[]> {
    const limit = checkCount('limit', query.limit) ?? null;
    const text = name.trim();
    if (text === '' || limit === 0) return [];
    const params = [text, query.lang ?? null, query.words === true, limit];
    return (await this.#db.query<EntityRow & { mentions: number }>(Q.findEntities, params)).rows.map(entitySummaryFromRow);
  }

  async itemsMentioning(entityId: string, options: { limit?: number; offset?: number } = {}): Promise<StoredItem[]> {
    const limit = checkCount('limit', options.limit) ?? null;
    const offset = checkCount('offset', options.offset) ?? 0;
    return this.#withParts((await this.#db.query<ItemRow>(Q.itemsMentioning, [entityId, limit, offset])).rows);
  }

  async mentionsOverTime(entityId: string, options: MentionSample = {}): Promise<MentionPeriod[]> {
    const sample = checkCount('sampleItems', options.sampleItems) ?? null;
    return (await this.#db.query<MentionPeriodRow>(Q.mentionsOverTime, [entityId, sample])).rows.map(mentionPeriodFromRow);
  }

  async coMentions(entityId: string, options: { limit?: number } = {}): Promise<CoMention[]> {
    const limit = checkCount('limit', options.limit) ?? null;
    return (await this.#db.query<CoMentionRow>(Q.coMentions, [entityId, limit])).rows.map(coMentionFromRow);
  }

  async storiesMentioning(entityId: string, options: MentionSample & { limit?: number } = {}): Promise<StoryMention[]> {
    const sample = checkCount('sampleItems', options.sampleItems) ?? null;
    const limit = checkCount('limit', options.limit) ?? null;
    const { rows } = await this.#db.query<StoryRow & { hits: number }>(Q.storiesMentioning, [entityId, sample, limit]);
    const stories = await this.#withItems(rows);
    return stories.map((story, n) => ({ story, items: Number(rows[n]?.hits ?? 0) }));
  }

  async listEvents(query: { itemIds?: string[] } = {}): Promise<StoredEvent[]> {
    if (query.itemIds !== undefined && query.itemIds.length === 0) return [];
    const { rows } = query.itemIds ? await this.#db.query<EventRow>(Q.listEventsOf, [JSON.stringify(query.itemIds)]) : await this.#db.query<EventRow>(Q.listEvents);
    return rows.map(storedEventFromRow);
  }

  async setEventTimes(updates: EventTimeUpdate[]): Promise<void> {
    await writeEventTimes(this.#db, updates);
  }

  async replaceStories(stories: StoryRecord[]): Promise<void> {
    checkStories(stories);
    await this.#db.transaction((tx) => writeStories(tx, stories));
  }

  async listStories(): Promise<StoryRecord[]> {
    return this.#withItems((await this.#db.query<StoryRow>(Q.listStories)).rows);
  }

  async getStory(id: string): Promise<StoryRecord | null> {
    return (await this.#withItems((await this.#db.query<StoryRow>(Q.getStory, [id])).rows))[0] ?? null;
  }

  async deleteDocument(hash: string): Promise<DeleteResult> {
    if (typeof hash !== 'string' || hash === '') throw new Error('deleteDocument needs the hash of a stored document (sha256 hex, as getDocument takes).');
    return this.#db.transaction((tx) => deleteDocumentWith(tx, hash));
  }

  async itemIdsFromSource(text: string): Promise<string[]> {
    return text === '' ? [] : (await this.#db.query<{ id: string }>(Q.itemIdsFromSource, [text])).rows.map((r) => r.id);
  }

  async itemSources(): Promise<ItemSource[]> {
    return (await this.#db.query<ItemSource>(Q.itemSources)).rows;
  }

  async changeMark(): Promise<string> {
    // The cluster's snapshot: its next transaction id moves with every write, its in-progress list with every commit.
    const { rows } = await this.#db.query<{ mark: string }>('SELECT pg_current_snapshot()::text AS mark');
    return rows[0]?.mark ?? '';
  }

  /** Stories rebuilt from their rows, with their item ids loaded in one query. */
  async #withItems(rows: StoryRow[]): Promise<StoryRecord[]> {
    if (rows.length === 0) return [];
    const members = groupStoryItems((await this.#db.query<{ story_id: string; item_id: string }>(Q.storyItems, [JSON.stringify(rows.map((r) => r.id))])).rows);
    return rows.map((row) => storyFromRow(row, members.get(row.id) ?? []));
  }

  async withStoryLock<T>(fn: () => Promise<T>): Promise<T> {
    return this.#db.exclusive(STORY_LOCK_KEY, fn);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#client.close();
  }
}

/** A {@link PostgresStore} over `client` (named `where` in errors); call `migrate()` before use. */
export async function createPostgresStore(client: SqlClient, where = 'PostgreSQL'): Promise<Store> {
  return new PostgresStore(client, where, await postgresSchemaVersion(client));
}
