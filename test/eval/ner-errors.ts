/**
 * `node <outDir>/test/eval/ner-errors.js [set] [type]`: the false positives and false negatives of
 * `annotate` on the NER evaluation sets (see ner.ts), one line each with its sentence, grouped by
 * type: what to look at before changing a rule. Annotated a document at a time, as ner.ts does. Also a fingerprint of every predicted span, so
 * two builds can be compared for identical output (`diff` the printouts).
 * Sets: `conll2002-nl`, `germeval2014-de` (default both); type: PER, LOC, ORG, MISC (default all).
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { annotate } from '../../src/entities/index.js';
import { evalSet, isEntry, type Log } from './common.js';
import { chunksOf, readDocuments, type Span } from './conll.js';
import { layoutDocument, mentionSpans } from './mentions.js';

const SETS = [
  { name: 'conll2002-nl', parts: ['ner', 'conll2002-nl'], file: 'ned.testa', lang: 'nl' },
  { name: 'germeval2014-de', parts: ['ner', 'germeval2014-dev'], file: 'NER-de-dev.coarse.conll', lang: 'de' },
] as const;

/** Tokens of context printed on each side of an error. */
export const CONTEXT_TOKENS = 6;

const keyOf = (s: Span) => `${s.start}:${s.end}:${s.type}`;

/** One error line: `FP|FN TYPE [span] … context …`, the span in brackets; for a wrong type or span, what the other side had. */
export function errorLine(kind: 'FP' | 'FN', span: Span, tokens: readonly string[], other: readonly Span[]): string {
  const from = Math.max(0, span.start - CONTEXT_TOKENS);
  const to = Math.min(tokens.length, span.end + CONTEXT_TOKENS);
  const text = [...tokens.slice(from, span.start), '[', ...tokens.slice(span.start, span.end), ']', ...tokens.slice(span.end, to)].join(' ');
  const overlap = other.filter((o) => o.start < span.end && span.start < o.end).map((o) => `${o.type}:${tokens.slice(o.start, o.end).join(' ')}`);
  return `${kind} ${span.type} ${text}${overlap.length > 0 ? `   (other side: ${overlap.join('; ')})` : ''}`;
}

/** Prints the errors of one set, optionally of one type. */
export async function printErrors(log: Log, path: string, lang: string, type: string | undefined): Promise<void> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const document of readDocuments(lines)) {
    const { text, offsets } = layoutDocument(document.map((sentence) => sentence.tokens));
    const mentions = annotate(text, lang);
    document.forEach((sentence, k) => {
      n++;
      const gold = chunksOf(sentence.tags);
      const predicted = mentionSpans(mentions, offsets[k]!);
      log(`# ${n} ${predicted.map(keyOf).join(' ')}`);
      const goldKeys = new Set(gold.map(keyOf));
      const predictedKeys = new Set(predicted.map(keyOf));
      for (const p of predicted) if (!goldKeys.has(keyOf(p)) && (!type || p.type === type)) log(errorLine('FP', p, sentence.tokens, gold));
      for (const g of gold) if (!predictedKeys.has(keyOf(g)) && (!type || g.type === type)) log(errorLine('FN', g, sentence.tokens, predicted));
    });
  }
}

if (isEntry(import.meta.url)) {
  const [setName, type] = process.argv.slice(2);
  const log: Log = (line) => console.log(line);
  for (const set of SETS) {
    if (setName && setName !== set.name) continue;
    const dir = evalSet(log, ...set.parts);
    if (dir) await printErrors(log, join(dir, set.file), set.lang, type);
  }
}
