/**
 * Turning a user's search box text into a safe full-text query. User input never reaches the
 * FTS syntax as syntax: it is split on white space into chunks, and each chunk becomes a quoted
 * phrase (SQLite FTS5) or plain words (PostgreSQL `plainto_tsquery`). All chunks must match.
 */

/**
 * Most chunks of one query that are used; later ones are dropped. A search box query rarely has
 * more than a handful of words; the cap keeps pathological input from building huge FTS plans.
 */
export const MAX_SEARCH_CHUNKS = 32;

/** Results returned by `Store.search` when no limit is given: one screen of hits. */
export const DEFAULT_SEARCH_LIMIT = 20;

/**
 * Most matches of one search that are ranked. A word found in most items (a place name in 60% of
 * 100,000) made bm25 / ts_rank score every match: about 60 ms unloaded, 270 ms p95 under load on
 * SQLite. Ranking only the newest 10,000 matches took that to about 11 ms (5,000: 7 ms; 1,000:
 * 5 ms; measured on the 100,000-item store of `npm run bench:api`). The trade: for such a word, an
 * older item that would have ranked higher is not returned; a term found in at most this many
 * items is ranked exactly as before. 10,000 keeps a full year of a busy feed in the ranking.
 */
export const SEARCH_RANKED_MATCHES = 10_000;

/** Marks put around matched words in `SearchHit.snippet`. */
export const SNIPPET_MARKS = { open: '[', close: ']', ellipsis: '…' } as const;

/** Most words in a snippet: about one line of context around the match. */
export const SNIPPET_WORDS = 16;

/** The white-space separated chunks of `query` that hold at least one letter or digit (NFC). */
export function searchChunks(query: string): string[] {
  if (typeof query !== 'string') throw new Error('search() takes the query as a string; pass the text typed by the user.');
  return query
    .normalize('NFC')
    .split(/\s+/u)
    .filter((chunk) => /[\p{L}\p{N}]/u.test(chunk))
    .slice(0, MAX_SEARCH_CHUNKS);
}

/**
 * An FTS5 MATCH expression requiring every chunk, each as a quoted string (quotes doubled),
 * so FTS5 operators, column filters and stray quotes in the input are read as plain text.
 * Empty when the query has no searchable chunk.
 */
export function fts5Query(query: string): string {
  return searchChunks(query)
    .map((chunk) => `"${chunk.replaceAll('"', '""')}"`)
    .join(' ');
}

/**
 * Text for PostgreSQL's `plainto_tsquery`, which ignores all operator syntax and requires every
 * word. Empty when the query has no searchable chunk.
 */
export function tsQueryText(query: string): string {
  return searchChunks(query).join(' ');
}
