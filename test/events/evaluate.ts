/**
 * Scoring the events stage against a hand-written gold file (`gold.jsonl`, `heldout.jsonl`).
 *
 * Each line holds one sentence in our own words, its entity mentions (so that the score measures
 * the events stage alone, not entity recognition) and the events a careful reader finds in it:
 * `{lang, sentence, mentions: [{text, type, entity}], events: [{type, modality, agent?, target?, place?}]}`.
 * See README.md beside the files for the annotation guidelines.
 */
import { readFileSync } from 'node:fs';
import { findEvents } from '../../src/events/index.js';
import type { EntityType, EventMention, Item, Mention } from '../../src/pipeline/types.js';
import { testItem } from '../../src/pipeline/test-item.js';

/** One gold event. `agent` and `target` list entity ids that must carry that role. */
export interface GoldEvent {
  type: string;
  modality: string;
  agent?: string | string[];
  target?: string | string[];
  place?: string;
}

/** One gold line. */
export interface GoldLine {
  lang: string;
  sentence: string;
  mentions: { text: string; type: EntityType; entity: string }[];
  events: GoldEvent[];
}

/** Counts for one event type. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The full evaluation. */
export interface Evaluation {
  sentences: number;
  perType: Record<string, Score>;
  micro: Score;
  /** Over matched events: modality right; gold agents and targets found with their role; gold places found. */
  modality: { correct: number; total: number };
  agent: { correct: number; total: number };
  target: { correct: number; total: number };
  place: { correct: number; total: number };
  /** One line per miss, false alarm or wrong attribute, for reading the weak spots. */
  errors: string[];
}

/** Reads a gold JSONL file. */
export function readGold(path: string): GoldLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as GoldLine);
}

/** An item holding the gold sentence, with mentions placed at their first occurrence after the previous one. */
export function itemFor(line: GoldLine, index: number): Item {
  const mentions: Mention[] = [];
  let from = 0;
  for (const m of line.mentions) {
    const start = line.sentence.indexOf(m.text, from);
    if (start < 0) throw new Error(`Gold line ${index + 1}: mention "${m.text}" is not in the sentence after offset ${from}; fix the gold file.`);
    mentions.push({ start, end: start + m.text.length, text: m.text, type: m.type, entity: m.entity, provenance: { certainty: 'stated', rule: 'test/gold' } });
    from = start + m.text.length;
  }
  return testItem({
    source: 'gold',
    index,
    documentHash: '',
    text: line.sentence,
    capturedAt: '2025-01-01T00:00:00Z',
    declaredLang: line.lang,
    lang: { code: line.lang, confidence: 1, provenance: { certainty: 'stated', rule: 'test/gold' } },
    mentions,
  });
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Runs the events stage over every gold line and scores it. */
export function evaluate(lines: readonly GoldLine[]): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, key: 'tp' | 'fp' | 'fn'): void => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(type, c);
  };
  const result: Omit<Evaluation, 'perType' | 'micro'> = {
    sentences: lines.length,
    modality: { correct: 0, total: 0 },
    agent: { correct: 0, total: 0 },
    target: { correct: 0, total: 0 },
    place: { correct: 0, total: 0 },
    errors: [],
  };
  lines.forEach((line, index) => {
    const predicted: EventMention[] = findEvents(itemFor(line, index));
    const unused = [...predicted];
    const tag = `${index + 1} ${line.lang}`;
    for (const gold of line.events) {
      const at = unused.findIndex((e) => e.type === gold.type);
      if (at < 0) {
        bump(gold.type, 'fn');
        result.errors.push(`${tag} missed ${gold.type}: ${line.sentence}`);
        continue;
      }
      const event = unused.splice(at, 1)[0] as EventMention;
      bump(gold.type, 'tp');
      result.modality.total++;
      if (event.modality === gold.modality) result.modality.correct++;
      else result.errors.push(`${tag} ${gold.type} modality ${event.modality}, gold ${gold.modality}: ${line.sentence}`);
      for (const role of ['agent', 'target'] as const) {
        for (const id of list(gold[role])) {
          result[role].total++;
          if (event.actors.some((a) => a.entity === id && a.role === role)) result[role].correct++;
          else result.errors.push(`${tag} ${gold.type} ${role} ${id} not found (${event.actors.map((a) => `${a.role}:${a.entity}`).join(' ')}): ${line.sentence}`);
        }
      }
      if (gold.place !== undefined) {
        result.place.total++;
        if (event.place === gold.place) result.place.correct++;
        else result.errors.push(`${tag} ${gold.type} place ${event.place ?? 'none'}, gold ${gold.place}: ${line.sentence}`);
      }
    }
    for (const extra of unused) {
      bump(extra.type, 'fp');
      result.errors.push(`${tag} false ${extra.type} (${extra.provenance.rule}): ${line.sentence}`);
    }
  });
  const perType: Record<string, Score> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [type, c] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    perType[type] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { ...result, perType, micro: score(tp, fp, fn) };
}
