/**
 * `npm run eval:extract`: main-text extraction on trafilatura's set and metadata on
 * Readability's test pages, Dossier beside Readability on linkedom. Prints the tables, writes
 * `test/eval/results/extract.json`, and exits 0 (also when the sets are absent, saying so).
 * Timings are printed for information only; nothing asserts on them.
 */
import { isEntry, writeResults, type Log } from './common.js';
import { evalTestPages, type TestPagesResult } from './extract-testpages.js';
import { evalTrafilatura, type TrafilaturaResult } from './extract-trafilatura.js';

/** Both parts of the extraction evaluation (null where the set is absent). */
export interface ExtractEvalResult {
  trafilatura: TrafilaturaResult | null;
  testPages: TestPagesResult | null;
}

/** The headline numbers the gate compares with its floors. */
export function extractHeadline(result: ExtractEvalResult): Record<string, number> {
  const out: Record<string, number> = {};
  if (result.trafilatura) {
    out['extract.trafilatura.dossier.f1'] = result.trafilatura.dossier.f1;
    out['extract.trafilatura.dossier.precision'] = result.trafilatura.dossier.precision;
    out['extract.trafilatura.dossier.recall'] = result.trafilatura.dossier.recall;
  }
  if (result.testPages) {
    out['extract.testpages.dossier.title'] = result.testPages.dossier.title;
    out['extract.testpages.dossier.byline'] = result.testPages.dossier.byline;
    out['extract.testpages.dossier.lang'] = result.testPages.dossier.lang;
  }
  return out;
}

/**
 * Runs the extraction evaluation and writes its JSON.
 * @param log where to print the tables
 */
export function runExtractEval(log: Log): ExtractEvalResult {
  const trafilatura = evalTrafilatura(log);
  log('');
  const testPages = evalTestPages(log);
  const result = { trafilatura, testPages };
  if (trafilatura || testPages) log(`\nresults written to ${writeResults('extract', result)}`);
  return result;
}

if (isEntry(import.meta.url)) runExtractEval((line) => console.log(line));
