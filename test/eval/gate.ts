/**
 * `npm run eval:gate`: runs the extraction, date and NER evaluations whose data is present,
 * compares each headline number with its floor in `test/eval/floors.json`, prints the
 * comparison and which sets were absent, and exits 1 when any number fell below its floor
 * (naming it), else 0. Numbers whose set is absent are reported, not failed.
 *
 *   node dist/test/eval/gate.js          check
 *   node dist/test/eval/gate.js --pin    check, then rewrite floors.json at the measured values
 *                                        minus the margin (only after a deliberate improvement)
 *
 * The language-identification evaluation (scripts/eval-langid.ts) is not part of this gate.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/pipeline/paths.js';
import { isEntry, type Log } from './common.js';
import { formatTable } from './confusion.js';
import { datesHeadline, runDatesEval } from './dates.js';
import { extractHeadline, runExtractEval } from './extract.js';
import { checkFloors, FLOOR_MARGIN, floorsOf, pinFloor, type FloorCheck } from './floors.js';
import { nerHeadline, runNerEval } from './ner.js';
import { eventsHeadline } from '../events/headline.js';

/** The floors file in the repository. */
export function floorsPath(): string {
  return join(packageRoot(), 'test', 'eval', 'floors.json');
}

/** Runs every evaluation quietly; returns the headline numbers and the "absent" notes. */
async function measure(): Promise<{ measured: Record<string, number>; absent: string[] }> {
  const absent: string[] = [];
  const quiet: Log = (line) => {
    if (/is absent; .*skipped\.$/.test(line)) absent.push(line);
  };
  const measured = {
    ...extractHeadline(runExtractEval(quiet)),
    ...datesHeadline(runDatesEval(quiet)),
    ...nerHeadline(await runNerEval(quiet)),
    ...eventsHeadline(),
  };
  return { measured, absent };
}

function show(checks: readonly FloorCheck[]): string {
  const value = (n: number | null) => (n === null ? '-' : n.toFixed(4));
  return formatTable([['headline', 'measured', 'floor', 'status'], ...checks.map((c) => [c.key, value(c.measured), value(c.floor), c.status])]);
}

/** Runs the gate; returns the exit code. */
export async function runGate(pin: boolean): Promise<number> {
  const file = JSON.parse(readFileSync(floorsPath(), 'utf8')) as Record<string, unknown>;
  const { measured, absent } = await measure();
  const checks = checkFloors(measured, floorsOf(file));
  console.log(show(checks));
  for (const line of absent) console.log(line);
  if (absent.length === 0) console.log('All evaluation sets were present.');
  if (pin) {
    // Floors of sets absent in this run are kept as they were.
    const floors: Record<string, number> = { ...floorsOf(file) };
    for (const [key, value] of Object.entries(measured)) floors[key] = pinFloor(value);
    const pinned: Record<string, unknown> = { comment: file['comment'] };
    for (const key of Object.keys(floors).sort()) pinned[key] = floors[key];
    writeFileSync(floorsPath(), `${JSON.stringify(pinned, null, 2)}\n`);
    console.log(`floors pinned at the measured values minus ${FLOOR_MARGIN} in ${floorsPath()}`);
    return 0;
  }
  const below = checks.filter((c) => c.status === 'below');
  for (const c of below) console.log(`FLOOR DROPPED: ${c.key} measured ${(c.measured ?? 0).toFixed(4)} < floor ${(c.floor ?? 0).toFixed(4)}`);
  if (below.length === 0) console.log('eval gate: no floor dropped.');
  return below.length > 0 ? 1 : 0;
}

if (isEntry(import.meta.url)) process.exitCode = await runGate(process.argv.includes('--pin'));
