/**
 * The one storage interface. SQLite (embedded default) and PostgreSQL implement it; the
 * conformance suite in `test/store/` runs against both. No driver type appears here.
 */
import type { Entity, EntityType, EventMention, Item, Message } from '../pipeline/types.js';

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

/** Result of adding one document. */
export interface AddResult {
  /** False when a document with the same hash was already stored (nothing was written). */
  added: boolean;
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
  /** Full-text search over title and text, best first. */
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  getEntity(id: string): Promise<EntitySummary | null>;
  /** Entities by descending mention count, then id. */
  listEntities(query?: EntityQuery): Promise<EntitySummary[]>;
  /** Event mentions, of the given items when `itemIds` is set, ordered by item id then position. */
  listEvents(query?: { itemIds?: string[] }): Promise<StoredEvent[]>;
  /** Replaces the whole story partition in one transaction. */
  replaceStories(stories: StoryRecord[]): Promise<void>;
  /** Stories by descending size, then latest time. */
  listStories(): Promise<StoryRecord[]>;
  getStory(id: string): Promise<StoryRecord | null>;
  close(): Promise<void>;
}

/** The id of item `index` of the document with `hash`. */
export function itemId(hash: string, index: number): string {
  return `${hash.slice(0, 16)}:${index}`;
}
