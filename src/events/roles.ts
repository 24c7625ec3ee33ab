/**
 * Actors of an event and their roles, read from the trigger's clause with explainable rules:
 *
 * 1. A preposition decides first: `by`/`door`/`par` names the agent of a passive or an event
 *    noun, `with`/`mit`/`met` a counterpart of a symmetric event, `on`/`gegen`/`contre` a target.
 *    Names behind a source preposition (`according to`, `volgens`) and places are no actors.
 * 2. Otherwise position: names before a verb trigger are its subject (agents); names after it are
 *    counterparts (symmetric events), targets (directed events) or nothing (announcements).
 *    In a passive clause the names before a directed verb are its targets. In verb-final languages
 *    (German, Dutch) names between a finite auxiliary and the trigger, or after the first name of a
 *    subordinate clause, are objects (`hat Japan aufgefordert`). Before an event noun of a directed
 *    type only a name right in front is the agent (`Russian attacks`), unless a light verb links
 *    them (`Russia launched attacks`; a name between light verb and noun is the target: `legt Iran
 *    sancties op`); right after the noun a genitive names the agent (`Angriffe Russlands`).
 * 3. No agent yet: names in the comma-joined clauses before (an apposition or a fronted subject);
 *    then, in verb-second languages, the first name after the verb (`Am Montag traf Biden …`).
 */
import type { ActorRole } from '../pipeline/types.js';
import type { EventTypeInfo } from './cameo.js';
import type { SentenceContext } from './context.js';
import { adjunct, genitiveAhead, primaryGovernor, type SentenceMention } from './mentions.js';
import { isPlaceFor, modifiesEventNoun } from './place.js';
import type { Token } from './tokens.js';
import type { TriggerMatch } from './triggers.js';

/** An actor of one event mention, with its token position (for ordering). */
export interface PlacedActor {
  entity: string;
  role: ActorRole;
  at: number;
}

/**
 * Words that may stand between an event noun and the name in front of it that is its agent: one,
 * for an adjective or compound part (`Russian drone attacks`). More would reach across phrases.
 */
const ADJACENT_WORDS = 1;
/** Most words between an event noun and a name it governs: the preposition and an article (`invasie van het land`). */
const GENITIVE_REACH = 2;
/** Most words between two names that are still one coordinated subject (`Japan und die USA`). */
const COORDINATION_GAP = 3;
/** Most words between a verb-second verb and its inverted subject (`empfing der österreichische Präsident`). */
const INVERSION_GAP = 2;
/** Which role wins when one entity gets several (lower is better): agent, then target, then counterpart. */
export const ROLE_RANK: Record<ActorRole, number> = { agent: 0, target: 1, counterpart: 2 };

function some(from: number, to: number, test: (k: number) => boolean): boolean {
  for (let k = from; k <= to; k++) if (test(k)) return true;
  return false;
}

/** The first name of `list` plus the names coordinated with it (`X and Y`, `X, Y und Z`). */
function coordinatedGroup(ctx: SentenceContext, list: readonly SentenceMention[]): SentenceMention[] {
  const first = list[0];
  if (!first) return [];
  const group = [first];
  for (const m of list.slice(1)) {
    const previous = group[group.length - 1] as SentenceMention;
    const gap = ctx.tokens.slice(previous.last + 1, m.first);
    const joined = gap.some((t) => t.norm === ',' || ctx.rules.conjunctions.has(t.norm));
    if (gap.length > COORDINATION_GAP || !joined) break;
    group.push(m);
  }
  return group;
}

/**
 * True when `m` belongs to an event noun of another type: it stands right in front of it
 * (`de Russische invasie`) or a genitive or target preposition links it right after (`de
 * invasie van Oekraïne`, `dem Angriff auf Odessa`; not `talks between X and Y`, whose parties
 * often make the agreement named next). Such names take part in
 * that event, not in a later verb's (`voor de Russische invasie van Oekraïne sloten ze …`).
 */
