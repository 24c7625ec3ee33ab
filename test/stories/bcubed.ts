/**
 * B-cubed precision, recall and F1 (Bagga & Baldwin 1998) of a clustering against gold classes,
 * and the accuracy of same-story decisions over all item pairs.
 */

/** Scores of a clustering. */
export interface ClusterScores {
  precision: number;
  recall: number;
  f1: number;
  /** Share of item pairs on which system and gold agree (same story or not). */
  pairAccuracy: number;
  items: number;
}

/**
 * Scores `system` (item → cluster label) against `gold` (item → class label) over the items both
 * know. Items missing from either side are left out; the caller reports them.
 */
export function bcubed(system: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusterScores {
  const items = [...gold.keys()].filter((k) => system.has(k));
  const bySystem = groupBy(items, (k) => system.get(k)!);
  const byGold = groupBy(items, (k) => gold.get(k)!);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const cluster = bySystem.get(system.get(item)!)!;
    const klass = byGold.get(gold.get(item)!)!;
    const both = cluster.filter((other) => gold.get(other) === gold.get(item)).length;
    precision += both / cluster.length;
    recall += both / klass.length;
  }
  const n = items.length;
  const p = n ? precision / n : 0;
  const r = n ? recall / n : 0;
  let agree = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = items[i]!;
      const b = items[j]!;
      pairs++;
      if ((system.get(a) === system.get(b)) === (gold.get(a) === gold.get(b))) agree++;
    }
  }
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, pairAccuracy: pairs ? agree / pairs : 1, items: n };
}

function groupBy(keys: string[], label: (k: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const l = label(key);
    const list = groups.get(l);
    if (list) list.push(key);
    else groups.set(l, [key]);
  }
  return groups;
}
