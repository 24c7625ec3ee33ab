/**
 * Document, entity and story ⇄ row mapping shared by both adapters (JSON-valued columns as
 * JavaScript values, as in `item-rows.ts`).
 */
import type { Entity, EntityType, Message } from '../../pipeline/types.js';
import type { CoMention, DocumentRecord, EntitySummary, MentionPeriod, SearchHit, StoryRecord } from '../store.js';

/** One `documents` row. */
export interface DocumentRow {
  hash: string;
  source: string;
  media_type: string;
  url: string | null;
  captured_at: string;
  capture_basis: string;
  encoding: string;
  size: number;
  messages: Message[];
}

/** The JSON-valued columns of {@link DocumentRow}. */
export const DOCUMENT_JSON_COLUMNS = ['messages'] as const;

/** One `entities` row. */
export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  names: Record<string, string[]>;
  geo: { lat: number; lon: number } | null;
}

/** The JSON-valued columns of {@link EntityRow}. */
export const ENTITY_JSON_COLUMNS = ['names', 'geo'] as const;

/** One `stories` row; `size` is the number of items and `last_ms` orders stories by latest time. */
export interface StoryRow {
  id: string;
  title: string;
  languages: string[];
  first: string | null;
  last: string | null;
  last_ms: number | null;
  size: number;
}

/** The JSON-valued columns of {@link StoryRow}. */
export const STORY_JSON_COLUMNS = ['languages'] as const;

/** The `documents` row of a document record. */
export function documentRow(d: DocumentRecord): DocumentRow {
  return { hash: d.hash, source: d.source, media_type: d.mediaType, url: d.url, captured_at: d.capturedAt, capture_basis: d.captureBasis, encoding: d.encoding, size: d.size, messages: d.messages };
}

/** The document record a `documents` row holds (`size` may come back as a string from bigint columns). */
export function documentFromRow(row: DocumentRow): DocumentRecord {
  return { hash: row.hash, source: row.source, mediaType: row.media_type, url: row.url, capturedAt: row.captured_at, captureBasis: row.capture_basis, encoding: row.encoding, size: Number(row.size), messages: row.messages };
}

/** The `entities` row of an entity. */
export function entityRow(e: Entity): EntityRow {
  return { id: e.id, type: e.type, name: e.name, names: e.names, geo: e.geo ?? null };
}

/** The entity an `entities` row holds (no `geo` key when it has none). */
export function entityFromRow(row: EntityRow): Entity {
  const entity: Entity = { id: row.id, type: row.type, name: row.name, names: row.names };
  if (row.geo) entity.geo = row.geo;
  return entity;
}

/** The entity summary of an `entities` row and its mention count. */
export function entitySummaryFromRow(row: EntityRow & { mentions: number }): EntitySummary {
  return { ...entityFromRow(row), mentions: Number(row.mentions) };
}

/** One row of the co-mention query: an entity row and the shared item and mention counts. */
export type CoMentionRow = EntityRow & { items: number; mentions: number };

/** The co-mention a {@link CoMentionRow} holds (counts may come back as strings from bigint columns). */
export function coMentionFromRow(row: CoMentionRow): CoMention {
  return { ...entityFromRow(row), items: Number(row.items), mentions: Number(row.mentions) };
}

/** One row of the mentions-over-time query. */
export interface MentionPeriodRow {
  period: string | null;
  items: number;
  mentions: number;
}

/** The mention period a {@link MentionPeriodRow} holds. */
export function mentionPeriodFromRow(row: MentionPeriodRow): MentionPeriod {
  return { period: row.period ?? null, items: Number(row.items), mentions: Number(row.mentions) };
}

/** Epoch milliseconds of an ISO 8601 time (a date-only value counts as midnight UTC), or null. */
export function sortableTime(iso: string | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** The `stories` row of a story. */
export function storyRow(s: StoryRecord): StoryRow {
  return { id: s.id, title: s.title, languages: s.languages, first: s.first, last: s.last, last_ms: sortableTime(s.last), size: s.itemIds.length };
}

/** The story a `stories` row and its item ids (in position order) hold. */
export function storyFromRow(row: StoryRow, itemIds: string[]): StoryRecord {
  return { id: row.id, title: row.title, languages: row.languages, first: row.first, last: row.last, itemIds };
}

/** Item ids per story id, in the order of `rows` (rows of `story_items` ordered by story and position). */
export function groupStoryItems(rows: readonly { story_id: string; item_id: string }[]): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const { story_id, item_id } of rows) {
    const list = members.get(story_id);
    if (list) list.push(item_id);
    else members.set(story_id, [item_id]);
  }
  return members;
}

/**
 * The SQL ordering of stories (both dialects): most items first, then latest time (stories
 * without one last), then id so the order is total.
 */
export const STORY_ORDER = 'size DESC, last_ms DESC NULLS LAST, id';

/** One row of a full-text search query (both dialects select these columns). */
export interface SearchRow {
  id: string;
  source: string;
  idx: number;
  title: string | null;
  lang: string | null;
  snippet: string;
  score: number;
}

/** The search hit a search row holds. */
export function searchHitFromRow(r: SearchRow): SearchHit {
  return { itemId: r.id, source: r.source, index: r.idx, title: r.title, lang: r.lang, snippet: r.snippet, score: Number(r.score) };
}
