/**
 * `npm run bench:extract`: HTML extraction speed and memory on one core. Dossier's extractor and
 * Readability on linkedom (the reference, as `npm run eval:extract` runs it) read the same pages:
 * trafilatura's evaluation set when `../shared/eval` is present, else the demo corpus's HTML
 * pages. Both are timed page by page in turn (after a warm-up) and reported in pages per second;
 * then Dossier's extractor runs over the pages repeated until {@link MEMORY_PAGES} extractions,
 * sampling the resident set size, to show that peak memory stays flat. Prints a table and writes
 * `bench/results/extract.json`. Node runs JavaScript on one thread, so this is one core.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoManifest } from '../src/cli/commands/demo.js';
import { extractDocument } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import { packageRoot, sharedPath } from '../src/pipeline/paths.js';
import type { RawDocument } from '../src/pipeline/types.js';
import { readGzPage } from '../test/eval/common.js';
import { htmlDocument } from '../test/eval/document.js';
import { runReadability } from '../test/eval/readability-baseline.js';

/** Extractions in the memory run (the "peak memory flat over 10,000 pages"). */
const MEMORY_PAGES = 10_000;
/** RSS is sampled after every this many extractions. */
const SAMPLE_EVERY = 500;

/**
 * The pages, each as a loader: trafilatura's set when present (read and decoded from its
 * compressed file on each call, outside the timings, so the heap never holds the whole set
 * and does not slow either extractor's garbage collection), else the demo corpus's HTML files.
 */
async function benchPages(): Promise<{ name: string; documents: (() => RawDocument)[] }> {
  const dir = sharedPath('eval', 'extraction', 'trafilatura-eval');
  if (dir) {
    const gold = Object.values(JSON.parse(readFileSync(join(dir, 'tests', 'evaldata.json'), 'utf8')) as Record<string, { file: string }>);
    const dirs = [join(dir, 'tests', 'cache'), join(dir, 'tests', 'eval')];
    const documents: (() => RawDocument)[] = [];
    for (const { file } of gold) {
      if (!readGzPage(dirs, file)) continue;
      documents.push(() => htmlDocument(file, readGzPage(dirs, file) as Buffer, '2026-01-01T00:00:00Z'));
    }
    return { name: 'trafilatura-eval', documents };
  }
  const { dir: demoDir, files } = demoManifest();
  const documents: RawDocument[] = [];
  for (const [path, capturedAt] of files) {
    if (!/\.html?$/iu.test(path)) continue;
    for await (const event of readInputs([join(demoDir, path)], { capturedAt })) if (event.kind === 'document') documents.push(event.document);
  }
  return { name: 'demo HTML pages', documents: documents.map((document) => () => fresh(document)) };
}

const fresh = (document: RawDocument): RawDocument => ({ ...document, messages: [] });

/**
 * Dossier's extraction as ingest pays for it: the items, and what each item's `dropped` list
 * holds (built lazily by extraction, and read when an item is stored).
 */
function extractAsStored(document: RawDocument): number {
  let dropped = 0;
  for (const item of extractDocument(document)) dropped += item.dropped?.length ?? 0;
  return dropped;
}

/**
 * Pages per second of Dossier's extractor and of Readability, timed page by page in turn (the
 * same page for both, one after the other, as the eval does) so that load from other processes
 * and the heap's state weigh on both alike. A warm-up pass over the first pages comes first.
 */
function pagesPerSecond(documents: readonly (() => RawDocument)[]): { ours: number; readability: number } {
  for (const load of documents.slice(0, 50)) {
    const document = load();
    extractAsStored(fresh(document));
    runReadability(document.content);
  }
  let ours = 0;
  let theirs = 0;
  for (const load of documents) {
    const document = load();
    let started = performance.now();
    extractAsStored(fresh(document));
    ours += performance.now() - started;
    started = performance.now();
    runReadability(document.content);
    theirs += performance.now() - started;
  }
  return { ours: documents.length / (ours / 1000), readability: documents.length / (theirs / 1000) };
}

/**
 * Peak RSS (MB, sampled every {@link SAMPLE_EVERY} extractions) over {@link MEMORY_PAGES}
 * extractions of the pages repeated, and the RSS retained after a full garbage collection at
 * each sample (when run with `--expose-gc`): flat retained samples mean nothing leaks; the peak
 * also holds garbage V8 has not collected yet.
 */
function memoryRun(documents: readonly (() => RawDocument)[]): { peakMb: number; samples: number[]; retained: number[] } {
  const gc = (globalThis as { gc?: () => void }).gc;
  const samples: number[] = [];
  const retained: number[] = [];
  let peak = 0;
  for (let i = 0; i < MEMORY_PAGES; i++) {
    extractAsStored((documents[i % documents.length] as () => RawDocument)());
    if ((i + 1) % SAMPLE_EVERY === 0) {
      const rss = process.memoryUsage().rss / 1_048_576;
      peak = Math.max(peak, rss);
      samples.push(Math.round(rss));
      if (gc) {
        gc();
        retained.push(Math.round(process.memoryUsage().rss / 1_048_576));
      }
    }
  }
  return { peakMb: Math.round(peak), samples, retained };
}

async function main(): Promise<void> {
  const { name, documents } = await benchPages();
  if (documents.length === 0) throw new Error('No HTML pages to benchmark: build the demo corpus or provide ../shared/eval.');
  const { ours, readability } = pagesPerSecond(documents);
  const memory = memoryRun(documents);
  const result = {
    pages: documents.length,
    set: name,
    dossierPagesPerSecond: Number(ours.toFixed(1)),
    readabilityPagesPerSecond: Number(readability.toFixed(1)),
    speedup: Number((ours / readability).toFixed(2)),
    memoryPages: MEMORY_PAGES,
    peakRssMb: memory.peakMb,
    rssSamplesMb: memory.samples,
    retainedRssMb: memory.retained,
  };
  console.log(`extraction on ${result.pages} pages (${name}), one core`);
  console.log(`  dossier               ${result.dossierPagesPerSecond} pages/s`);
  console.log(`  readability+linkedom  ${result.readabilityPagesPerSecond} pages/s`);
  console.log(`  speed-up              ${result.speedup}x`);
  console.log(`  peak RSS over ${MEMORY_PAGES} extractions: ${result.peakRssMb} MB (samples every ${SAMPLE_EVERY}: ${memory.samples.join(' ')})`);
  if (memory.retained.length > 0) console.log(`  RSS retained after a full GC at each sample: ${memory.retained.join(' ')} MB`);
  const out = join(packageRoot(), 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'extract.json'), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
