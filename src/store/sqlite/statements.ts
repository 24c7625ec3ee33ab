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
const MENTIONED_BY = 'SELECT item_id FROM mentions WHERE entity_id = ?';
/** The publication period of an item row `i`, to the precision its date is known. */
const PERIOD = `CASE WHEN i.published_date IS NULL THEN NULL WHEN i.published_precision = 'year' THEN substr(i.published_date, 1, 4)
  WHEN i.published_precision = 'month' THEN substr(i.published_date, 1, 7) ELSE substr(i.published_date, 1, 10) END`;
/** True when entity `e` has a name (any language, or language @lang) matched by @match (see findEntities). */
const NAME_MATCH = `EXISTS (SELECT 1 FROM json_each(e.names) l, json_each(l.value) n
    WHERE (@lang IS NULL OR l.key = @lang) AND (CASE WHEN @words THEN instr(' ' || lower(n.value) || ' ', ' ' || lower(@name) || ' ') > 0 ELSE lower(n.value) = lower(@name) END))
  OR (@lang IS NULL AND (CASE WHEN @words THEN instr(' ' || lower(e.name) || ' ', ' ' || lower(@name) || ' ') > 0 ELSE lower(e.name) = lower(@name) END))`;

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
    insertItem: p(`INSERT INTO items (${ITEM_COLUMNS}, dropped) VALUES (${named(ITEM_COLUMNS)}, @dropped)`),
    insertMention: p(`INSERT INTO mentions (${MENTION_COLUMNS}) VALUES (${named(MENTION_COLUMNS)})`),
    insertEvent: p(`INSERT INTO events (${EVENT_COLUMNS}) VALUES (${named(EVENT_COLUMNS)})`),
    entityRow: p(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE id = ?`),
    insertEntity: p(`INSERT INTO entities (${ENTITY_COLUMNS}) VALUES (${named(ENTITY_COLUMNS)})`),
    updateEntity: p('UPDATE entities SET names = @names, geo = @geo WHERE id = @id'),
    counts: p(
      `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM items) AS items,
        (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM stories) AS stories`,
    ),
    // Only the single-item read loads `dropped`; lists leave it out (it can be 60 clipped blocks an item).
    getItem: p(`SELECT ${ITEM_COLUMNS}, dropped FROM items WHERE id = ?`),
    // The page is chosen on the (document_hash, idx) index alone, so a deep OFFSET skips index entries, not rows.
    listItems: p(`SELECT ${ITEM_COLUMNS} FROM items WHERE seq IN (SELECT seq FROM items ORDER BY document_hash, idx LIMIT ? OFFSET ?) ORDER BY document_hash, idx`),
    listItemsByIds: p(`SELECT ${ITEM_COLUMNS} FROM items WHERE id IN (${IDS}) ORDER BY document_hash, idx LIMIT ? OFFSET ?`),
    mentionsOf: p(`SELECT ${MENTION_COLUMNS} FROM mentions WHERE item_id IN (${IDS}) ORDER BY item_id, n`),
    eventsOf: p(`SELECT ${EVENT_COLUMNS} FROM events WHERE item_id IN (${IDS}) ORDER BY item_id, n`),
    search: p(
      `SELECT i.id, i.source, i.idx, i.title, i.lang,
         snippet(items_fts, -1, '${SNIPPET_MARKS.open}', '${SNIPPET_MARKS.close}', '${SNIPPET_MARKS.ellipsis}', ${SNIPPET_WORDS}) AS snippet,
         -rank AS score
       FROM items_fts JOIN items i ON i.seq = items_fts.rowid
       WHERE items_fts MATCH ? AND items_fts.rowid >= ? ORDER BY rank, i.id LIMIT ?`,
    ),
    // The rowid of the Nth newest match (OFFSET N - 1), read from the doclist without ranking:
    // matches from it on are the newest N, the only ones `search` ranks (SEARCH_RANKED_MATCHES).
    searchCutoff: p(`SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`),
    getEntity: p(`SELECT ${ENTITY_COLUMNS}, (SELECT count(*) FROM mentions WHERE entity_id = e.id) AS mentions FROM entities e WHERE id = ?`),
    getEntities: p(`SELECT ${ENTITY_COLUMNS}, (SELECT count(*) FROM mentions WHERE entity_id = e.id) AS mentions FROM entities e WHERE id IN (${IDS}) ORDER BY id`),
    findEntities: p(
      `SELECT ${ENTITY_COLUMNS}, (SELECT count(*) FROM mentions WHERE entity_id = e.id) AS mentions FROM entities e
       WHERE ${NAME_MATCH} ORDER BY mentions DESC, e.id LIMIT @limit`,
    ),
    itemsMentioning: p(
      `SELECT ${ITEM_COLUMNS} FROM items WHERE id IN (${MENTIONED_BY})
       ORDER BY published_date IS NULL, published_date DESC, document_hash, idx LIMIT ? OFFSET ?`,
    ),
    // Mentions per item first (streamed in the order of mentions_entity), the first ? items in id
    // order (-1: all), then each item's period from the items_id_period index, never the row.
    mentionsOverTime: p(
      `WITH mine AS (SELECT item_id, count(*) AS n FROM mentions WHERE entity_id = ? GROUP BY item_id ORDER BY item_id LIMIT ?)
       SELECT ${PERIOD} AS period, count(*) AS items, sum(m.n) AS mentions
       FROM mine m JOIN items i INDEXED BY items_id_period ON i.id = m.item_id GROUP BY period ORDER BY period IS NULL, period`,
    ),
    // itemsMentioning's walk for an entity named in a large share of the items (see entity-reads.ts):
    // newest first along the publication-date index; the tie-breaking sort covers only the rows of
    // one date at a time, so the walk stops as soon as the page is complete.
    itemCount: p('SELECT coalesce(max(seq), 0) FROM items').pluck(),
    mentionsUpTo: p('SELECT count(*) FROM (SELECT 1 FROM mentions WHERE entity_id = ? LIMIT ?)').pluck(),
    newestMentioningIds: p(
      `SELECT id FROM items INDEXED BY items_published
       WHERE published_date IS NOT NULL AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = @id AND m.item_id = items.id)
       ORDER BY published_date DESC, document_hash, idx LIMIT @limit OFFSET @offset`,
    ).pluck(),
    coMentions: p(
      `WITH mine AS (SELECT DISTINCT item_id FROM mentions WHERE entity_id = @id)
       SELECT e.id, e.type, e.name, e.names, e.geo, count(DISTINCT m.item_id) AS items, count(*) AS mentions
       FROM mentions m JOIN mine ON mine.item_id = m.item_id JOIN entities e ON e.id = m.entity_id
       WHERE m.entity_id <> @id GROUP BY e.id ORDER BY items DESC, mentions DESC, e.id LIMIT @limit`,
    ),
    // The first @sample items naming the entity in id order (-1: all), their stories, the first @limit (-1: all).
    storiesMentioning: p(
      `WITH mine AS (SELECT DISTINCT item_id FROM mentions WHERE entity_id = @id ORDER BY item_id LIMIT @sample),
       hits AS (SELECT si.story_id, count(*) AS hits FROM mine JOIN story_items si ON si.item_id = mine.item_id GROUP BY si.story_id)
       SELECT ${STORY_COLUMNS}, hits FROM stories JOIN hits ON hits.story_id = stories.id ORDER BY hits DESC, ${STORY_ORDER} LIMIT @limit`,
    ),
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
    setEventTime: p('UPDATE events SET "time" = ? WHERE id = ?'),
    deleteStories: p('DELETE FROM stories'),
    insertStory: p(`INSERT INTO stories (${STORY_COLUMNS}) VALUES (${named(STORY_COLUMNS)})`),
    insertStoryItem: p('INSERT INTO story_items (story_id, n, item_id) VALUES (?, ?, ?)'),
    listStories: p(`SELECT ${STORY_COLUMNS} FROM stories ORDER BY ${STORY_ORDER}`),
    getStory: p(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = ?`),
    storyItems: p('SELECT story_id, item_id FROM story_items WHERE story_id IN (' + IDS + ') ORDER BY story_id, n'),
    // deleteDocument: ids are the document's item ids as one JSON array.
    entitiesOfItems: p(`SELECT DISTINCT entity_id FROM mentions WHERE item_id IN (${IDS})`).pluck(),
    storiesOfItems: p(`SELECT DISTINCT story_id FROM story_items WHERE item_id IN (${IDS})`).pluck(),
    deleteStoryItemsOf: p(`DELETE FROM story_items WHERE item_id IN (${IDS})`),
    resizeStories: p(`UPDATE stories SET size = (SELECT count(*) FROM story_items si WHERE si.story_id = stories.id) WHERE id IN (${IDS})`),
    deleteEmptyStories: p(`DELETE FROM stories WHERE size = 0 AND id IN (${IDS})`),
    deleteDocument: p('DELETE FROM documents WHERE hash = ?'),
    deleteUnusedEntities: p(
      `DELETE FROM entities WHERE id IN (${IDS})
       AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id) AND NOT EXISTS (SELECT 1 FROM events e WHERE e.place = entities.id)`,
    ),
    totalChanges: p('SELECT total_changes()').pluck(),
    // `+` keeps the planner off the (document_hash, idx) index: one pass over the table, then a sort
    // of the matches, is five times faster than visiting every row in index order.
    itemSources: p('SELECT id, source, url FROM items'),
    itemIdsFromSource: p("SELECT id FROM items WHERE instr(lower(source), lower(@text)) > 0 OR instr(lower(coalesce(url, '')), lower(@text)) > 0 ORDER BY +document_hash, +idx").pluck(),
  };
}

/** The prepared statements of one SQLite connection. */
export type SqliteStatements = ReturnType<typeof prepareStatements>;
