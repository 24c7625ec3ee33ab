/**
 * `npm run bench:story-page`: a story of 500 items, as the story page loads it. The items are
 * SYNTHETIC sentences written here (invented port talks between six cities), ingested through
 * the whole pipeline (so they carry real mentions and events) into a temporary SQLite store and
 * joined into one story. Measured: each API request the page makes, with nothing cached in the
 * server ("cold", right after a store change), once the server has warmed its views in the
 * background after the change ("warmed", src/server/warm.ts), and again ("kept"); the time from
 * a change until the warm-up has finished; the events merge alone; and, when Debian's Chromium is
 * installed, the page in a headless browser from navigation until the items are drawn and until the
 * timeline, graph and map are drawn. Goal from issue 8: under 1 second.
 * Options: `--items N` (default 500), `--runs N` (default 5).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, skipReason } from '../test/e2e/browser.js';
import { mergeEvents } from '../src/events/index.js';
import { ingestInputs } from '../src/pipeline/process.js';
import { buildApp } from '../src/server/app.js';
import { WARM_QUIET_MS, type ViewWarmer } from '../src/server/warm.js';
import { startServer } from '../src/server/start.js';
import { openStore } from '../src/store/open.js';
import type { StoryRecord } from '../src/store/store.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const COUNT = option('--items', 500);
const RUNS = option('--runs', 5);
const CITIES = ['Rotterdam', 'Antwerp', 'Hamburg', 'Geneva', 'Tokyo', 'Brussels'];

function line(i: number): string {
  const a = CITIES[i % CITIES.length];
  const b = CITIES[(i + 1) % CITIES.length];
  const text = `Officials in ${a} met counterparts from ${b} on Monday to discuss port fees, report ${i}. The Netherlands and Germany agreed on a joint inspection plan for ${a}. Unions in ${b} said they would study the plan before the end of the month.`;
  return JSON.stringify({ id: `bench-${i}`, title: `Port talks between ${a} and ${b}, round ${i}`, text, lang: 'en', published: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00Z` });
}

const say = (text: string): boolean => process.stdout.write(`${text}\n`);
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-story-'));
const store = await openStore(join(dir, 'store.db'));
writeFileSync(join(dir, 'bench.jsonl'), Array.from({ length: COUNT }, (_, i) => line(i)).join('\n') + '\n');
await ingestInputs(store, [join(dir, 'bench.jsonl')], { capturedAt: '2025-04-01T00:00:00Z' });
const items = await store.listItems();
const story: StoryRecord = { id: 'sbench', title: 'Bench story', languages: ['en'], first: '2025-03-01T09:00:00Z', last: '2025-03-28T09:00:00Z', itemIds: items.map((i) => i.id) };
await store.replaceStories([story]);
const events = await store.listEvents({ itemIds: story.itemIds });
say(`Corpus: SYNTHETIC items (sentences written for this benchmark), ${items.length} items and ${events.length} event mentions in one story.`);

/** Moves the store's change mark, so the server drops every kept view. */
const touch = (): Promise<void> => store.replaceStories([story]);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Moves the change mark and waits until `warmer` (polling the mark) has warmed the views again; answers the ms it took. */
async function touchAndWarm(warmer: ViewWarmer): Promise<number> {
  const runs = warmer.finished;
  const started = performance.now();
  await touch();
  while (warmer.finished === runs) await sleep(10);
  return performance.now() - started;
}
/** Poll interval of the bench's warmer: short, so the wait measures the warm-up more than the poll. */
const BENCH_POLL_MS = 50;
const { app, warmer } = buildApp({ store, warm: true });
const appWarmer = warmer as ViewWarmer;
appWarmer.poll(BENCH_POLL_MS);
const warmUps: number[] = [];
for (const path of ['/api/stories/sbench/items?limit=50', '/api/stories/sbench/events', '/api/stories/sbench', '/api/commitments?story=sbench&limit=100']) {
  const cold: number[] = [];
  const warmed: number[] = [];
  const kept: number[] = [];
  let bytes = 0;
  const time = async (into: number[]): Promise<void> => {
    const started = performance.now();
    const body = await (await app.request(path)).text();
    into.push(performance.now() - started);
    bytes = body.length;
  };
  for (let run = 0; run < RUNS; run++) {
    await touch();
    await time(cold);
    await time(kept);
    // Let the warm-up the cold request set off finish, then change the store and wait for the next one.
    await appWarmer.settled();
    warmUps.push(await touchAndWarm(appWarmer));
    await time(warmed);
  }
  say(`GET ${path.padEnd(36)} cold median ${median(cold).toFixed(0).padStart(5)} ms  warmed median ${median(warmed).toFixed(1).padStart(6)} ms  kept median ${median(kept).toFixed(1).padStart(6)} ms  ${(bytes / 1024).toFixed(0)} KiB`);
}
say(`warm-up after a change (poll every ${BENCH_POLL_MS} ms, ${WARM_QUIET_MS} ms quiet, story list and the story's items and events): median ${median(warmUps).toFixed(0)} ms`);
appWarmer.stop();
await appWarmer.settled();
const byId = new Map(items.map((i) => [i.id, i]));
const merged: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  mergeEvents(
    events.map((event) => ({ itemId: event.itemId, source: byId.get(event.itemId)?.source ?? '', index: byId.get(event.itemId)?.index ?? 0, published: byId.get(event.itemId)?.published?.date ?? null, event })),
    (id) => id,
  );
  merged.push(performance.now() - started);
}
say(`of which mergeEvents alone (src/events)        median ${median(merged).toFixed(0).padStart(5)} ms`);

/** Page script (added by the test harness, not the app) noting when the items and the map first appear. */
const MARK_TIMES = `new MutationObserver(() => {
  if (!window.__itemsAt && document.querySelector('.language-group')) window.__itemsAt = performance.now();
  if (!window.__allAt && document.querySelector('svg.map .points')) window.__allAt = performance.now();
}).observe(document, { childList: true, subtree: true });`;

const reason = skipReason();
if (reason) say(`Browser part skipped: ${reason}.`);
else {
  const server = await startServer({ store, host: '127.0.0.1', port: 0 });
  const browser = await launchBrowser();
  const serverWarmer = server.warmer as ViewWarmer;
  for (const cache of ['cold', 'kept', 'warmed', 'cold', 'kept', 'warmed']) {
    await serverWarmer.settled();
    if (cache === 'cold') await touch();
    // The server notices the change by polling its change mark (every second) and warms the views while idle.
    if (cache === 'warmed') say(`  (change noticed and warmed in ${(await touchAndWarm(serverWarmer)).toFixed(0)} ms)`);
    // A fresh tab opened on the story, as from a bookmark (the browser's HTTP cache is shared).
    const page = await browser.context.newPage();
    // Times since the navigation started, noted by the page itself as the nodes appear: this
    // process also runs the server, so a reading taken from here would wait for it.
    await page.addInitScript(MARK_TIMES);
    await page.goto(`${server.url}/#/story/sbench`);
    await page.waitForSelector('svg.map .points');
    const [itemsAt, allAt] = (await page.evaluate('[window.__itemsAt, window.__allAt]')) as [number, number];
    say(`story page in Chromium (${cache} server views): items drawn ${itemsAt.toFixed(0)} ms, timeline, graph and map drawn ${allAt.toFixed(0)} ms after navigation`);
    await page.close();
  }
  await browser.close();
  await server.close();
}
await store.close();
rmSync(dir, { recursive: true, force: true });
