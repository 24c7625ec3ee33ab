/**
 * `npm run bench:stories`: story clustering of 10,000, 25,000, 50,000 and 100,000 synthetic
 * items (src/stories/benchmark.ts), each size in its own child process so that the peak
 * memory of one size is not inherited by the next. Reports, per size: clustering time, time
 * per item, comparisons per item, peak resident memory, and pairwise precision and recall
 * against the generator's truth. Processor time is reported beside wall time: on a shared
 * machine wall time measures the neighbours as much as the code. Goal from issue 7: 100,000 items in under 5 minutes and
 * under 2 GB on one core, with a flat cost per item. Results go to bench/results/stories.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../src/pipeline/paths.js';
import { runClusteringBenchmark, type ClusteringBenchmark } from '../src/stories/benchmark.js';

/** Corpus sizes measured, smallest first. */
const SIZES = [10_000, 25_000, 50_000, 100_000];
/**
 * Arrival rate of the synthetic items: constant, so a larger corpus is a longer archive (as a
 * real one grows), not a busier day. 150 items a day is a mid-sized deployment (a few dozen
 * feeds); 100,000 items are then about 22 months.
 */
const ITEMS_PER_DAY = 150;

/** One size's measurement. */
interface SizeResult extends ClusteringBenchmark {
  microsecondsPerItem: number;
  cpuMicrosecondsPerItem: number;
  peakRssMiB: number;
}

function measureOne(size: number): SizeResult {
  const result = runClusteringBenchmark(size, 1, {}, ITEMS_PER_DAY);
  return {
    ...result,
    microsecondsPerItem: (result.milliseconds * 1000) / Math.max(1, result.items),
    cpuMicrosecondsPerItem: (result.cpuMilliseconds * 1000) / Math.max(1, result.items),
    // maxRSS is the peak resident set of this process, in KiB.
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

const sizeArgument = process.argv.indexOf('--size');
if (sizeArgument >= 0) {
  process.stdout.write(`${JSON.stringify(measureOne(Number(process.argv[sizeArgument + 1])))}\n`);
} else {
  const script = fileURLToPath(import.meta.url);
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const output = execFileSync(process.execPath, [script, '--size', String(size)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const result = JSON.parse(output.trim()) as SizeResult;
    results.push(result);
    process.stdout.write(
      `${String(result.items).padStart(7)} items  wall ${(result.milliseconds / 1000).toFixed(1).padStart(6)} s  cpu ${(result.cpuMilliseconds / 1000).toFixed(1).padStart(6)} s  ` +
        `${result.cpuMicrosecondsPerItem.toFixed(0).padStart(5)} cpu µs/item  ${result.comparisonsPerItem.toFixed(0).padStart(4)} comparisons/item  ` +
        `peak ${result.peakRssMiB.toFixed(0).padStart(5)} MiB  stories ${result.stories}  pairwise P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)}\n`,
    );
  }
  const dir = join(packageRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'stories.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, itemsPerDay: ITEMS_PER_DAY, results }, null, 2)}\n`);
}
