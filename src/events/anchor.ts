/**
 * Anchoring an event to what its sentence does not say itself: the time expression that belongs
 * to its trigger, the previous sentence's date for `that day` / `die dag`, and the two parties
 * named before for `the two countries` / `beide Länder`.
 */
import type { TimeExpression } from '../pipeline/types.js';
import { groupRange } from './clauses.js';
import type { SentenceContext } from './context.js';
import type { SentenceMention } from './mentions.js';
import { phraseAt } from './patterns.js';
import type { Token } from './tokens.js';
import type { TriggerMatch } from './triggers.js';

/** Most words between two names that are still one coordinated pair (`Japan und die USA`). */
const PAIR_GAP = 3;

/** The index of the token where `time` begins, or -1 when it lies outside the sentence. */
function tokenAt(ctx: SentenceContext, time: TimeExpression): number {
  const index = ctx.tokens.findIndex((t) => t.end > time.start);
  return index;
}

/**
 * The time expression of the event of `trigger`: of the sentence's time expressions, the nearest
 * one in the trigger's clause group (`sinds de twee landen in 1960 … ondertekenden`), else the
 * nearest in the sentence.
 * @param times the time expressions inside the sentence, in text order
 */
export function timeForTrigger(ctx: SentenceContext, trigger: TriggerMatch, times: readonly TimeExpression[]): TimeExpression | null {
  if (times.length === 0) return null;
  const [from, to] = groupRange(ctx.clauses, ctx.clauses.clauseOf[trigger.index] ?? 0);
  let best: TimeExpression | null = null;
  let bestScore = Infinity;
  for (const time of times) {
    const at = tokenAt(ctx, time);
    if (at < 0) continue;
    const distance = Math.min(Math.abs(at - trigger.index), Math.abs(at - trigger.last));
    const score = (at >= from && at <= to ? 0 : ctx.tokens.length) + distance;
    if (score < bestScore) {
      best = time;
      bestScore = score;
    }
  }
  return best;
}

/** True when the sentence says its event took place at the time named just before (`die dag`, `that day`). */
export function refersToEarlierTime(ctx: SentenceContext): boolean {
  for (let i = 0; i < ctx.tokens.length; i++) if (phraseAt(ctx.rules.sameTime, ctx.tokens, i) > 0) return true;
  return false;
}

/** The coordinated groups of two or more actor names in the sentence (`De Verenigde Staten en Japan`), in text order. */
export function coordinatedPairs(ctx: SentenceContext): SentenceMention[][] {
  const groups: SentenceMention[][] = [];
  let current: SentenceMention[] = [];
  const flush = (): void => {
    if (current.length >= 2) groups.push(current);
    current = [];
  };
  for (const m of ctx.mentions) {
    if (!m.actor) {
      flush();
      continue;
    }
    const previous = current[current.length - 1];
    if (previous) {
      const gap: Token[] = ctx.tokens.slice(previous.last + 1, m.first);
      const joined = gap.some((t) => t.norm === ',' || ctx.rules.conjunctions.has(t.norm));
      if (gap.length > PAIR_GAP || !joined) flush();
    }
    current.push(m);
  }
  flush();
  return groups;
}

/**
 * Where a phrase for "the two parties" stands in the clause group of `trigger`, or -1.
 */
export function bothPartiesAt(ctx: SentenceContext, trigger: TriggerMatch): number {
  const [from, to] = groupRange(ctx.clauses, ctx.clauses.clauseOf[trigger.index] ?? 0);
  for (let i = from; i <= to; i++) if (phraseAt(ctx.rules.bothParties, ctx.tokens, i) > 0) return i;
  return -1;
}

/**
 * The entities a "the two parties" phrase at token `at` stands for: the last coordinated group
 * of names before it in the sentence, else `earlier` (the last group of the sentences before),
 * else the first group after it (`Since the two countries signed …, Chile and Peru …`).
 */
export function partiesFor(ctx: SentenceContext, at: number, earlier: readonly string[]): string[] {
  const groups = coordinatedPairs(ctx);
  const before = groups.filter((group) => (group[group.length - 1] as SentenceMention).last < at);
  const group = before[before.length - 1] ?? (earlier.length > 0 ? null : groups.find((g) => (g[0] as SentenceMention).first > at));
  if (group) return [...new Set(group.map((m) => m.mention.entity))];
  return [...earlier];
}

/** Most words between a possessive and the event noun it determines (`ihrem ersten Treffen`). */
const POSSESSIVE_REACH = 2;

/**
 * The parties of an event noun determined by a plural possessive (`À l'issue de leur rencontre à
 * Rome, les dirigeants italien et français …`, `Nach ihrem Treffen sagten X und Y …`): the first
 * coordinated group of names after it; empty when there is no possessive or no such group.
 */
export function possessiveParties(ctx: SentenceContext, trigger: TriggerMatch): string[] {
  // A word after a possessive is a noun even when its form is also a verb's (`ihrem Treffen`).
  if (ctx.rules.possessives.size === 0) return [];
  let owned = false;
  for (let k = trigger.index - 1; k >= 0 && k >= trigger.index - POSSESSIVE_REACH; k--) {
    const token = ctx.tokens[k] as Token;
    if (!token.word) break;
    if (ctx.rules.possessives.has(token.norm)) owned = true;
  }
  if (!owned) return [];
  const group = coordinatedPairs(ctx).find((g) => (g[0] as SentenceMention).first > trigger.last);
  return group ? [...new Set(group.map((m) => m.mention.entity))] : [];
}
