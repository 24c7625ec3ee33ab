/**
 * `npm run eval:dates`: publication dates on htmldate's evaluation set (`dates/htmldate-eval`,
 * 800 pages in `eval_default.json` + 200 in `eval_mediacloud_2020.json`), scored at day
 * precision by htmldate's rules ({@link judgeDate}), beside a naive baseline (the first
 * date-like string in the page source, {@link firstDateOnPage}).
 *
 * Dossier's answer: {@link extractDocument}, then {@link addDocumentDateCandidates} (the dates
 * domain's own reading of the page's HTML: metadata, JSON-LD, microdata, dates next to the `<h1>`),
 * then the language stage (the dates stage reads the item's language, as in the pipeline), then
 * {@link resolvePublished} on item 0; on a page where extraction gives no item,
 * {@link examineDocumentPublished} (the document's own candidates; those pages are counted and the
 * figures without them printed beside). The capture
 * time is fixed at 2026-01-01T00:00:00Z for every page: htmldate uses no capture time, and
 * Dossier never answers a date after it, so a date well after every gold date keeps that rule
 * from helping or hurting. No URL is given (htmldate's benchmark passes only the HTML).
 *
 * Prints the table, writes `test/eval/results/dates.json`, exits 0 (also when the set is absent).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDocumentDateCandidates, documentDateCandidates, examineDocumentPublished, resolvePublished } from '../../src/dates/index.js';
import { languageStage } from '../../src/language/index.js';
import type { DateCandidate, PublishedDate } from '../../src/pipeline/types.js';
import { evalSet, isEntry, readGzPage, secondsSince, writeResults, type Log } from './common.js';
import { addConfusion, emptyConfusion, fmt, formatTable, scoresOf, type Confusion, type Scores } from './confusion.js';
import { answerDay, firstDateOnPage, judgeDate, parseLenientJson, wrongDateRate } from './date-scoring.js';
import { htmlDocument, runOurs } from './document.js';

/** The capture time given to every page (see the module comment). */
export const CAPTURED_AT = '2026-01-01T00:00:00Z';

/** The gold files, in the order htmldate's benchmark loads them. */
export const GOLD_FILES = ['eval_mediacloud_2020.json', 'eval_default.json'];

/** One method's scores on the set. */
export interface DateScores extends Scores {
  counts: Confusion;
  /** Wrong dates among the answers given. */
  wrongRate: number;
  /** The same counts with silence on a no-date gold row read as a true negative. */
  fair: Scores & { counts: Confusion };
}

/** The whole dates result. */
export interface DatesEvalResult {
  pages: number;
  missing: number;
  /** Gold rows with no date (`NaN`). */
  noDateRows: number;
  perFile: Record<string, { pages: number; dossier: Scores; naive: Scores }>;
  dossier: DateScores & { coarseAnswers: number; errors: number; pagesPerSecond: number; noItemPages: number; noItemRight: number; noItemWrong: number };
  /** Dossier's scores with the pages where extraction gave no item counted as silence (the pipeline's view). */
  itemsOnly: Scores;
  naive: DateScores;
}

interface Tally {
  htmldate: Confusion;
  fair: Confusion;
}

const newTally = (): Tally => ({ htmldate: emptyConfusion(), fair: emptyConfusion() });

function count(tally: Tally, answer: string | null, gold: string | null): Confusion {
  const counts = judgeDate(answer, gold);
  addConfusion(tally.htmldate, counts);
  addConfusion(tally.fair, judgeDate(answer, gold, { silenceOnNoDate: 'tn' }));
  return counts;
}

function finish(t: Tally): DateScores {
  return { ...scoresOf(t.htmldate), counts: t.htmldate, wrongRate: wrongDateRate(t.htmldate), fair: { ...scoresOf(t.fair), counts: t.fair } };
}

/** Dossier's answer on one page (see {@link ourDate}). */
export interface OurDate {
  published: PublishedDate | null;
  /** True when extraction or the dates stage threw. */
  error: boolean;
  /** The candidates item 0 had (the document's own when there was no item). */
  candidates: DateCandidate[];
  /** True when extraction gave no item and the date is the document's own ({@link examineDocumentPublished}). */
  documentOnly: boolean;
}

/**
 * Dossier's publication date for one page: item 0's, or, when extraction gives no item (it cannot
 * segment some CJK and script-built pages), what the page's own date candidates say on their own
 * (the eval measures dates; extraction's misses are counted by `eval:extract`, and the page count
 * is printed so the figure without them can be read off).
 */
export function ourDate(bytes: Buffer, file: string): OurDate {
  const document = htmlDocument(`htmldate-eval/${file}`, bytes, CAPTURED_AT);
  const { items, error } = runOurs(document);
  addDocumentDateCandidates(items, document);
  const first = items[0];
  try {
    if (!first) {
      const { published } = examineDocumentPublished(document);
      return { published, error: error !== null, candidates: documentDateCandidates(document), documentOnly: true };
    }
    languageStage.run(first, { referenceTime: CAPTURED_AT });
    return { published: resolvePublished(first), error: false, candidates: first.dateCandidates, documentOnly: false };
  } catch {
    return { published: null, error: true, candidates: first?.dateCandidates ?? [], documentOnly: !first };
  }
}

