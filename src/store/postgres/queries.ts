/**
 * The read statements of the PostgreSQL adapter. Lists of ids are passed as one jsonb array
 * parameter, so each statement has a fixed text (prepared once per connection). Counts are
 * cast to integer, since drivers return bigint as text.
 */
import { STORY_ORDER } from '../rows/record-rows.js';
import { SNIPPET_MARKS, SNIPPET_WORDS } from '../search-terms.js';

const ITEM_COLUMNS =
  'id, document_hash, idx, source, kind, title, text, url, given_id, byline, captured_at, declared_lang, lang, published_date, published_precision, published_basis, dateline, fields, date_candidates, lang_label, published, times, messages';
const EVENT_COLUMNS = 'e.id, e.item_id, e.n, e.type, e.actors, e.place, e."time", e.modality, e.sentence, e.start, e.provenance';
const ENTITY_COLUMNS = 'e.id, e.type, e.name, e.names, e.geo';
const STORY_COLUMNS = 'id, title, languages, first, last, last_ms, size';
const IDS = (param: number) => `SELECT jsonb_array_elements_text($${param}::jsonb)`;
const MENTIONS_COUNT = '(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)::int AS mentions';
/** The publication period of an item row `i`, to the precision its date is known. */
const PERIOD = `CASE WHEN i.published_date IS NULL THEN NULL WHEN i.published_precision = 'year' THEN substr(i.published_date, 1, 4)
  WHEN i.published_precision = 'month' THEN substr(i.published_date, 1, 7) ELSE substr(i.published_date, 1, 10) END`;
/** `haystack` matches $1 ($3: as whole words; see findEntities). */
const MATCHES = (haystack: string) =>
  `(CASE WHEN $3::boolean THEN strpos(' ' || lower(${haystack}) || ' ', ' ' || lower($1::text) || ' ') > 0 ELSE lower(${haystack}) = lower($1::text) END)`;

/**
 * Options of `ts_headline`: the same marks as SQLite's snippet(), one fragment of at most
 * {@link SNIPPET_WORDS} words (at least half of that, so a hit keeps some context).
 */
const HEADLINE_OPTIONS = `StartSel="${SNIPPET_MARKS.open}", StopSel="${SNIPPET_MARKS.close}", MaxWords=${SNIPPET_WORDS}, MinWords=${SNIPPET_WORDS / 2}, MaxFragments=1, FragmentDelimiter="${SNIPPET_MARKS.ellipsis}"`;

