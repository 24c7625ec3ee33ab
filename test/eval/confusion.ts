/**
 * Confusion counts and the scores derived from them, shared by the extraction, date and NER
 * evaluations. Pure functions; every ratio is 0 when its denominator is 0 (as in trafilatura's
 * and htmldate's benchmark scripts).
 */

/** True/false positives and negatives accumulated over a set. */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Precision, recall, F1 and accuracy of a {@link Confusion}. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** A confusion with every count at zero. */
export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

/** Adds `more` into `into` (mutates and returns `into`). */
export function addConfusion(into: Confusion, more: Confusion): Confusion {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  into.tn += more.tn;
  return into;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/**
 * Precision tp/(tp+fp), recall tp/(tp+fn), F1 2tp/(2tp+fp+fn), accuracy (tp+tn)/all.
 * @param c the counts
 */
export function scoresOf(c: Confusion): Scores {
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    accuracy: ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
  };
}

/** A score in [0, 1] as `.924`-style text with three decimals (`-` for NaN). */
export function fmt(value: number): string {
  if (Number.isNaN(value)) return '-';
  return value.toFixed(3).replace(/^0\./, '.');
}

/** Rows of cells as a plain left-aligned text table, the first row being the header. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: readonly string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const out = rows.map(line);
  if (out.length > 1) out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n');
}
