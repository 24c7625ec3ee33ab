/**
 * `npm run eval:ner`: named entities on CoNLL-2002 Dutch `ned.testa` and GermEval 2014 dev
 * (`NER-de-dev.coarse.conll`, outer layer). Each sentence's tokens are joined with single
 * spaces; {@link annotate} reads a whole document at a time (its sentences one per line), as the
 * pipeline reads a whole article: CoNLL-2002 marks its articles with `-DOCSTART-`, GermEval's
 * sentences come each from another page, so there each sentence is a document. For CoNLL the
 * sentence-by-sentence scores are printed too. The mentions are mapped back
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
import { chunksOf, microCounts, readDocuments, scoreSpans, type TypeCounts } from './conll.js';
import { fmt, formatTable, scoresOf, type Confusion, type Scores } from './confusion.js';
import { DEMONYM_RULE, layoutDocument, mentionSpans } from './mentions.js';

/** The types of the headline micro average. */
export const CORE_TYPES = ['PER', 'LOC', 'ORG'] as const;

/** The rule prefix of gazetteer-sourced mentions. */
export const GAZETTEER_RULE_PREFIX = 'entities/gazetteer/';

/** The sets measured: where each lives and its language. */
const SETS = [
  { name: 'conll2002-nl', parts: ['ner', 'conll2002-nl'], file: 'ned.testa', lang: 'nl', documents: true },
  { name: 'germeval2014-de', parts: ['ner', 'germeval2014-dev'], file: 'NER-de-dev.coarse.conll', lang: 'de', documents: false },
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
  /** What each annotate() call read. */
  unit: NerUnit;
  /** For a set of documents: the scores when each sentence is annotated alone (no document context). */
  bySentence?: SystemScores;
  /** Seconds of the first annotate() call of the process in this language (loading data), not in the rate. */
  loadSeconds: number;
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

/** What one annotate() call reads: a whole document (the pipeline's unit, an article) or one sentence. */
export type NerUnit = 'document' | 'sentence';

async function evalSetFile(path: string, lang: string, unit: NerUnit): Promise<NerSetResult> {
  const ours: TypeCounts = {};
  const gazetteer: TypeCounts = {};
  let sentences = 0;
  let tokens = 0;
  let seconds = 0;
  // The first call loads the model, lists and gazetteers once per process: timed apart, so the rate is the steady one.
  const loading = performance.now();
  annotate('Den Haag', lang);
  const loadSeconds = secondsSince(loading);
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const document of readDocuments(lines)) {
    const units = unit === 'document' ? [document] : document.map((sentence) => [sentence]);
    for (const group of units) {
      const { text, offsets } = layoutDocument(group.map((sentence) => sentence.tokens));
      const start = performance.now();
      const mentions = annotate(text, lang);
      seconds += secondsSince(start);
      group.forEach((sentence, k) => {
        sentences += 1;
        tokens += sentence.tokens.length;
        const lineOffsets = offsets[k]!;
        const from = lineOffsets[0]!.start;
        const to = lineOffsets[lineOffsets.length - 1]!.end;
        const inLine = mentions.filter((m) => m.start < to && from < m.end);
        const gold = chunksOf(sentence.tags);
        scoreSpans(gold, mentionSpans(inLine, lineOffsets), ours);
        scoreSpans(gold, mentionSpans(inLine.filter(fromGazetteer), lineOffsets), gazetteer);
      });
    }
  }
  return { sentences, tokens, unit, dossier: summarise(ours), gazetteer: summarise(gazetteer), sentencesPerSecond: seconds > 0 ? sentences / seconds : 0, loadSeconds };
}

function printSet(log: Log, name: string, r: NerSetResult): void {
  log(`${name}: ${r.sentences} sentences, ${r.tokens} tokens; exact span match; annotate at ${r.sentencesPerSecond.toFixed(0)} sentences/s (one core; wall clock, after ${r.loadSeconds.toFixed(2)} s loading data)`);
  const cells = (s: Scores) => `${fmt(s.precision)} ${fmt(s.recall)} ${fmt(s.f1)}`;
  const rows = [...CORE_TYPES, 'MISC'].map((type) => [type, String((r.dossier.perType[type]?.counts.tp ?? 0) + (r.dossier.perType[type]?.counts.fn ?? 0)), cells(r.dossier.perType[type]!), cells(r.gazetteer.perType[type]!)]);
  rows.push(['micro PER/LOC/ORG', String(r.dossier.micro.counts.tp + r.dossier.micro.counts.fn), cells(r.dossier.micro), cells(r.gazetteer.micro)]);
  log(formatTable([['type', 'gold', 'dossier P R F1', 'gazetteer-only P R F1'], ...rows]));
  if (r.bySentence) log(`each sentence annotated alone (no document context): micro ${cells(r.bySentence.micro)}; ${CORE_TYPES.map((t) => `${t} ${fmt(r.bySentence!.perType[t]!.f1)}`).join(', ')}`);
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
    const result = await evalSetFile(join(dir, set.file), set.lang, 'document');
    if (set.documents) result.bySentence = (await evalSetFile(join(dir, set.file), set.lang, 'sentence')).dossier;
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
