/**
 * The one storage interface. SQLite (embedded default) and PostgreSQL implement it; the
 * conformance suite in `test/store/` runs against both. No driver type appears here.
 */
import type { Entity, EntityType, EventMention, EventTime, Item, Message, OpenTime } from '../pipeline/types.js';

/** A raw document as stored: where it came from, when it was captured, and its problems. */
export interface DocumentRecord {
  /** sha256 hex of the raw bytes plus hints: the idempotency key. */
  hash: string;
  source: string;
  mediaType: string;
  url: string | null;
  capturedAt: string;
  captureBasis: string;
  encoding: string;
  /** Size of the raw input in bytes. */
  size: number;
  messages: Message[];
}

/** An item as stored: the pipeline's item plus its stable id. */
/** Where a stored item came from (see {@link Store.itemSources}). */
export interface ItemSource {
  id: string;
  /** File path or `PATH:LINE` of the capture. */
  source: string;
  url: string | null;
}

export interface StoredItem extends Item {
  /** `<first 16 hex of the document hash>:<index>`; stable across stores and runs. */
  id: string;
  /** The item's own {@link Item.id} as added (the JSONL line's `id`, or null), kept because `id` now holds the stored id. */
  givenId: string | null;
}

/** A full-text search hit. */
export interface SearchHit {
  itemId: string;
  source: string;
  index: number;
  title: string | null;
  lang: string | null;
  /** A short passage around the match. */
  snippet: string;
  /** Higher is better; comparable only within one result list. */
  score: number;
}

/** An entity with the number of mentions stored for it. */
export interface EntitySummary extends Entity {
  mentions: number;
}

/** An event mention as stored, tied to its item. */
export interface StoredEvent extends EventMention {
  /** `<item id>:e<n>`. */
  id: string;
  itemId: string;
}

/**
 * A new time for a stored event: the date worked out across items (`dates/across/…`), or null
 * to forget one; `openTime` is the event's open expression, kept as stored.
 */
export interface EventTimeUpdate {
  /** The stored event's id (`<item id>:e<n>`). */
  id: string;
  time: EventTime | null;
  openTime?: OpenTime;
}

/** A story: a group of items about the same real-world development. */
export interface StoryRecord {
  /** Stable id derived from the story's founding item. */
  id: string;
  title: string;
  languages: string[];
  /** Earliest and latest publication (or capture) time among its items, ISO 8601. */
  first: string | null;
  last: string | null;
  itemIds: string[];
}

/** Filters for listing items. */
export interface ItemQuery {
  ids?: string[];
  limit?: number;
  offset?: number;
}

/** Filters for listing entities. */
export interface EntityQuery {
  type?: EntityType;
  /** Only entities with at least this many mentions. */
  minMentions?: number;
  limit?: number;
}

/** Mentions of one entity in one period, by the publication date of the items that mention it. */
export interface MentionPeriod {
  /**
   * `YYYY-MM-DD` (the date as stated, in the item's own time zone), `YYYY-MM` or `YYYY` when the
   * publication date is only known to that precision; null for items without a publication date.
   */
  period: string | null;
  /** Items of the period that mention the entity. */
  items: number;
  /** Mentions of the entity in those items. */
  mentions: number;
}

/**
 * A bound on the items an entity view counts, for entities named in very many items. Item ids
 * begin with the document's SHA-256, so the first N items of an entity in id order are a uniform
 * sample of its items (whole documents at a time), chosen without reading or sorting the rest.
 */
export interface MentionSample {
  /** Count only the first this many items that mention the entity, in id order (all when absent). */
  sampleItems?: number;
}

/** An entity named in the same items as another one. */
export interface CoMention extends Entity {
  /** Items that mention both. */
  items: number;
  /** Mentions of this entity in those shared items. */
  mentions: number;
}

/** A story some of whose items mention an entity. */
export interface StoryMention {
  story: StoryRecord;
  /** How many of the story's items mention the entity. */
  items: number;
}

/** Options of {@link Store.findEntities}. */
export interface EntityNameQuery {
  /** Only names recorded under this language code (the display name is then not matched). */
  lang?: string;
  /**
   * False (default): a name equal to the text. True: a name that contains the text as whole
   * space-separated words (`Kihara` finds `Minoru Kihara`).
   */
  words?: boolean;
  limit?: number;
}

/** Result of adding one document. */
export interface AddResult {
  /** False when a document with the same hash was already stored (nothing was written). */
  added: boolean;
  itemIds: string[];
}

/** Result of deleting one document. */
export interface DeleteResult {
  /** False when no document with that hash was stored (nothing was written). */
  deleted: boolean;
  /** Ids of the items deleted with it. */
  itemIds: string[];
}

