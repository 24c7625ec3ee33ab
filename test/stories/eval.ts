/**
 * `npm run eval:stories`: B-cubed precision, recall and F1 and same-story pair accuracy of the
 * story clustering, on the demo corpus (gold: demo/gold.json) and, when ../shared/seeds is
 * present, on the seeds (gold: the founding acceptance — four US–Japan articles together, every
 * other item apart, the two Dubai-airport briefs together, and the two briefs on the same night's strikes on Ukraine together).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoGold, ingestDemo } from '../../src/cli/commands/demo.js';
import { sharedPath } from '../../src/pipeline/paths.js';
import { ingestInputs } from '../../src/pipeline/process.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { bcubed, type ClusterScores } from './bcubed.js';

/** Item key → gold label, from demo/gold.json. */
function demoGoldLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  for (const group of demoGold()) for (const entry of group.items) labels.set(key(entry.file, entry.item), group.id);
  return labels;
}

function key(file: string, item: number | string): string {
  return typeof item === 'string' ? `id:${item}` : `${file}#${item}`;
}

/** Item key → story id, for every stored item. */
async function systemLabels(store: Store, fileOf: (source: string) => string): Promise<Map<string, string>> {
  const items = new Map((await store.listItems()).map((item) => [item.id, item]));
  const labels = new Map<string, string>();
  for (const story of await store.listStories()) {
    for (const id of story.itemIds) {
      const item = items.get(id)!;
      labels.set(item.givenId ? key('', item.givenId) : key(fileOf(item.source), item.index), story.id);
    }
  }
  return labels;
}

function report(name: string, scores: ClusterScores, system: Map<string, string>, gold: Map<string, string>): void {
  const extra = [...system.keys()].filter((k) => !gold.has(k));
  const missing = [...gold.keys()].filter((k) => !system.has(k));
  const pct = (x: number) => x.toFixed(3);
  process.stdout.write(
    `${name.padEnd(6)} items ${String(scores.items).padStart(4)}  B³ P ${pct(scores.precision)}  R ${pct(scores.recall)}  F1 ${pct(scores.f1)}  pair accuracy ${pct(scores.pairAccuracy)}` +
      `${extra.length ? `  (${extra.length} extracted items not in the gold)` : ''}${missing.length ? `  (${missing.length} gold items not extracted)` : ''}\n`,
  );
}

async function evalDemo(dir: string): Promise<void> {
  const store = await openStore(join(dir, 'demo.db'));
  try {
    await ingestDemo(store);
    const gold = demoGoldLabels();
    const system = await systemLabels(store, (source) => source.slice(source.indexOf('demo/') + 'demo/'.length));
    report('demo', bcubed(system, gold), system, gold);
  } finally {
    await store.close();
  }
}

const SEED_GOLD: Record<string, string> = {
  '000_30542a639edd905e.txt#0': 'us-japan',
  '001_5d57b22f4bb4379a.txt#0': 'us-japan',
  '002_e26200d3a19c2380.txt#0': 'us-japan',
  '004_5360b0465d52229e.txt#0': 'us-japan',
};

async function evalSeeds(dir: string, seeds: string): Promise<void> {
  const store = await openStore(join(dir, 'seeds.db'));
  try {
    await ingestInputs(store, [seeds], { capturedAt: '2025-11-19T12:00:00Z' });
    const base = (source: string) => source.split(/[\\/]/).pop() ?? source;
    const system = await systemLabels(store, base);
    const gold = new Map<string, string>();
    const stored = await store.listItems();
    for (const item of stored) {
      const k = key(base(item.source), item.index);
      gold.set(k, SEED_GOLD[k] ?? k);
    }
    const byTitle = (pattern: RegExp) => stored.filter((i) => pattern.test(`${i.title ?? ''} ${i.text.slice(0, 200)}`)).map((i) => key(base(i.source), i.index));
    for (const k of byTitle(/luchthaven Dubai|Dubai.*(hervat|stilgelegd)/)) gold.set(k, 'dubai-airport');
    for (const k of byTitle(/aanvallen op (de )?Oekra[iï]/)) gold.set(k, 'ukraine-strikes');
    report('seeds', bcubed(system, gold), system, gold);
  } finally {
    await store.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-eval-stories-'));
try {
  await evalDemo(dir);
  const seeds = sharedPath('seeds');
  if (seeds) await evalSeeds(dir, seeds);
  else process.stdout.write('seeds  ../shared/seeds is absent; skipped\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
