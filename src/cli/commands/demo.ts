/**
 * `dossier demo`: ingest the built-in demo corpus into an embedded store and print its stories
 * with their timelines.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { Command } from 'commander';
import { ingestInputs, recluster, type IngestSummary } from '../../pipeline/process.js';
import { packageRoot } from '../../pipeline/paths.js';
import { EXIT, type CliIO } from '../io.js';
import { writeLines } from '../output.js';
import { progressFor } from '../progress.js';
import { eventGroups, itemsById, withStore } from '../store-access.js';
import { storyHeading, storyItemLines, timelineLines } from '../views.js';
import type { CommandRunner } from './runner.js';
import { reportIngest } from './ingest.js';

/** The store `dossier demo` builds when --db is not given. */
export const DEMO_DB = 'dossier-demo.db';

/** The demo corpus manifest: capture time of every file. */
interface Manifest {
  files: Record<string, { capturedAt: string }>;
}

/** Reads demo/manifest.json; the paths in it are relative to demo/. */
export function demoManifest(): { dir: string; files: [string, string][] } {
  const dir = join(packageRoot(), 'demo');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const files = Object.entries(manifest.files)
    .map(([path, entry]): [string, string] => [path, entry.capturedAt])
    .sort(([a], [b]) => a.localeCompare(b));
  return { dir, files };
}

/** One group of demo/gold.json: a story, or one unrelated item; files relative to demo/, items by page index or JSONL record id. */
export interface DemoGoldGroup {
  id: string;
  items: { file: string; item: number | string }[];
}

/** The ground truth of the demo corpus (demo/gold.json): its stories, then its unrelated items, one group each. */
export function demoGold(): DemoGoldGroup[] {
  const gold = JSON.parse(readFileSync(join(packageRoot(), 'demo', 'gold.json'), 'utf8')) as { stories: DemoGoldGroup[]; unrelated: DemoGoldGroup[] };
  return [...gold.stories, ...gold.unrelated];
}

/** Ingests the demo corpus into `store` with each file's capture time; returns the summary. */
export async function ingestDemo(store: Parameters<typeof ingestInputs>[0], onProgress?: (s: IngestSummary, source: string) => void): Promise<IngestSummary> {
  const { dir, files } = demoManifest();
  const total: IngestSummary = { read: 0, added: 0, duplicates: 0, items: 0, skipped: 0, failures: [], warnings: [] };
  for (const [path, capturedAt] of files) {
    const absolute = join(dir, path);
    const shown = relative(process.cwd(), absolute);
    const input = shown.startsWith('..') || isAbsolute(shown) ? absolute : shown;
    const summary = await ingestInputs(store, [input], { capturedAt, cluster: false });
    total.read += summary.read;
    total.added += summary.added;
    total.duplicates += summary.duplicates;
    total.items += summary.items;
    total.skipped += summary.skipped;
    total.failures.push(...summary.failures);
    total.warnings.push(...summary.warnings);
    onProgress?.(total, input);
  }
  await recluster(store);
  return total;
}

/** Registers `demo` on the program. */
export function registerDemo(program: Command, io: CliIO, run: CommandRunner): void {
  program
    .command('demo')
    .description('ingest the built-in demo corpus (en, de, nl, fr) into an embedded store and print its stories and timelines')
    .option('--db <path>', `where to build the demo store (default ./${DEMO_DB})`)
    .action((options) =>
      run(async () => {
        const target: string = options.db ?? DEMO_DB;
        const progress = progressFor(io);
        await withStore(target, async (store) => {
          const summary = await ingestDemo(store, progress.update);
          progress.done();
          reportIngest(io, summary, 'text');
          const stories = await store.listStories();
          const multi = stories.filter((s) => s.itemIds.length > 1);
          const items = await itemsById(store);
          io.stdout.write(`\n${stories.length} stories; ${multi.length} told by more than one item:\n\n`);
          for (const story of multi) {
            const events = await eventGroups(store, story.itemIds);
            writeLines(io, [storyHeading(story), '  Items:', ...storyItemLines(story, items), '  Timeline:', ...timelineLines(events), '']);
          }
          writeLines(io, [
            `${stories.length - multi.length} single-item stories not shown.`,
            `The demo store is ${target}. Explore it with, for example:`,
            `  npx dossier stories --db ${target}`,
            `  npx dossier entities --db ${target} --limit 20`,
            `  npx dossier search --db ${target} Rotterdam`,
          ]);
        });
        return EXIT.ok;
      }),
    );
}
