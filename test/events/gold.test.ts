/**
 * Precision and recall of the events stage per event type on the hand-written gold sets.
 *
 * `gold.jsonl` (157 sentences) was written alongside the rules and used to tune them;
 * `heldout.jsonl` (46 sentences) was written before the last rounds of tuning and only scored
 * (one rule, genitives seen through only towards a locative, was fixed after a held-out miss).
 * Floors sit just under the scores reached when they were set (numbers in the comments), so a
 * regression fails the test while a small improvement elsewhere does not.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EVENT_TYPES } from '../../src/events/index.js';
import { packageRoot } from '../../src/pipeline/paths.js';
import { evaluate, readGold } from './evaluate.js';

const gold = readGold(join(packageRoot(), 'test', 'events', 'gold.jsonl'));
const heldout = readGold(join(packageRoot(), 'test', 'events', 'heldout.jsonl'));
const hard = readGold(join(packageRoot(), 'test', 'events', 'hard.jsonl'));
const blind = readGold(join(packageRoot(), 'test', 'events', 'blind.jsonl'));
const blind2 = readGold(join(packageRoot(), 'test', 'events', 'blind2.jsonl'));

describe('events gold set', () => {
  it('covers every type in five languages, with negative and modality cases', () => {
    assert.ok(gold.length >= 80, `only ${gold.length} gold sentences`);
    assert.deepEqual([...new Set(gold.map((l) => l.lang))].sort(), ['de', 'en', 'es', 'fr', 'nl']);
    const types = new Set(gold.flatMap((l) => l.events.map((e) => e.type)));
    for (const type of Object.keys(EVENT_TYPES)) assert.ok(types.has(type), `no gold event of type ${type}`);
    assert.ok(gold.filter((l) => l.events.length === 0).length >= 10, 'too few sentences without an event');
    for (const modality of ['planned', 'reported', 'negated']) {
      assert.ok(gold.some((l) => l.events.some((e) => e.modality === modality)), `no ${modality} gold event`);
    }
  });

  it('reaches the precision and recall floors per type', () => {
    const result = evaluate(gold);
    // Reached: micro P 1.00, R 0.98 (145 tp, 0 fp, 3 fn); lowest per-type recall 0.92 (meet).
    assert.ok(result.micro.precision >= 0.97, `micro precision ${result.micro.precision}`);
    assert.ok(result.micro.recall >= 0.95, `micro recall ${result.micro.recall}`);
    for (const [type, score] of Object.entries(result.perType)) {
      assert.ok(score.precision >= 0.9, `${type} precision ${score.precision}`);
      assert.ok(score.recall >= 0.85, `${type} recall ${score.recall}`);
    }
    // Reached: modality 143/145, agents 153/154, targets 53/55, places 41/42.
    assert.ok(result.modality.correct / result.modality.total >= 0.95, `modality ${result.modality.correct}/${result.modality.total}`);
    assert.ok(result.agent.correct / result.agent.total >= 0.95, `agents ${result.agent.correct}/${result.agent.total}`);
    assert.ok(result.target.correct / result.target.total >= 0.9, `targets ${result.target.correct}/${result.target.total}`);
    assert.ok(result.place.correct / result.place.total >= 0.9, `places ${result.place.correct}/${result.place.total}`);
  });

  it('reaches the floors on the held-out set', () => {
    const result = evaluate(heldout);
    // Reached: micro P 1.00, R 0.95 (41 tp, 0 fp, 2 fn); modality 40/41, agents 44/45, targets 7/9, places 15/15.
    assert.ok(result.micro.precision >= 0.95, `micro precision ${result.micro.precision}`);
    assert.ok(result.micro.recall >= 0.85, `micro recall ${result.micro.recall}`);
    assert.ok(result.modality.correct / result.modality.total >= 0.9, `modality ${result.modality.correct}/${result.modality.total}`);
    assert.ok(result.agent.correct / result.agent.total >= 0.9, `agents ${result.agent.correct}/${result.agent.total}`);
    assert.ok(result.place.correct / result.place.total >= 0.9, `places ${result.place.correct}/${result.place.total}`);
  });

  it('reaches the issue targets on the hard set (news-like sentences, anaphora, hazards, negatives)', () => {
    const result = evaluate(hard);
    // Scored first without tuning: P 0.82, R 0.62. After the general fixes it prompted (parties
    // named after "the two countries", hazards as subjects, names of another event noun, particle
    // verbs of firing): P 0.92, R 0.79 (23 tp, 2 fp, 6 fn); modality 20/23, agents 24/33.
    // Floors are the targets (P 0.80, R 0.70), not the reached numbers.
    // After the blind-set fixes: P 0.89, R 0.83 (24 tp, 3 fp, 5 fn).
    assert.ok(result.micro.precision >= 0.8, `micro precision ${result.micro.precision}`);
    assert.ok(result.micro.recall >= 0.7, `micro recall ${result.micro.recall}`);
  });

  it('covers five languages with news-like, negative and modality cases in the blind set', () => {
    assert.ok(blind.length >= 120, `only ${blind.length} blind sentences`);
    for (const lang of ['en', 'de', 'nl', 'fr', 'es']) {
      const count = blind.filter((l) => l.lang === lang).length;
      assert.ok(count >= 20, `only ${count} blind sentences in ${lang}`);
    }
    assert.ok(blind.filter((l) => l.events.length === 0).length >= blind.length / 5, 'too few blind sentences without an event');
    for (const modality of ['planned', 'reported', 'negated']) {
      assert.ok(blind.some((l) => l.events.some((e) => e.modality === modality)), `no ${modality} blind event`);
    }
  });

  it('reaches the issue targets on the blind sets (written before the rules were read, scored before any fix)', () => {
    // blind.jsonl, first run before any fix: P 0.98, R 0.80 (116 tp, 2 fp, 30 fn). The general fixes
    // it prompted: P 0.99, R 0.96. blind2.jsonl, written after those fixes, first run: P 0.90,
    // R 0.88 (37 tp, 4 fp, 5 fn); after the general fixes it prompted: P 0.98, R 0.95.
    // Floors are the targets (P 0.80, R 0.70) plus a margin, so real regressions fail.
    for (const [name, set] of [['blind', blind], ['blind2', blind2]] as const) {
      const result = evaluate(set);
      assert.ok(result.micro.precision >= 0.85, `${name} micro precision ${result.micro.precision}`);
      assert.ok(result.micro.recall >= 0.8, `${name} micro recall ${result.micro.recall}`);
    }
  });
});
