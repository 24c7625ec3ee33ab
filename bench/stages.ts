/**
 * `npm run bench:stages`: time spent in each stage on the demo corpus, repeated until at least
 * MIN_SECONDS of work per stage, on one core: extraction pages/s, and sentences/s for the language,
 * dates, entities and events stages. Goals from the issues: entities ≥ 2,000 sentences/s,
 * events ≥ 1,000 sentences/s.
 */
import { join } from 'node:path';
import { demoManifest } from '../src/cli/commands/demo.js';
import { datesStage } from '../src/dates/index.js';
import { entitiesStage } from '../src/entities/index.js';
import { eventsStage, splitSentences } from '../src/events/index.js';
import { extractDocument } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import { languageStage } from '../src/language/index.js';
import { itemFullText, type Item, type RawDocument } from '../src/pipeline/types.js';
import type { Stage } from '../src/pipeline/stage.js';

/** Each measurement repeats its work until it has run at least this long, so timer noise is small. */
const MIN_SECONDS = 2;

async function demoDocuments(): Promise<RawDocument[]> {
  const { dir, files } = demoManifest();
  const documents: RawDocument[] = [];
  for (const [path, capturedAt] of files) {
    for await (const event of readInputs([join(dir, path)], { capturedAt })) if (event.kind === 'document') documents.push(event.document);
  }
  return documents;
}

/** Runs `work` repeatedly for at least MIN_SECONDS; returns rounds per second. */
function rate(work: () => void): number {
  work();
  let rounds = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_SECONDS * 1000) {
    work();
    rounds++;
    elapsed = performance.now() - started;
  }
  return rounds / (elapsed / 1000);
}

const documents = await demoDocuments();
const extractRate = rate(() => documents.forEach((d) => extractDocument(d)));
const items: Item[] = documents.flatMap((d) => extractDocument(d));
const sentences = items.reduce((n, item) => n + splitSentences(itemFullText(item), item.declaredLang ?? 'und').length, 0);
process.stdout.write(`corpus: demo/, ${documents.length} documents, ${items.length} items, ${sentences} sentences\n`);
process.stdout.write(`extract    ${(extractRate * documents.length).toFixed(0).padStart(8)} pages/s\n`);
const context = (item: Item) => ({ referenceTime: item.capturedAt });
for (const stage of [languageStage, datesStage, entitiesStage, eventsStage] as Stage[]) {
  const perRound = rate(() => items.forEach((item) => stage.run(item, context(item))));
  process.stdout.write(`${stage.name.padEnd(10)} ${(perRound * sentences).toFixed(0).padStart(8)} sentences/s  ${(perRound * items.length).toFixed(0).padStart(7)} items/s\n`);
}
