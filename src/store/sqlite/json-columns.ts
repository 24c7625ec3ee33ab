/**
 * JSON-valued columns on SQLite: stored as JSON text (SQL NULL for null), parsed on read.
 */

/** A copy of `row` with the `columns` encoded as JSON text (null stays SQL NULL). */
export function encodeJsonColumns<R extends object>(row: R, columns: readonly (keyof R & string)[]): Record<string, unknown> {
  const encoded = { ...row } as Record<string, unknown>;
  for (const column of columns) {
    const value = encoded[column];
    encoded[column] = value === null || value === undefined ? null : JSON.stringify(value);
  }
  return encoded;
}

/** `raw` (a row as SQLite returned it) with the `columns` parsed from JSON text, typed as `R`. */
export function decodeJsonColumns<R extends object>(raw: unknown, columns: readonly (keyof R & string)[]): R {
  const row = { ...(raw as Record<string, unknown>) };
  for (const column of columns) {
    const value = row[column];
    row[column] = typeof value === 'string' ? JSON.parse(value) : null;
  }
  return row as R;
}