function ownedByOtherNoun(ctx: SentenceContext, m: SentenceMention, trigger: TriggerMatch): boolean {
  const nouns = ctx.triggers.filter((t) => t.spec.pos === 'noun' && t.spec.type !== trigger.spec.type && t.index < trigger.index);
  if (nouns.some((t) => t.index > m.last && t.index - m.last - 1 <= ADJACENT_WORDS && !ctx.tokens.slice(m.last + 1, t.index).some((k) => ctx.rules.prepositions.has(k.norm)))) return true;
  return nouns.some((t) => {
    if (t.last >= m.first || m.first - t.last - 1 > GENITIVE_REACH) return false;
    return ctx.tokens.slice(t.last + 1, m.first).some((k) => {
      const roles = ctx.rules.prepositions.get(k.norm);
      return (roles?.has('genitive') ?? false) || (roles?.has('targeting') ?? false);
    });
  });
}

/**
 * In a verb-final language, the last token of the verb trigger that governs `trigger` as a
 * `zu`/`te` infinitive in the same clause (`droht … zu treffen`), or -1.
 */
function infinitiveGovernor(ctx: SentenceContext, trigger: TriggerMatch): number {
  const grammar = ctx.rules.locale.grammar;
  const marker = ctx.tokens[trigger.index - 1];
  if (!grammar.verbFinal || !marker || !(grammar.infinitiveMarkers ?? []).includes(marker.norm)) return -1;
  const clause = ctx.clauses.clauseOf[trigger.index];
  const governors = ctx.triggers.filter((t) => t.spec.pos === 'verb' && t.last < trigger.index && ctx.clauses.clauseOf[t.index] === clause);
  return governors.length > 0 ? Math.max(...governors.map((t) => t.last)) : -1;
}

