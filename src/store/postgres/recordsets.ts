/**
 * Batch inserts on PostgreSQL: a whole set of rows goes in as one jsonb parameter, unpacked by
 * `jsonb_to_recordset` with the column types below. One statement per table per document, the
 * same text every time (so it is prepared once), and driver-neutral: only a string is sent.
 */

/** Column definitions (name and type) of each table's batch insert, in the tables' terms. */
export const RECORDSETS = {
  items:
    'id text, document_hash text, idx integer, source text, kind text, title text, text text, url text, given_id text, byline text, captured_at text, declared_lang text, lang text, published_date text, published_precision text, published_basis text, dateline jsonb, fields jsonb, date_candidates jsonb, lang_label jsonb, published jsonb, times jsonb, messages jsonb, dropped jsonb',
  mentions: 'item_id text, n integer, start integer, "end" integer, text text, type text, entity_id text, provenance jsonb',
  events: 'id text, item_id text, n integer, type text, actors jsonb, place text, "time" jsonb, modality text, sentence text, start integer, provenance jsonb',
  entities: 'id text, type text, name text, names jsonb, geo jsonb',
  stories: 'id text, title text, languages jsonb, first text, last text, last_ms double precision, size integer',
  story_items: 'story_id text, n integer, item_id text',
} as const;

/** A table with a batch insert. */
export type RecordsetTable = keyof typeof RECORDSETS;

/** The column names of a table's batch insert, comma-separated (quoted where needed). */
export function recordsetColumns(table: RecordsetTable): string {
  return RECORDSETS[table]
    .split(', ')
    .map((definition) => definition.split(' ')[0])
    .join(', ');
}

/** The SELECT that unpacks the rows passed as JSON in parameter `$param` for `table`. */
export function fromRecordset(table: RecordsetTable, param = 1): string {
  return `SELECT ${recordsetColumns(table)} FROM jsonb_to_recordset($${param}::jsonb) AS x(${RECORDSETS[table]})`;
}

/** `INSERT INTO table (columns) SELECT … FROM jsonb_to_recordset($1)`: inserts all rows passed as one JSON array. */
export function insertRecordset(table: RecordsetTable): string {
  return `INSERT INTO ${table} (${recordsetColumns(table)}) ${fromRecordset(table)}`;
}