/** The storage interface every adapter implements. All methods are async. */
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly dialect: 'sqlite' | 'postgres';
  /** Applies pending schema migrations; returns the schema version now in force. */
  migrate(): Promise<number>;
  /** True when a document with this hash is stored. */
  hasDocument(hash: string): Promise<boolean>;
  /**
   * Stores a document, its items (with mentions and events) and the entities they mention, in
   * one transaction. Idempotent: a hash already stored adds nothing and returns `added: false`.
   * Entities already stored get the new names merged in.
   */
  addDocument(document: DocumentRecord, items: Item[], entities: Entity[]): Promise<AddResult>;
  /** The document record for a hash, or null. */
  getDocument(hash: string): Promise<DocumentRecord | null>;
  /** Counts of stored documents and items. */
  counts(): Promise<{ documents: number; items: number; entities: number; events: number; stories: number }>;
  getItem(id: string): Promise<StoredItem | null>;
  /** Items ordered by id (all of them unless limited). */
  listItems(query?: ItemQuery): Promise<StoredItem[]>;
  /**
   * Full-text search over title and text, best first. When more than `rankedMatches` items match
   * (default `SEARCH_RANKED_MATCHES` of search-terms.ts), only the newest `rankedMatches` of them are ranked
   * (SQLite: most recently stored; PostgreSQL: latest capture time, then id).
   */
  search(query: string, options?: { limit?: number; rankedMatches?: number }): Promise<SearchHit[]>;
  getEntity(id: string): Promise<EntitySummary | null>;
  /** Entities by descending mention count, then id. */
  listEntities(query?: EntityQuery): Promise<EntitySummary[]>;
  /** The stored entities among `ids`, ordered by id (ids not stored are left out). */
  getEntities(ids: string[]): Promise<EntitySummary[]>;
  /**
   * Entities whose display name or a name in some language (or in `lang`) matches `name`,
   * ignoring case (at least for ASCII letters), by descending mention count, then id.
   */
  findEntities(name: string, query?: EntityNameQuery): Promise<EntitySummary[]>;
  /**
   * Items that mention the entity, newest publication date first (undated last), then by id.
   * All of them unless limited.
   */
  itemsMentioning(entityId: string, options?: { limit?: number; offset?: number }): Promise<StoredItem[]>;
  /**
   * Mentions of the entity per publication period, oldest first, the undated period last. With
   * `sampleItems`, only the first `sampleItems` items that mention it, in id order, are counted
   * (see {@link MentionSample}).
   */
  mentionsOverTime(entityId: string, options?: MentionSample): Promise<MentionPeriod[]>;
  /** Other entities mentioned in the items that mention `entityId`, by shared items, then mentions, then id. */
  coMentions(entityId: string, options?: { limit?: number }): Promise<CoMention[]>;
  /**
   * Stories with items that mention the entity, by the number of such items, then as {@link listStories}.
   * With `sampleItems`, only the first `sampleItems` items that mention it, in id order, are counted
   * (see {@link MentionSample}); with `limit`, only the first `limit` stories are returned.
   */
  storiesMentioning(entityId: string, options?: MentionSample & { limit?: number }): Promise<StoryMention[]>;
  /** Event mentions, of the given items when `itemIds` is set, ordered by item id then position. */
  listEvents(query?: { itemIds?: string[] }): Promise<StoredEvent[]>;
  /**
   * Sets the time of stored events (by id) in one transaction; ids not stored are ignored. Used
   * after clustering to record the dates inferred across the items of a story.
   */
  setEventTimes(updates: EventTimeUpdate[]): Promise<void>;
  /** Replaces the whole story partition in one transaction. */
  replaceStories(stories: StoryRecord[]): Promise<void>;
  /** Stories by descending size, then latest time. */
  listStories(): Promise<StoryRecord[]>;
  getStory(id: string): Promise<StoryRecord | null>;
  /**
   * Deletes a document with its items, their mentions and events, in one transaction. The items
   * leave their stories (a story left empty is deleted; the others keep their title and times
   * until the next {@link replaceStories}), and entities no stored item mentions any more go too.
   * A hash not stored deletes nothing and returns `deleted: false`.
   */
  deleteDocument(hash: string): Promise<DeleteResult>;
  /**
   * An opaque mark of the store's state, cheap to read, for caches of derived views: it changes
   * whenever a change is committed, by this connection or any other. It may also change when
   * nothing this store holds did (on PostgreSQL, any write in the database cluster moves it).
   */
  changeMark(): Promise<string>;
  /**
   * Ids of the items whose source (file path, `PATH:LINE`) or URL contains `text`, ignoring case
   * (at least for ASCII letters), in store order. Empty text matches nothing.
   */
  itemIdsFromSource(text: string): Promise<string[]>;
  /**
   * The id, source and URL of every item, in no particular order: one read for callers that test
   * many source texts against the same store state (the story list's `source` filter).
   */
  itemSources(): Promise<ItemSource[]>;
  /**
   * Runs `fn` holding the store's story lock, so that recomputations of the story partition run
   * one after another, each reading every item committed before it began: several `dossier
   * ingest` processes (workers) on one PostgreSQL database can each recluster without one
   * overwriting another's newer partition with an older one. PostgreSQL: a session advisory lock
   * (other processes wait); SQLite: callers within this process wait (use PostgreSQL for
   * several writing processes).
   */
  withStoryLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The id of item `index` of the document with `hash`. */
export function itemId(hash: string, index: number): string {
  return `${hash.slice(0, 16)}:${index}`;
}
