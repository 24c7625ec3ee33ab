/**
 * Every SQL statement of the SQLite adapter, prepared once per connection. Lists of ids are
 * passed as one JSON array parameter and unpacked with `json_each`, so each statement has a
 * fixed shape however many ids there are.
 */
import type Database from 'better-sqlite3';
import { STORY_ORDER } from '../rows/record-rows.js';
import { SNIPPET_MARKS, SNIPPET_WORDS } from '../search-terms.js';

const ITEM_COLUMNS =
  'id, document_hash, idx, source, kind, title, text, url, given_id, byline, captured_at, declared_lang, lang, published_date, published_precision, published_basis, dateline, fields, date_candidates, lang_label, published, times, messages';
const MENTION_COLUMNS = 'item_id, n, start, "end", text, type, entity_id, provenance';
const EVENT_COLUMNS = 'id, item_id, n, type, actors, place, "time", modality, sentence, start, provenance';
const ENTITY_COLUMNS = 'id, type, name, names, geo';
const DOCUMENT_COLUMNS = 'hash, source, media_type, url, captured_at, capture_basis, encoding, size, messages';
const STORY_COLUMNS = 'id, title, languages, first, last, last_ms, size';
const IDS = 'SELECT value FROM json_each(?)';
const MENTION_COUNTS = 'SELECT entity_id, count(*) AS n FROM mentions GROUP BY entity_id';

/** `@a, @b, …` for a column list (quotes dropped). */
function named(columns: string): string {
  return columns
    .split(', ')
    .map((c) => `@${c.replaceAll('"', '')}`)
    .join(', ');
}

/** Prepares the adapter's statements on a migrated database. */
export function prepareStatements(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    insertDocument: p(`INSERT INTO documents (${DOCUMENT_COLUMNS}) VALUES (${named(DOCUMENT_COLUMNS)}) ON CONFLICT (hash) DO NOTHING`),
    hasDocument: p('SELECT 1 FROM documents WHERE hash = ?').pluck(),
    getDocument: p(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE hash = ?`),
    itemIdsOfDocument: p('SELECT id FROM items WHERE document_hash = ? ORDER BY idx').pluck(),
    insertItem: p(`INSERT INTO items (${ITEM_COLUMNS}) VALUES (${named(ITEM_COLUMNS)})`),
    insertMention: p(`INSERT INTO mentions (${MENTION_COLUMNS}) VALUES (${named(MENTION_COLUMNS)})`),
    insertEvent: p(`INSERT INTO events (${EVENT_COLUMNS}) VALUES (${named(EVENT_COLUMNS)})`),
    entityRow: p(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE id = ?`),
    insertEntity: p(`INSERT INTO entities (${ENTITY_COLUMNS}) VALUES (${named(ENTITY_COLUMNS)})`),
    updateEntity: p('UPDATE entities SET names = @names, geo = @geo WHERE id = @id'),
    counts: p(
      `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM items) AS items,
        (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM stories) AS stories`,
    ),
    getItem: p(`SELECT ${ITEM_COLUMNS} FROM items WHERE id = ?`),
    listItems: p(`SELECT ${ITEM_COLUMNS} FROM items ORDER BY document_hash, idx LIMIT ? OFFSET ?`),
    listItemsByIds: p(`SELECT ${ITEM_COLUMNS} FROM items WHERE id IN (${IDS}) ORDER BY document_hash, idx LIMIT ? OFFSET ?`),
    mentionsOf: p(`SELECT ${MENTION_COLUMNS} FROM mentions WHERE item_id IN (${IDS}) ORDER BY item_id, n`),
    eventsOf: p(`SELECT ${EVENT_COLUMNS} FROM events WHERE item_id IN (${IDS}) ORDER BY item_id, n`),
    search: p(
      `SELECT i.id, i.source, i.idx, i.title, i.lang,
         snippet(items_fts, -1, '${SNIPPET_MARKS.open}', '${SNIPPET_MARKS.close}', '${SNIPPET_MARKS.ellipsis}', ${SNIPPET_WORDS}) AS snippet,
         -rank AS score
       FROM items_fts JOIN items i ON i.seq = items_fts.rowid
       WHERE items_fts MATCH ? ORDER BY rank, i.id LIMIT ?`,
    ),
    getEntity: p(`SELECT ${ENTITY_COLUMNS}, (SELECT count(*) FROM mentions WHERE entity_id = e.id) AS mentions FROM entities e WHERE id = ?`),
    listEntities: p(
      `SELECT e.id, e.type, e.name, e.names, e.geo, coalesce(c.n, 0) AS mentions
       FROM entities e LEFT JOIN (${MENTION_COUNTS}) c ON c.entity_id = e.id
       WHERE (@type IS NULL OR e.type = @type) AND coalesce(c.n, 0) >= @minMentions
       ORDER BY mentions DESC, e.id LIMIT @limit`,
    ),
    listEvents: p(`SELECT e.${EVENT_COLUMNS.replaceAll(', ', ', e.')} FROM events e JOIN items i ON i.id = e.item_id ORDER BY i.document_hash, i.idx, e.n`),
    listEventsOf: p(
      `SELECT e.${EVENT_COLUMNS.replaceAll(', ', ', e.')} FROM events e JOIN items i ON i.id = e.item_id
       WHERE e.item_id IN (${IDS}) ORDER BY i.document_hash, i.idx, e.n`,
    ),
    deleteStories: p('DELETE FROM stories'),
    insertStory: p(`INSERT INTO stories (${STORY_COLUMNS}) VALUES (${named(STORY_COLUMNS)})`),
    insertStoryItem: p('INSERT INTO story_items (story_id, n, item_id) VALUES (?, ?, ?)'),
    listStories: p(`SELECT ${STORY_COLUMNS} FROM stories ORDER BY ${STORY_ORDER}`),
    getStory: p(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = ?`),
    storyItems: p('SELECT story_id, item_id FROM story_items WHERE story_id IN (' + IDS + ') ORDER BY story_id, n'),
  };
}

/** The prepared statements of one SQLite connection. */
export type SqliteStatements = ReturnType<typeof prepareStatements>;
