/**
 * `npm run eval:events`: precision and recall per event type on our own gold sentences
 * (test/events/gold.jsonl; the held-out set written before the last tuning rounds; the hard set;
 * `blind.jsonl`, news-style sentences written before the rules were read and scored before any
 * fix; `blind2.jsonl`, written after those fixes and scored once), with the accuracy of modality,
 * agents, targets and places over matched events. Mentions come from the gold lines, so this
 * measures the events stage alone. See test/events/README.md for each set's first-run numbers.
 */
import { join } from 'node:path';
import { packageRoot } from '../../src/pipeline/paths.js';
import { evaluate, readGold, type Evaluation } from './evaluate.js';
import { EVENT_SETS } from './headline.js';

const pct = (x: number) => x.toFixed(3);
const share = (part: { correct: number; total: number }) => `${part.correct}/${part.total}`;

function print(name: string, result: Evaluation): void {
  process.stdout.write(
    `${name}: ${result.sentences} sentences  P ${pct(result.micro.precision)}  R ${pct(result.micro.recall)}  F1 ${pct(result.micro.f1)}` +
      `  modality ${share(result.modality)}  agents ${share(result.agent)}  targets ${share(result.target)}  places ${share(result.place)}\n`,
  );
  for (const [type, score] of Object.entries(result.perType).sort(([a], [b]) => a.localeCompare(b))) {
    process.stdout.write(`  ${type.padEnd(12)} P ${pct(score.precision)}  R ${pct(score.recall)}  (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})\n`);
  }
}

for (const set of EVENT_SETS) {
  print(set, evaluate(readGold(join(packageRoot(), 'test', 'events', `${set}.jsonl`))));
}
