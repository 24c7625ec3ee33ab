/**
 * `npm run bench:api`: latency of the HTTP API's list and search endpoints over a store of
 * 100,000 SYNTHETIC items (bench/api-corpus.ts; invented names and words, stored through the
 * ordinary Store API into a temporary SQLite file). Each endpoint is asked `--runs` times with
 * varied parameters (pages, words, ids drawn by a seeded generator) after a warm-up; p50, p95
 * and p99 are reported. Requests go through the Hono application in process (`app.request`):
 * routing, validation, store queries and JSON encoding are measured, the TCP loopback is not
 * (it adds well under a millisecond). Goal from issue 8: p95 under 50 ms for list and search.
 * The server keeps derived views (the story list, entity list, merged events) until the store
 * changes; `cold` is the first request of a fresh app, before anything is kept.
 *
 * Options: `--items N` (default 100000), `--runs N` (default 200), `--warm-up N` (default 10),
 * `--only TEXT` (endpoints whose name contains it), `--db PATH` (reuse or keep
 * the store there; a fresh temporary file otherwise), `--ranked-matches N` (the search bound
 * `rankedMatches` passed to every `Store.search`, to measure its trade; the store's default
 * SEARCH_RANKED_MATCHES otherwise). Results go to bench/results/api.json.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/pipeline/paths.js';
import { createApp } from '../src/server/app.js';
import { seededRandom } from '../src/stories/benchmark.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { benchCorpusOf, buildBenchStore, type BenchCorpus } from './api-corpus.js';

/** p95 goal of issue 8 for list and search endpoints, in ms. */
const GOAL_P95_MS = 50;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const itemCount = option('--items', 100_000);
const runs = option('--runs', 200);
/** Requests per endpoint before measuring (JIT, SQLite page cache). */
const WARM_UP = option('--warm-up', 10);
const dbAt = process.argv.indexOf('--db');
const tmp = dbAt >= 0 ? null : mkdtempSync(join(tmpdir(), 'dossier-bench-api-'));
const dbPath = dbAt >= 0 ? (process.argv[dbAt + 1] as string) : join(tmp as string, 'bench.db');

