/**
 * A diagnostic companion to `dates.ts`: lists every page of the htmldate set where Dossier's
 * publication date is wrong or missing, with the gold day, the candidate that won (origin and
 * text) and every candidate extraction offered, so causes can be grouped. Writes
 * `test/eval/results/dates-errors.json` and prints one line per page.
 *
 * Usage: `node dist/test/eval/dates-errors.js [limit]` (limit: pages per gold file, for quick runs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateCandidate } from '../../src/pipeline/types.js';
import { evalSet, isEntry, readGzPage, writeResults, type Log } from './common.js';
import { answerDay, judgeDate, parseLenientJson } from './date-scoring.js';
import { GOLD_FILES, ourDate } from './dates.js';

/** One page Dossier got wrong or missed. */
export interface DateError {
  file: string;
  url: string;
  gold: string | null;
  answer: string | null;
  /** `wrong`: an answer that differs from the gold; `missed`: no answer (or no day) where the gold has a date. */
  kind: 'wrong' | 'missed';
  winner: string | null;
  candidates: DateCandidate[];
}

/**
 * Collects the wrong and missed pages, prints them and writes the JSON; null when the set is absent.
 * @param log where to print
 * @param limit pages per gold file (all when undefined)
 */
export function runDateErrors(log: Log, limit?: number): DateError[] | null {
  const dir = evalSet(log, 'dates', 'htmldate-eval');
  if (!dir) return null;
  const pageDirs = ['test_set', 'cache', 'eval'].map((sub) => join(dir, 'tests', sub));
  const errors: DateError[] = [];
  for (const goldFile of GOLD_FILES) {
    const gold = parseLenientJson(readFileSync(join(dir, 'tests', goldFile), 'utf8')) as Record<string, { file: string; date: string | null }>;
    for (const [url, { file, date }] of Object.entries(gold).slice(0, limit)) {
      const bytes = readGzPage(pageDirs, file);
      if (!bytes) continue;
      const { published, candidates, documentOnly } = ourDate(bytes, file);
      const answer = answerDay(published);
      if (answer === date || (answer === null && date === null)) continue;
      const kind = judgeDate(answer, date).fp === 1 ? 'wrong' : 'missed';
      const winner = published?.provenance?.evidence ?? null;
      errors.push({ file, url, gold: date, answer, kind, winner, candidates });
      log(`${kind}${documentOnly ? ' (no item)' : ''}\t${file}\tgold ${date}\tanswer ${answer}\twinner ${winner ?? '-'}\t${candidates.map((c) => `${c.own ? '' : '~'}${c.origin}=${c.text.slice(0, 40)}`).join(' | ')}`);
    }
  }
  log(`${errors.filter((e) => e.kind === 'wrong').length} wrong, ${errors.filter((e) => e.kind === 'missed').length} missed`);
  writeResults('dates-errors', errors);
  return errors;
}

if (isEntry(import.meta.url)) runDateErrors((line) => console.log(line), process.argv[2] ? Number(process.argv[2]) : undefined);
