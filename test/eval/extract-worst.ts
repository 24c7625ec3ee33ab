/**
 * `node dist/test/eval/extract-worst.js [--limit N] [--top K] [--from I]`: where Dossier loses on
 * trafilatura's evaluation set. Runs the extractor over the pages (the first N from the I-th
 * when asked, for quick iteration), prints the set's precision, recall and F1, then the K pages
 * with the most missed (`with`, FN) and leaked (`without`, FP) snippets, each snippet shortened.
 * Reading these lists is how general causes are found (missed list-like text, cut-off articles,
 * leaking related lists and comments); it prints to stdout only and writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalSet, isEntry, readGzPage, type Log } from './common.js';
import { addConfusion, emptyConfusion, fmt, scoresOf } from './confusion.js';
import { extractedText, htmlDocument, runOurs } from './document.js';
import { normaliseSpace, scoreSnippets, type SnippetGold } from './snippets.js';

/** One page's losses. */
export interface PageLoss {
  file: string;
  missed: string[];
  leaked: string[];
}

/** Missed and leaked snippets of one page's extracted text. */
export function pageLoss(file: string, gold: SnippetGold, text: string | null): PageLoss {
  const norm = text === null ? null : normaliseSpace(text);
  const found = (snippet: string): boolean => norm !== null && norm.includes(normaliseSpace(snippet));
  return { file, missed: gold.with.filter((s) => !found(s)), leaked: gold.without.filter(found) };
}

/** Reads `--name value` from `argv` as a number, or `fallback`. */
export function numberArg(argv: readonly string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  const value = at >= 0 ? Number(argv[at + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const short = (text: string): string => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

/** Runs the listing over the set (nothing when it is absent). */
export function listWorst(log: Log, argv: readonly string[]): PageLoss[] {
  const dir = evalSet(log, 'extraction', 'trafilatura-eval');
  if (!dir) return [];
  const from = numberArg(argv, '--from', 0);
  const limit = numberArg(argv, '--limit', Number.MAX_SAFE_INTEGER);
  const top = numberArg(argv, '--top', 20);
  const gold = Object.entries(JSON.parse(readFileSync(join(dir, 'tests', 'evaldata.json'), 'utf8')) as Record<string, SnippetGold & { file: string }>);
  const counts = emptyConfusion();
  const losses: PageLoss[] = [];
  for (const [, page] of gold.slice(from, from + limit)) {
    const bytes = readGzPage([join(dir, 'tests', 'cache'), join(dir, 'tests', 'eval')], page.file);
    if (!bytes) continue;
    const text = extractedText(runOurs(htmlDocument(page.file, bytes, '2026-01-01T00:00:00Z')).items);
    addConfusion(counts, scoreSnippets(page, text));
    losses.push(pageLoss(page.file, page, text));
  }
  const s = scoresOf(counts);
  log(`${losses.length} pages: P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)} (tp ${counts.tp} fp ${counts.fp} fn ${counts.fn})`);
  const worst = [...losses].sort((a, b) => b.missed.length + b.leaked.length - (a.missed.length + a.leaked.length)).slice(0, top);
  for (const loss of worst) {
    if (loss.missed.length + loss.leaked.length === 0) break;
    log(`\n${loss.file}: ${loss.missed.length} missed, ${loss.leaked.length} leaked`);
    for (const m of loss.missed) log(`  FN ${short(m)}`);
    for (const l of loss.leaked) log(`  FP ${short(l)}`);
  }
  return losses;
}

if (isEntry(import.meta.url)) listWorst((line) => console.log(line), process.argv.slice(2));