/** Every read statement, by purpose. */
export const QUERIES = {
  hasDocument: 'SELECT 1 AS found FROM documents WHERE hash = $1',
  getDocument: 'SELECT hash, source, media_type, url, captured_at, capture_basis, encoding, size::float8 AS size, messages FROM documents WHERE hash = $1',
  counts: `SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM items)::int AS items,
    (SELECT count(*) FROM entities)::int AS entities, (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM stories)::int AS stories`,
  // Only the single-item read loads `dropped`; lists leave it out (it can be 60 clipped blocks an item).
  getItem: `SELECT ${ITEM_COLUMNS}, dropped FROM items WHERE id = $1`,
  listItems: `SELECT ${ITEM_COLUMNS} FROM items ORDER BY document_hash, idx LIMIT $1 OFFSET $2`,
  listItemsByIds: `SELECT ${ITEM_COLUMNS} FROM items WHERE id IN (${IDS(1)}) ORDER BY document_hash, idx LIMIT $2 OFFSET $3`,
  mentionsOf: `SELECT item_id, n, start, "end", text, type, entity_id, provenance FROM mentions WHERE item_id IN (${IDS(1)}) ORDER BY item_id, n`,
  eventsOf: `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.item_id IN (${IDS(1)}) ORDER BY e.item_id, e.n`,
  search: `WITH q AS (SELECT plainto_tsquery('simple', $1) AS query),
    -- Only the newest $3 matches are ranked (SEARCH_RANKED_MATCHES): choosing them reads no tsvector.
    -- The query is written out here (not read from q) so the planner estimates how many items match:
    -- for a common word it then walks items_captured newest first instead of sorting every match.
    newest AS (
      SELECT i.id FROM items i WHERE i.search @@ plainto_tsquery('simple', $1) ORDER BY i.captured_at COLLATE "C" DESC, i.id DESC LIMIT $3::int),
    hits AS (
      SELECT i.id, i.source, i.idx, i.title, i.lang, i.text, ts_rank(i.search, q.query) AS score
      FROM items i JOIN newest n ON n.id = i.id, q ORDER BY score DESC, i.id LIMIT $2)
    SELECT h.id, h.source, h.idx, h.title, h.lang, h.score::float8 AS score,
      ts_headline('simple', coalesce(h.title || E'\\n\\n', '') || h.text, q.query, '${HEADLINE_OPTIONS}') AS snippet
    FROM hits h, q ORDER BY h.score DESC, h.id`,
  getEntity: `SELECT ${ENTITY_COLUMNS}, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)::int AS mentions FROM entities e WHERE e.id = $1`,
  listEntities: `SELECT ${ENTITY_COLUMNS}, coalesce(c.n, 0)::int AS mentions
    FROM entities e LEFT JOIN (SELECT entity_id, count(*) AS n FROM mentions GROUP BY entity_id) c ON c.entity_id = e.id
    WHERE ($1::text IS NULL OR e.type = $1::text) AND coalesce(c.n, 0) >= $2::int
    ORDER BY mentions DESC, e.id LIMIT $3::int`,
  getEntities: `SELECT ${ENTITY_COLUMNS}, ${MENTIONS_COUNT} FROM entities e WHERE e.id IN (${IDS(1)}) ORDER BY e.id`,
  findEntities: `SELECT ${ENTITY_COLUMNS}, ${MENTIONS_COUNT} FROM entities e
    WHERE EXISTS (SELECT 1 FROM jsonb_each(e.names) l, jsonb_array_elements_text(l.value) n(value)
        WHERE ($2::text IS NULL OR l.key = $2::text) AND ${MATCHES('n.value')})
      OR ($2::text IS NULL AND ${MATCHES('e.name')})
    ORDER BY mentions DESC, e.id LIMIT $4::int`,
  itemsMentioning: `SELECT ${ITEM_COLUMNS} FROM items WHERE id IN (SELECT item_id FROM mentions WHERE entity_id = $1)
    ORDER BY published_date COLLATE "C" DESC NULLS LAST, document_hash, idx LIMIT $2::int OFFSET $3::int`,
  // The first $2 items naming the entity in id order (NULL: all), each with its mentions, then their periods.
  mentionsOverTime: `WITH mine AS (SELECT item_id, count(*) AS n FROM mentions WHERE entity_id = $1 GROUP BY item_id ORDER BY item_id LIMIT $2::int)
    SELECT ${PERIOD} COLLATE "C" AS period, count(*)::int AS items, sum(m.n)::int AS mentions
    FROM mine m JOIN items i ON i.id = m.item_id GROUP BY 1 ORDER BY 1 NULLS LAST`,
  coMentions: `WITH mine AS (SELECT DISTINCT item_id FROM mentions WHERE entity_id = $1)
    SELECT ${ENTITY_COLUMNS}, count(DISTINCT m.item_id)::int AS items, count(*)::int AS mentions
    FROM mentions m JOIN mine ON mine.item_id = m.item_id JOIN entities e ON e.id = m.entity_id
    WHERE m.entity_id <> $1 GROUP BY e.id ORDER BY items DESC, mentions DESC, e.id LIMIT $2::int`,
  // The first $2 items naming the entity in id order (NULL: all), their stories, the first $3 (NULL: all).
  storiesMentioning: `WITH mine AS (SELECT DISTINCT item_id FROM mentions WHERE entity_id = $1 ORDER BY item_id LIMIT $2::int),
    hits AS (SELECT si.story_id, count(*)::int AS hits FROM mine JOIN story_items si ON si.item_id = mine.item_id GROUP BY si.story_id)
    SELECT ${STORY_COLUMNS}, hits FROM stories JOIN hits ON hits.story_id = stories.id ORDER BY hits DESC, ${STORY_ORDER} LIMIT $3::int`,
  listEvents: `SELECT ${EVENT_COLUMNS} FROM events e JOIN items i ON i.id = e.item_id ORDER BY i.document_hash, i.idx, e.n`,
  listEventsOf: `SELECT ${EVENT_COLUMNS} FROM events e JOIN items i ON i.id = e.item_id WHERE e.item_id IN (${IDS(1)}) ORDER BY i.document_hash, i.idx, e.n`,
  listStories: `SELECT ${STORY_COLUMNS} FROM stories ORDER BY ${STORY_ORDER}`,
  getStory: `SELECT ${STORY_COLUMNS} FROM stories WHERE id = $1`,
  storyItems: `SELECT story_id, item_id FROM story_items WHERE story_id IN (${IDS(1)}) ORDER BY story_id, n`,
  itemSources: 'SELECT id, source, url FROM items',
  itemIdsFromSource: `SELECT id FROM items WHERE strpos(lower(source), lower($1)) > 0 OR strpos(lower(coalesce(url, '')), lower($1)) > 0 ORDER BY document_hash, idx`,
} as const;
