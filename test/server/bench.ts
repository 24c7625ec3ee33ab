/**
 * Benchmark (not a test): a story of 500 items served by the API and rendered in Chromium.
 * Run: `node dist/test/server/bench.js [items]`. Items are synthetic sentences written here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestInputs } from '../../src/pipeline/process.js';
import { tempDir } from '../helpers/cli.js';
import { launchBrowser, skipReason } from '../e2e/browser.js';
import { testServer } from './support.js';

const CITIES = ['Rotterdam', 'Antwerp', 'Hamburg', 'Geneva', 'Tokyo', 'Brussels'];
const COUNT = Number(process.argv[2] ?? 500);

function line(i: number): string {
  const a = CITIES[i % CITIES.length];
  const b = CITIES[(i + 1) % CITIES.length];
  const text = `Officials in ${a} met counterparts from ${b} on Monday to discuss port fees, report ${i}. The Netherlands and Germany agreed on a joint inspection plan for ${a}. Unions in ${b} said they would study the plan before the end of the month.`;
  return JSON.stringify({ id: `bench-${i}`, title: `Port talks between ${a} and ${b}, round ${i}`, text, lang: 'en', published: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00Z` });
}

const t = await testServer({ demo: false });
const { dir, cleanup } = tempDir('dossier-bench-');
const file = join(dir, 'bench.jsonl');
writeFileSync(file, Array.from({ length: COUNT }, (_, i) => line(i)).join('\n') + '\n');
await ingestInputs(t.store, [file], { capturedAt: '2025-04-01T00:00:00Z' });
const items = await t.store.listItems();
await t.store.replaceStories([{ id: 'sbench', title: 'Bench story', languages: ['en'], first: '2025-03-01T09:00:00Z', last: '2025-03-28T09:00:00Z', itemIds: items.map((i) => i.id) }]);
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const r = await fetch(`${t.url}/api/stories/sbench`);
  await r.arrayBuffer();
  times.push(performance.now() - start);
}
console.log(`${items.length} items; GET /api/stories/:id best ${Math.min(...times).toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms`);
if (!skipReason()) {
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  await page.goto(`${t.url}/#/`);
  await page.waitForSelector('.story-link');
  for (let i = 0; i < 3; i++) {
    await page.goto(`${t.url}/#/story/sbench`);
    await page.reload();
    await page.waitForSelector('.language-group');
    // Time since the navigation started, measured in the page.
    const ms = Number(await page.evaluate('performance.now()'));
    console.log(`story page with ${items.length} items: loaded and rendered ${ms.toFixed(0)} ms after navigation`);
  }
  await browser.close();
}
await t.stop();
cleanup();