const say = (line: string): boolean => process.stdout.write(`${line}\n`);
say('Corpus: SYNTHETIC items (invented names and words from src/stories/benchmark.ts), not news.');
const reuse = existsSync(dbPath);
const store = await openStore(dbPath);
if (!reuse || (await store.counts()).items === 0) {
  const started = performance.now();
  await buildBenchStore(store, itemCount, (n) => say(`  stored ${n} items…`));
  say(`Built ${dbPath} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} else say(`Reusing ${dbPath}.`);
const corpus = await benchCorpusOf(store);
say(`${corpus.items} items, ${corpus.stories} stories, ${corpus.entityIds.length}+ entities; ${runs} requests per endpoint, in process (app.request).`);

const rankedMatches = process.argv.includes('--ranked-matches') ? option('--ranked-matches', 0) : undefined;
/** The store the app serves: `store`, with `--ranked-matches` passed to every search when given. */
const served: Store = rankedMatches === undefined ? store : new Proxy(store, {
  get(target, key) {
    if (key === 'search') return (query: string, options: { limit?: number } = {}) => target.search(query, { ...options, rankedMatches });
    const value: unknown = Reflect.get(target, key);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  },
});
if (rankedMatches !== undefined) say(`Search ranks at most ${rankedMatches} matches (--ranked-matches).`);
const app = createApp({ store: served });
const random = seededRandom(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const page = (total: number): number => Math.floor(random() * Math.max(1, total - 50));

/** Endpoint name → a fresh path per request. */
const CASES: [string, (c: BenchCorpus) => string][] = [
  ['GET /api/stories', () => '/api/stories'],
  ['GET /api/stories?offset=…', (c) => `/api/stories?offset=${page(c.stories)}`],
  ['GET /api/stories?lang=…', () => `/api/stories?lang=${pick(['en', 'de', 'nl', 'fr'])}&offset=${page(1000)}`],
  ['GET /api/stories?q=…', (c) => `/api/stories?q=${encodeURIComponent(pick(c.words))}`],
  ['GET /api/stories?entity=…', (c) => `/api/stories?entity=${encodeURIComponent(pick(c.entityIds))}`],
  ['GET /api/stories?source=…', () => `/api/stories?source=syn00${String(Math.floor(random() * 100)).padStart(2, '0')}`],
  ['GET /api/items?offset=…', (c) => `/api/items?offset=${page(c.items)}`],
  ['GET /api/search?q=…', (c) => `/api/search?q=${encodeURIComponent(pick(c.words))}`],
  ['GET /api/search?q=… (place name)', (c) => `/api/search?q=${encodeURIComponent(pick(c.placeNames))}`],
  ['GET /api/search?q=… (commonest place)', (c) => `/api/search?q=${encodeURIComponent(c.commonPlaceName)}`],
  ['GET /api/search?q=… (2 words)', (c) => `/api/search?q=${encodeURIComponent(`${pick(c.words)} ${pick(c.words)}`)}`],
  ['GET /api/entities', () => '/api/entities'],
  ['GET /api/entities?type=…&offset=…', () => `/api/entities?type=${pick(['PER', 'GPE'])}&offset=${page(1000)}`],
  ['GET /api/entities?q=…', (c) => `/api/entities?q=${encodeURIComponent(pick(c.entityIds).slice(4, 8))}`],
  ['GET /api/entities/:id', (c) => `/api/entities/${encodeURIComponent(pick(c.entityIds))}`],
  // The entities named in most items (entityIds is by descending mention count; the first is in
  // 60% of the items), each request from a fresh server, since the server keeps entity pages.
  ['GET /api/entities/:id (10 commonest, fresh server)', (c) => `/api/entities/${encodeURIComponent(pick(c.entityIds.slice(0, 10)))}`],
  ['GET /api/stories/:id', (c) => `/api/stories/${pick(c.storyIds)}`],
  ['GET /api/items/:id', () => '/api/items/'],
  ['GET /api/events?story=…', (c) => `/api/events?story=${pick(c.storyIds)}`],
];

const only = process.argv.includes('--only') ? (process.argv[process.argv.indexOf('--only') + 1] as string) : '';
const itemIds = (await store.listItems({ limit: 1000, offset: page(corpus.items) })).map((i) => i.id);
const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const results: { endpoint: string; cold: number; p50: number; p95: number; p99: number; max: number; status: string }[] = [];
for (const [endpoint, path] of CASES) {
  if (only && !endpoint.includes(only)) continue;
  const times: number[] = [];
  const statuses = new Set<number>();
  // The first request of a fresh app: nothing cached in the server (the SQLite page cache is warm).
  const coldStarted = performance.now();
  await (await createApp({ store: served }).request(endpoint === 'GET /api/items/:id' ? `/api/items/${encodeURIComponent(pick(itemIds))}` : path(corpus))).text();
  const cold = performance.now() - coldStarted;
  for (let i = 0; i < WARM_UP + runs; i++) {
    const url = endpoint === 'GET /api/items/:id' ? `/api/items/${encodeURIComponent(pick(itemIds))}` : path(corpus);
    const started = performance.now();
    const response = await (endpoint.endsWith('fresh server)') ? createApp({ store: served }) : app).request(url);
    await response.text();
    if (i >= WARM_UP) times.push(performance.now() - started);
    statuses.add(response.status);
  }
  times.sort((a, b) => a - b);
  const row = { endpoint, cold, p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99), max: times[times.length - 1] ?? 0, status: [...statuses].join('/') };
  results.push(row);
  say(`${endpoint.padEnd(38)} cold ${row.cold.toFixed(0).padStart(6)} ms  p50 ${row.p50.toFixed(1).padStart(7)} ms  p95 ${row.p95.toFixed(1).padStart(7)} ms  p99 ${row.p99.toFixed(1).padStart(7)} ms  ${row.p95 < GOAL_P95_MS ? 'ok' : `over the ${GOAL_P95_MS} ms goal`}  (HTTP ${row.status})`);
}
await store.close();
const dir = join(packageRoot(), 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'api.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, corpus: 'synthetic', items: corpus.items, stories: corpus.stories, runs, rankedMatches: rankedMatches ?? 'default', inProcess: true, results }, null, 2)}\n`);
if (tmp) rmSync(tmp, { recursive: true, force: true });