/**
 * Runs the dates evaluation, prints its table and writes its JSON; null when the set is absent.
 * @param log where to print
 */
export function runDatesEval(log: Log): DatesEvalResult | null {
  const dir = evalSet(log, 'dates', 'htmldate-eval');
  if (!dir) return null;
  const pageDirs = ['test_set', 'cache', 'eval'].map((sub) => join(dir, 'tests', sub));
  const ours = newTally();
  const naive = newTally();
  const perFile: DatesEvalResult['perFile'] = {};
  let pages = 0;
  let missing = 0;
  let noDateRows = 0;
  let coarseAnswers = 0;
  let errors = 0;
  let seconds = 0;
  let noItemPages = 0;
  let noItemRight = 0;
  let noItemWrong = 0;
  const itemsOnly = emptyConfusion();
  for (const goldFile of GOLD_FILES) {
    const gold = parseLenientJson(readFileSync(join(dir, 'tests', goldFile), 'utf8')) as Record<string, { file: string; date: string | null }>;
    const fileOurs = emptyConfusion();
    const fileNaive = emptyConfusion();
    let filePages = 0;
    for (const { file, date } of Object.values(gold)) {
      const bytes = readGzPage(pageDirs, file);
      if (!bytes) {
        missing += 1;
        continue;
      }
      pages += 1;
      filePages += 1;
      if (date === null) noDateRows += 1;
      const start = performance.now();
      const { published, error, documentOnly } = ourDate(bytes, file);
      seconds += secondsSince(start);
      if (error) errors += 1;
      const answer = answerDay(published);
      addConfusion(itemsOnly, judgeDate(documentOnly ? null : answer, date));
      if (documentOnly) {
        noItemPages += 1;
        if (answer !== null && answer === date) noItemRight += 1;
        if (judgeDate(answer, date).fp === 1) noItemWrong += 1;
      }
      if (answer !== null && answer.length < 10) coarseAnswers += 1;
      addConfusion(fileOurs, count(ours, answer, date));
      addConfusion(fileNaive, count(naive, firstDateOnPage(bytes.toString('latin1')), date));
    }
    perFile[goldFile] = { pages: filePages, dossier: scoresOf(fileOurs), naive: scoresOf(fileNaive) };
  }
  const result: DatesEvalResult = {
    pages,
    missing,
    noDateRows,
    perFile,
    dossier: { ...finish(ours), coarseAnswers, errors, pagesPerSecond: seconds > 0 ? pages / seconds : 0, noItemPages, noItemRight, noItemWrong },
    itemsOnly: scoresOf(itemsOnly),
    naive: finish(naive),
  };
  printDates(log, result);
  log(`\nresults written to ${writeResults('dates', result)}`);
  return result;
}

function printDates(log: Log, r: DatesEvalResult): void {
  log(`htmldate-eval: ${r.pages} pages (${r.noDateRows} gold rows without a date)${r.missing ? `, ${r.missing} missing` : ''}; day precision, htmldate's scoring`);
  const row = (name: string, s: DateScores) => [name, fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(s.wrongRate), String(s.counts.tp), String(s.counts.fp), String(s.counts.fn), fmt(s.fair.f1)];
  log(formatTable([['method', 'P', 'R', 'F1', 'wrong/answered', 'TP', 'FP', 'FN', 'F1 (silence on no-date = TN)'], row('dossier', r.dossier), row('naive first date', r.naive)]));
  log(`dossier: ${r.dossier.coarseAnswers} month/year-only answers (no day: a miss when the gold day lies inside, else wrong), ${r.dossier.errors} pages threw, ${r.dossier.pagesPerSecond.toFixed(1)} pages/s (extraction + language + date, one core)`);
  log(`dossier: extraction gave no item on ${r.dossier.noItemPages} pages; dated from the document alone there: ${r.dossier.noItemRight} right, ${r.dossier.noItemWrong} wrong. Counting those pages as silence (items only): P ${fmt(r.itemsOnly.precision)} R ${fmt(r.itemsOnly.recall)} F1 ${fmt(r.itemsOnly.f1)}`);
  log('per gold file (F1):');
  for (const [file, s] of Object.entries(r.perFile)) log(`  ${file}: ${s.pages} pages, dossier ${fmt(s.dossier.f1)}, naive ${fmt(s.naive.f1)}`);
}

/** The headline numbers the gate compares with its floors. */
export function datesHeadline(result: DatesEvalResult | null): Record<string, number> {
  if (!result) return {};
  return { 'dates.htmldate.dossier.f1': result.dossier.f1, 'dates.htmldate.dossier.precision': result.dossier.precision };
}

if (isEntry(import.meta.url)) runDatesEval((line) => console.log(line));
