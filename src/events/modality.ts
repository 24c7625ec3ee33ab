/**
 * Modality of an event mention from the locale's cue lists, checked in this order:
 * - negated: a negation cue attaches to the trigger (see {@link NEGATION_WINDOW});
 * - planned: a future or intention cue or a future verb form in the trigger's clause group, a
 *   decision word or a verb trigger of an irrealis type before it in that group (`decision to
 *   close`, `urged X to cooperate`, `threatened to strike`), or an event date after publication;
 * - reported: hearsay in the clause group, or an attribution anywhere in the sentence;
 * - else happened.
 */
import type { Modality, Precision } from '../pipeline/types.js';
import { eventTypeInfo } from './cameo.js';
import { groupRange } from './clauses.js';
import type { SentenceContext } from './context.js';
import { hasPhrase, phraseAt } from './patterns.js';
import type { TriggerMatch } from './triggers.js';

/**
 * Most tokens between a negation and the trigger it negates: room for an auxiliary and an object
 * (`did not sign`, `keine Truppen nach Mali entsenden`). Farther negations usually belong to a
 * verb that is no trigger (`urged Turkey to no longer block …`).
 */
const NEGATION_WINDOW = 4;

/**
 * True when a negation cue attaches to `trigger`: each cue attaches to the nearest trigger of its
 * clause within {@link NEGATION_WINDOW}, the following one on a tie (`called on X not to
 * cooperate` negates the cooperation, not the call).
 */
function negated(ctx: SentenceContext, trigger: TriggerMatch): boolean {
  const { tokens, clauses } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (phraseAt(ctx.rules.negation, tokens, i) === 0) continue;
    const clause = clauses.clauseOf[i];
    let best: TriggerMatch | null = null;
    let bestDistance = NEGATION_WINDOW + 1;
    for (const candidate of ctx.triggers) {
      if (clauses.clauseOf[candidate.index] !== clause) continue;
      const d = Math.min(Math.abs(candidate.index - i), Math.abs(candidate.last - i));
      if (d < bestDistance || (d === bestDistance && candidate.index > i && (best?.index ?? 0) < i)) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best && best.index === trigger.index) return true;
  }
  return false;
}

const KEY_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10, hour: 10, minute: 10 };

/** True when the event date lies after the publication date, compared at the event's precision. */
export function afterPublication(time: { date: string; precision: Precision } | null, published: string | null): boolean {
  if (!time || !published) return false;
  const length = KEY_LENGTH[time.precision];
  if (published.length < length) return false;
  return time.date.slice(0, length) > published.slice(0, length);
}

/** True when the trigger's clause group holds a future cue, a future verb form or an earlier irrealis trigger. */
function planned(ctx: SentenceContext, trigger: TriggerMatch, from: number, to: number): boolean {
  const rules = ctx.rules;
  if (hasPhrase(rules.planned, ctx.tokens, from, to)) return true;
  const future = rules.futureForm;
  if (future && ctx.tokens.slice(from, to + 1).some((t) => t.word && future.test(t.norm))) return true;
  if (hasPhrase(rules.decision, ctx.tokens, from, trigger.index - 1)) return true;
  return ctx.triggers.some(
    (t) => t.spec.pos === 'verb' && t.index < trigger.index && t.index >= from && t.spec.type !== trigger.spec.type && eventTypeInfo(t.spec.type).irrealis,
  );
}

/** The modality of the event of `trigger`. */
export function modalityOf(
  ctx: SentenceContext,
  trigger: TriggerMatch,
  time: { date: string; precision: Precision } | null,
  published: string | null,
): Modality {
  if (negated(ctx, trigger)) return 'negated';
  const rules = ctx.rules;
  const [from, to] = groupRange(ctx.clauses, ctx.clauses.clauseOf[trigger.index] ?? 0);
  if (planned(ctx, trigger, from, to) || afterPublication(time, published)) return 'planned';
  if (hasPhrase(rules.reportedClause, ctx.tokens, from, to) || hasPhrase(rules.reportedSentence, ctx.tokens, 0, ctx.tokens.length - 1)) return 'reported';
  return 'happened';
}
