/**
 * `npm run bench`: ingest throughput and peak memory on the demo corpus replicated to at least
 * 10,000 documents (each copy made byte-distinct so idempotent ingest stores it), into a fresh
 * embedded store. Prints a table and writes the numbers as JSON to bench/results/ingest.json.
 *
 * Options: `--docs N` (default 10000), `--db PATH` (default: a temp file; a postgres:// URL works),
 * `--workers N` (default 1): N `dossier ingest --shard K/N --no-cluster` processes at once, which
 * needs a postgres:// `--db` (SQLite is one writer); the stories are then recomputed once.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { demoManifest } from '../src/cli/commands/demo.js';
import { packageRoot } from '../src/pipeline/paths.js';
import { ingestInputs, recluster } from '../src/pipeline/process.js';
import { openStore } from '../src/store/open.js';

/** Default corpus size: the issue asks for at least 10,000 documents. */
const DEFAULT_DOCS = 10_000;

/** Makes copy `n` of a demo file byte-distinct without changing what extraction sees. */
function variant(path: string, content: string, n: number): string {
  const ext = extname(path);
  if (ext === '.html' || ext === '.htm') return `${content}\n<!-- bench copy ${n} -->\n`;
  if (ext === '.jsonl') {
    return content
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const record = JSON.parse(line) as Record<string, unknown>;
        return JSON.stringify({ ...record, id: `${String(record.id ?? 'line')}-copy-${n}` });
      })
      .join('\n');
  }
  return `${content}\n${' '.repeat((n % 97) + 1)}\n${'\n'.repeat(Math.floor(n / 97))}`;
}

/** Writes the replicated corpus; returns the number of documents (JSONL lines count one each). */
function replicate(target: string, wanted: number): number {
  const { dir, files } = demoManifest();
  const sources = files.map(([path]) => ({ path, content: readFileSync(join(dir, path), 'utf8') }));
  const perRound = sources.reduce((n, s) => n + (extname(s.path) === '.jsonl' ? s.content.split('\n').filter((l) => l.trim()).length : 1), 0);
  const rounds = Math.ceil(wanted / perRound);
  for (let n = 0; n < rounds; n++) {
    for (const source of sources) {
      const out = join(target, `copy-${String(n).padStart(4, '0')}`, source.path);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, variant(source.path, source.content, n));
    }
  }
  return rounds * perRound;
}

/** Capture time of the bench corpus. */
const CAPTURED_AT = '2025-03-20T12:00:00Z';

/** What the worker processes stored, summed. */
interface WorkerTotals {
  read: number;
  added: number;
  items: number;
  failures: number;
}

/** Runs `workers` CLI ingest processes on the shards of `corpus` at once and sums their JSON summaries. */
async function runWorkers(corpus: string, db: string, workers: number): Promise<WorkerTotals> {
  const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli', 'main.js');
  const one = (k: number) =>
    new Promise<WorkerTotals>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'ingest', corpus, '--db', db, '--shard', `${k}/${workers}`, '--no-cluster', '--captured-at', CAPTURED_AT, '--format', 'json'], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('error', reject);
      child.on('close', (status) => {
        if (status !== 0 && status !== 1) return reject(new Error(`worker ${k}/${workers} exited with status ${status}`));
        const s = JSON.parse(out) as { read: number; added: number; items: number; failures: unknown[] };
        resolve({ read: s.read, added: s.added, items: s.items, failures: s.failures.length });
      });
    });
  const parts = await Promise.all(Array.from({ length: workers }, (_, i) => one(i + 1)));
  return parts.reduce((a, b) => ({ read: a.read + b.read, added: a.added + b.added, items: a.items + b.items, failures: a.failures + b.failures }));
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { docs: { type: 'string' }, db: { type: 'string' }, workers: { type: 'string' } } });
  const wanted = values.docs ? Number(values.docs) : DEFAULT_DOCS;
  const workers = values.workers ? Number(values.workers) : 1;
  if (!Number.isSafeInteger(workers) || workers < 1) throw new Error(`--workers must be a whole number ≥ 1; got "${values.workers}".`);
  if (workers > 1 && !/^postgres(ql)?:\/\//.test(values.db ?? '')) throw new Error('--workers N > 1 needs --db postgres://… (several processes writing one SQLite file would only wait for each other).');
  const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    const corpus = join(work, 'corpus');
    const documents = replicate(corpus, wanted);
    const store = await openStore(values.db ?? join(work, 'bench.db'));
    const rssBefore = process.memoryUsage().rss;
    const started = process.hrtime.bigint();
    const summary = workers > 1 ? await runWorkers(corpus, values.db!, workers) : await ingestInputs(store, [corpus], { capturedAt: CAPTURED_AT, cluster: false });
    const ingested = process.hrtime.bigint();
    const stories = await recluster(store);
    const clustered = process.hrtime.bigint();
    await store.close();
    const ingestSeconds = Number(ingested - started) / 1e9;
    const clusterSeconds = Number(clustered - ingested) / 1e9;
    const result = {
      date: new Date().toISOString(),
      node: process.version,
      store: values.db ? 'given' : 'sqlite',
      documents,
      stored: summary.added,
      items: summary.items,
      failures: typeof summary.failures === 'number' ? summary.failures : summary.failures.length,
      workers,
      stories,
      ingestSeconds: round(ingestSeconds),
      documentsPerSecond: round(summary.read / ingestSeconds),
      itemsPerSecond: round(summary.items / ingestSeconds),
      clusterSeconds: round(clusterSeconds),
      peakRssMiB: round(process.resourceUsage().maxRSS / 1024), // this process (the workers' own peaks are not counted)
      rssBeforeMiB: round(rssBefore / 1024 / 1024),
    };
    const resultsDir = join(packageRoot(), 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, workers > 1 ? `ingest-workers-${workers}.json` : 'ingest.json'), `${JSON.stringify(result, null, 2)}\n`);
    for (const [key, value] of Object.entries(result)) process.stdout.write(`${key.padEnd(20)} ${value}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

await main();