/** The actors of the event of `trigger`, one per entity with its best role, agents first. */
export function actorsOf(ctx: SentenceContext, trigger: TriggerMatch, info: EventTypeInfo): PlacedActor[] {
  const { tokens, clauses, rules } = ctx;
  const grammar = rules.locale.grammar;
  const ti = trigger.index;
  const tl = trigger.last;
  const clauseIndex = clauses.clauseOf[ti] ?? 0;
  const clause = clauses.clauses[clauseIndex] ?? { from: 0, to: tokens.length - 1, group: 0, subordinate: false };
  const norm = (k: number): string => (tokens[k] as Token).norm;
  const verb = trigger.spec.pos === 'verb';
  const passive = verb && rules.participle.test(norm(ti)) && some(clause.from, clause.to, (k) => rules.passiveAuxiliaries.has(norm(k)));
  const objectRole: ActorRole | null = info.shape === 'symmetric' ? 'counterpart' : info.shape === 'directed' ? 'target' : null;
  const roles = new Map<SentenceMention, ActorRole>();
  const setObject = (m: SentenceMention): void => {
    if (objectRole) roles.set(m, objectRole);
    else if (info.contenders && (m.mention.type === 'PER' || m.mention.type === 'ORG')) roles.set(m, 'agent');
  };
  const nonGenitivePreposition = (k: number): boolean => [...(rules.prepositions.get(norm(k)) ?? [])].some((r) => r !== 'genitive');
  const modifier = (m: SentenceMention): boolean =>
    grammar.premodifiers && !verb && m.last < ti && ti - m.last - 1 <= ADJACENT_WORDS && !some(m.last + 1, ti - 1, nonGenitivePreposition);
  const eligible = (m: SentenceMention): boolean =>
    m.actor &&
    !(m.first <= tl && m.last >= ti) &&
    !isPlaceFor(ctx, m, info, trigger) &&
    (modifier(m) || !adjunct(ctx.governors.get(m) ?? []));

  // 1. Prepositions. Names after the next trigger of the clause, or modifying another event noun, belong to that one.
  const nextTrigger = Math.min(...ctx.triggers.filter((t) => t.index > tl).map((t) => t.index), tokens.length);
  const free: SentenceMention[] = [];
  for (const m of ctx.mentions) {
    if (!eligible(m) || clauses.clauseOf[m.first] !== clauseIndex) continue;
    if (m.first > tl && (m.first > nextTrigger || modifiesEventNoun(ctx, m, trigger))) continue;
    if (m.last < ti && ownedByOtherNoun(ctx, m, trigger)) continue;
    const governor = primaryGovernor(ctx.governors.get(m) ?? []);
    const has = (role: 'agentive' | 'comitative' | 'targeting'): boolean => governor?.roles.has(role) ?? false;
    if (governor && trigger.spec.targetPrepositions?.includes(governor.word)) roles.set(m, 'target');
    else if (has('agentive') && (passive || (!verb && m.first > tl && m.first - tl - 1 <= ADJACENT_WORDS + 1))) roles.set(m, 'agent');
    else if (has('comitative') && info.shape === 'symmetric') roles.set(m, 'counterpart');
    else if (has('targeting') && info.shape === 'directed') roles.set(m, 'target');
    else free.push(m);
  }

  // 2. Position.
  const governing = verb && !passive ? infinitiveGovernor(ctx, trigger) : -1;
  const before = free.filter((m) => m.last < ti);
  const after = free.filter((m) => m.first > tl);
  if (!verb) {
    // A light verb takes the noun as its object: no preposition but a genitive stands between them.
    let lightVerb = -1;
    for (let k = ti - 1; k >= clause.from && !nonGenitivePreposition(k); k--) {
      if (rules.lightVerbs.has(norm(k))) {
        lightVerb = k;
        break;
      }
    }
    for (const m of before) {
      if (info.shape !== 'directed') roles.set(m, 'agent');
      else if (lightVerb >= 0 && m.first > lightVerb) roles.set(m, 'target');
      else if (modifier(m) || (lightVerb >= 0 && m.last < lightVerb)) roles.set(m, 'agent');
    }
    const agentBefore = [...roles.values()].includes('agent');
    after.forEach((m, n) => {
      const governors = ctx.governors.get(m) ?? [];
      const near = m.first - tl - 1 <= ADJACENT_WORDS + 1;
      if (n === 0 && near && !agentBefore && (genitiveAhead(governors) || (grammar.postnominalAgent && governors.length === 0 && m.first === tl + 1))) roles.set(m, 'agent');
      else setObject(m);
    });
  } else if (passive) {
    for (const m of before) roles.set(m, info.shape === 'directed' ? 'target' : 'agent');
    for (const m of after) setObject(m);
  } else if (governing >= 0) {
    for (const m of before) {
      if (m.first > governing) setObject(m);
      else roles.set(m, 'agent');
    }
    for (const m of after) setObject(m);
  } else {
    let aux = -1;
    if (grammar.verbFinal) for (let k = clause.from; k < ti && aux < 0; k++) if (rules.auxiliaries.has(norm(k))) aux = k;
    if (grammar.verbFinal && (clause.subordinate || aux >= 0)) {
      const pre = aux >= 0 ? before.filter((m) => m.last < aux) : [];
      const subject = pre.length > 0 ? pre : coordinatedGroup(ctx, before);
      for (const m of before) {
        if (subject.includes(m)) roles.set(m, 'agent');
        else setObject(m);
      }
    } else for (const m of before) roles.set(m, 'agent');
    for (const m of after) setObject(m);
  }

  // 3. A missing subject.
  const hasAgent = (): boolean => [...roles.values()].includes('agent');
  if (!hasAgent() && (verb || info.shape !== 'directed')) {
    for (let c = clauseIndex - 1; c >= 0 && clauses.clauses[c]?.group === clause.group; c--) {
      const found = ctx.mentions.filter((m) => eligible(m) && clauses.clauseOf[m.first] === c && !primaryGovernor(ctx.governors.get(m) ?? []));
      for (const m of found) roles.set(m, 'agent');
      if (found.length > 0) break;
    }
  }
  const inverted = after[0];
  if (!hasAgent() && verb && !passive && grammar.verbFinal && inverted && inverted.first - tl - 1 <= INVERSION_GAP) roles.set(inverted, 'agent');
  return dedupe(roles);
}

/** One actor per entity, with its best role; ordered agents, targets, counterparts, then by position. */
function dedupe(roles: ReadonlyMap<SentenceMention, ActorRole>): PlacedActor[] {
  const byEntity = new Map<string, PlacedActor>();
  for (const [m, role] of roles) {
    const held = byEntity.get(m.mention.entity);
    if (!held || ROLE_RANK[role] < ROLE_RANK[held.role]) byEntity.set(m.mention.entity, { entity: m.mention.entity, role, at: Math.min(m.first, held?.at ?? m.first) });
  }
  return [...byEntity.values()].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.at - b.at);
}
