/**
 * `npm run eval:ner`: named entities on CoNLL-2002 Dutch `ned.testa` and GermEval 2014 dev
 * (`NER-de-dev.coarse.conll`, outer layer). Each sentence's tokens are joined with single
 * spaces and given to {@link annotate} with the set's language; the mentions are mapped back
 * to token spans and CoNLL types ({@link mentionSpans}) and scored by exact span match
 * ({@link scoreSpans}) per type, micro-averaged over PER/LOC/ORG, MISC reported apart.
 *
 * Baseline in the same run: the same mentions kept only when gazetteer-sourced (provenance rule
 * starting with `entities/gazetteer/` — countries, cities, organisations … from the catalogue —
 * or `entities/demonym`, the catalogue's nationality adjectives), i.e. what lookup alone
 * contributes to annotate's answer; persons and acronyms defined in the text are left out.
 *
 * Files are streamed line by line. Prints the tables, writes `test/eval/results/ner.json`,
 * exits 0 (also when the sets are absent). Speed is printed for information only.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { annotate } from '../../src/entities/index.js';
import type { Mention } from '../../src/pipeline/types.js';
import { evalSet, isEntry, secondsSince, writeResults, type Log } from './common.js';
import { chunksOf, microCounts, readSentences, scoreSpans, type TypeCounts } from './conll.js';
import { fmt, formatTable, scoresOf, type Confusion, type Scores } from './confusion.js';
import { DEMONYM_RULE, layoutTokens, mentionSpans } from './mentions.js';

/** The types of the headline micro average. */
export const CORE_TYPES = ['PER', 'LOC', 'ORG'] as const;

/** The rule prefix of gazetteer-sourced mentions. */
export const GAZETTEER_RULE_PREFIX = 'entities/gazetteer/';

/** The sets measured: where each lives and its language. */
const SETS = [
  { name: 'conll2002-nl', parts: ['ner', 'conll2002-nl'], file: 'ned.testa', lang: 'nl' },
  { name: 'germeval2014-de', parts: ['ner', 'germeval2014-dev'], file: 'NER-de-dev.coarse.conll', lang: 'de' },
] as const;

/** One system's scores on one set. */
export interface SystemScores {
  micro: Scores & { counts: Confusion };
  perType: Record<string, Scores & { counts: Confusion }>;
}

/** The result on one set. */
export interface NerSetResult {
  sentences: number;
  tokens: number;
  dossier: SystemScores;
  gazetteer: SystemScores;
  sentencesPerSecond: number;
}

function summarise(counts: TypeCounts): SystemScores {
  const micro = microCounts(counts, CORE_TYPES);
  const types = [...CORE_TYPES, 'MISC'];
  return {
    micro: { ...scoresOf(micro), counts: micro },
    perType: Object.fromEntries(types.map((type) => [type, { ...scoresOf(counts[type] ?? { tp: 0, fp: 0, fn: 0, tn: 0 }), counts: counts[type] ?? { tp: 0, fp: 0, fn: 0, tn: 0 } }])),
  };
}

const fromGazetteer = (m: Mention) => m.provenance.rule.startsWith(GAZETTEER_RULE_PREFIX) || m.provenance.rule === DEMONYM_RULE;

async function evalSetFile(path: string, lang: string): Promise<NerSetResult> {
  const ours: TypeCounts = {};
  const gazetteer: TypeCounts = {};
  let sentences = 0;
  let tokens = 0;
  let seconds = 0;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const sentence of readSentences(lines)) {
    sentences += 1;
    tokens += sentence.tokens.length;
    const { text, offsets } = layoutTokens(sentence.tokens);
    const gold = chunksOf(sentence.tags);
    const start = performance.now();
    const mentions = annotate(text, lang);
    seconds += secondsSince(start);
    scoreSpans(gold, mentionSpans(mentions, offsets), ours);
    scoreSpans(gold, mentionSpans(mentions.filter(fromGazetteer), offsets), gazetteer);
  }
  return { sentences, tokens, dossier: summarise(ours), gazetteer: summarise(gazetteer), sentencesPerSecond: seconds > 0 ? sentences / seconds : 0 };
}

function printSet(log: Log, name: string, r: NerSetResult): void {
  log(`${name}: ${r.sentences} sentences, ${r.tokens} tokens; exact span match; annotate at ${r.sentencesPerSecond.toFixed(0)} sentences/s (one core)`);
  const cells = (s: Scores) => `${fmt(s.precision)} ${fmt(s.recall)} ${fmt(s.f1)}`;
  const rows = [...CORE_TYPES, 'MISC'].map((type) => [type, String((r.dossier.perType[type]?.counts.tp ?? 0) + (r.dossier.perType[type]?.counts.fn ?? 0)), cells(r.dossier.perType[type]!), cells(r.gazetteer.perType[type]!)]);
  rows.push(['micro PER/LOC/ORG', String(r.dossier.micro.counts.tp + r.dossier.micro.counts.fn), cells(r.dossier.micro), cells(r.gazetteer.micro)]);
  log(formatTable([['type', 'gold', 'dossier P R F1', 'gazetteer-only P R F1'], ...rows]));
}

/**
 * Runs the NER evaluation on every set present, prints the tables and writes the JSON.
 * @param log where to print
 */
export async function runNerEval(log: Log): Promise<Record<string, NerSetResult>> {
  const results: Record<string, NerSetResult> = {};
  for (const set of SETS) {
    const dir = evalSet(log, ...set.parts);
    if (!dir) continue;
    const result = await evalSetFile(join(dir, set.file), set.lang);
    results[set.name] = result;
    printSet(log, set.name, result);
    log('');
  }
  if (Object.keys(results).length > 0) log(`results written to ${writeResults('ner', results)}`);
  return results;
}

/** The headline numbers the gate compares with its floors. */
export function nerHeadline(results: Record<string, NerSetResult>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, r] of Object.entries(results)) out[`ner.${name}.dossier.f1`] = r.dossier.micro.f1;
  return out;
}

if (isEntry(import.meta.url)) await runNerEval((line) => console.log(line));
