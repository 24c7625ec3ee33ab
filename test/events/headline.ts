/**
 * Headline numbers of the events evaluation for the eval gate (`test/eval/floors.json`, keys
 * `events.<set>.precision|recall`): micro precision and recall on each hand-written set.
 */
import { join } from 'node:path';
import { packageRoot } from '../../src/pipeline/paths.js';
import { evaluate, readGold } from './evaluate.js';

/** The event gold sets, in the order they were written. */
export const EVENT_SETS = ['gold', 'heldout', 'hard', 'blind', 'blind2'] as const;

/** Micro precision and recall per set, keyed `events.<set>.precision` and `events.<set>.recall`. */
export function eventsHeadline(): Record<string, number> {
  const headline: Record<string, number> = {};
  for (const set of EVENT_SETS) {
    const result = evaluate(readGold(join(packageRoot(), 'test', 'events', `${set}.jsonl`)));
    headline[`events.${set}.precision`] = result.micro.precision;
    headline[`events.${set}.recall`] = result.micro.recall;
  }
  return headline;
}
