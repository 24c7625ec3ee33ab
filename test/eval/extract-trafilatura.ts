/**
 * Main-text extraction on trafilatura's evaluation set (`extraction/trafilatura-eval`, 990 real
 * pages, mostly German): Dossier's {@link extractDocument} (all items' title + text joined)
 * against Readability on linkedom (`textContent`), scored with trafilatura's snippet rules
 * ({@link scoreSnippets}), overall and per page language. The set has no language field, so
 * the language of a page is what Dossier's detector says of its `with` snippets joined (`und`
 * when unsure). Pages are read and decompressed one at a time.
 *
 * A third row scores the whole decoded page source ("raw HTML", trafilatura's `everything`
 * row, published at F1 .667): it checks that this re-implementation of the scoring reproduces
 * the published reference point.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../src/language/index.js';
import { evalSet, readGzPage, secondsSince, type Log } from './common.js';
import { addConfusion, emptyConfusion, fmt, formatTable, scoresOf, type Confusion, type Scores } from './confusion.js';
import { extractedText, htmlDocument, runOurs } from './document.js';
import { runReadability } from './readability-baseline.js';
import { scoreSnippets, type SnippetGold } from './snippets.js';

/** Capture time given to every page: extraction does not depend on it. */
const CAPTURED_AT = '2026-01-01T00:00:00Z';

/** One extractor's result on the set, or on one language of it. */
export interface SnippetResult extends Scores {
  counts: Confusion;
  /** Pages where it returned no text. */
  empty: number;
  /** Pages where it threw. */
  errors: number;
  /** Pages per second of extraction time on one core (decoding excluded). */
  pagesPerSecond: number;
}

/** The whole trafilatura-set result. */
export interface TrafilaturaResult {
  pages: number;
  /** Pages named by the gold file but missing from the folder. */
  missing: number;
  dossier: SnippetResult;
  readability: SnippetResult;
  /** The whole page source scored as if extracted (calibration row). */
  rawHtml: Scores & { counts: Confusion };
  perLanguage: Record<string, { pages: number; dossier: Scores & { counts: Confusion }; readability: Scores & { counts: Confusion } }>;
}

interface Tally {
  counts: Confusion;
  empty: number;
  errors: number;
  seconds: number;
}

const newTally = (): Tally => ({ counts: emptyConfusion(), empty: 0, errors: 0, seconds: 0 });

function finish(t: Tally, pages: number): SnippetResult {
  return { ...scoresOf(t.counts), counts: t.counts, empty: t.empty, errors: t.errors, pagesPerSecond: t.seconds > 0 ? pages / t.seconds : 0 };
}

/** Reads the gold file: `{url: {file, with, without, …}}`. */
function readGold(dir: string): [string, SnippetGold & { file: string }][] {
  return Object.entries(JSON.parse(readFileSync(join(dir, 'tests', 'evaldata.json'), 'utf8')) as Record<string, SnippetGold & { file: string }>);
}

/**
 * Runs both extractors over the set and prints the table; null when the set is absent.
 * @param log where to print
 */
export function evalTrafilatura(log: Log): TrafilaturaResult | null {
  const dir = evalSet(log, 'extraction', 'trafilatura-eval');
  if (!dir) return null;
  const pageDirs = [join(dir, 'tests', 'cache'), join(dir, 'tests', 'eval')];
  const ours = newTally();
  const theirs = newTally();
  const raw = emptyConfusion();
  const perLanguage = new Map<string, { pages: number; ours: Confusion; theirs: Confusion }>();
  let pages = 0;
  let missing = 0;
  for (const [, gold] of readGold(dir)) {
    const bytes = readGzPage(pageDirs, gold.file);
    if (!bytes) {
      missing += 1;
      continue;
    }
    pages += 1;
    const document = htmlDocument(`trafilatura-eval/${gold.file}`, bytes, CAPTURED_AT);
    let start = performance.now();
    const extraction = runOurs(document);
    ours.seconds += secondsSince(start);
    const ourText = extractedText(extraction.items);
    start = performance.now();
    const readability = runReadability(document.content);
    theirs.seconds += secondsSince(start);
    const ourCounts = scoreSnippets(gold, ourText);
    const theirCounts = scoreSnippets(gold, readability.text);
    addConfusion(ours.counts, ourCounts);
    addConfusion(theirs.counts, theirCounts);
    addConfusion(raw, scoreSnippets(gold, document.content));
    if (extraction.error) ours.errors += 1;
    if (readability.error) theirs.errors += 1;
    if (!ourText?.trim()) ours.empty += 1;
    if (!readability.text?.trim()) theirs.empty += 1;
    const lang = detectLanguage(gold.with.join(' ')).code;
    const bucket = perLanguage.get(lang) ?? { pages: 0, ours: emptyConfusion(), theirs: emptyConfusion() };
    perLanguage.set(lang, bucket);
    bucket.pages += 1;
    addConfusion(bucket.ours, ourCounts);
    addConfusion(bucket.theirs, theirCounts);
  }
  const result: TrafilaturaResult = {
    pages,
    missing,
    dossier: finish(ours, pages),
    readability: finish(theirs, pages),
    rawHtml: { ...scoresOf(raw), counts: raw },
    perLanguage: Object.fromEntries(
      [...perLanguage.entries()]
        .sort((a, b) => b[1].pages - a[1].pages)
        .map(([lang, b]) => [lang, { pages: b.pages, dossier: { ...scoresOf(b.ours), counts: b.ours }, readability: { ...scoresOf(b.theirs), counts: b.theirs } }]),
    ),
  };
  printTrafilatura(log, result);
  return result;
}

function printTrafilatura(log: Log, r: TrafilaturaResult): void {
  log(`trafilatura-eval: ${r.pages} pages${r.missing ? ` (${r.missing} named in evaldata.json but missing)` : ''}; snippet scoring as trafilatura's benchmark`);
  const row = (name: string, s: SnippetResult) => [name, fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(s.accuracy), String(s.empty), String(s.errors), s.pagesPerSecond.toFixed(1)];
  log(formatTable([['extractor', 'P', 'R', 'F1', 'acc', 'empty', 'errors', 'pages/s'], row('dossier', r.dossier), row('readability+linkedom', r.readability), ['raw HTML (calibration)', fmt(r.rawHtml.precision), fmt(r.rawHtml.recall), fmt(r.rawHtml.f1), fmt(r.rawHtml.accuracy), '-', '-', '-']]));
  log('');
  log('per page language (detected on the `with` snippets):');
  const rows = Object.entries(r.perLanguage).map(([lang, b]) => [
    lang,
    String(b.pages),
    `${fmt(b.dossier.precision)} ${fmt(b.dossier.recall)} ${fmt(b.dossier.f1)}`,
    `${fmt(b.readability.precision)} ${fmt(b.readability.recall)} ${fmt(b.readability.f1)}`,
  ]);
  log(formatTable([['lang', 'pages', 'dossier P R F1', 'readability P R F1'], ...rows]));
}
