/**
 * The parties of symmetric events (meet, agree, cooperate, exercise) shared within a sentence:
 * both sides do the same thing, so parties named once often stand for two events (`talks between
 * X and Y … without an agreement`, `the visit of X … ended with the signing of agreements`).
 */
import type { SentenceContext } from './context.js';
import { eventTypeInfo } from './cameo.js';
import type { PlacedActor } from './roles.js';
import type { TriggerMatch } from './triggers.js';

/** One event group's reading: its type, clause group and merged actors. */
export interface GroupActors {
  type: string;
  /** Clause group of the group's first trigger (see `clauses.ts`). */
  group: number;
  actors: PlacedActor[];
}

/** The parties a symmetric type offers to the others: its clause group and actors. */
export type SharedParties = ReadonlyMap<string, { group: number; actors: PlacedActor[] }>;

/** The clause group of a trigger (see `clauses.ts`). */
export function clauseGroup(ctx: SentenceContext, trigger: TriggerMatch): number {
  return ctx.clauses.clauses[ctx.clauses.clauseOf[trigger.index] ?? 0]?.group ?? 0;
}

/** Per symmetric type, the first of its event groups in the sentence that names actors. */
export function sharedParties(groups: readonly GroupActors[]): SharedParties {
  const parties = new Map<string, { group: number; actors: PlacedActor[] }>();
  for (const { type, group, actors } of groups) {
    if (eventTypeInfo(type).shape !== 'symmetric' || actors.length === 0 || parties.has(type)) continue;
    parties.set(type, { group, actors });
  }
  return parties;
}

/**
 * The actors of a symmetric event: when no name stands in the subject's place, the parties named
 * with `between`/`with` are its agents (`talks between X and Y`, `Gespräche zwischen X und Y`); an
 * event naming no party borrows those of another symmetric event of its clause group.
 */
export function symmetricActors(type: string, group: number, actors: PlacedActor[], parties: SharedParties): PlacedActor[] {
  let own = actors;
  if (own.length === 0) {
    const borrowed = [...parties].find(([other, held]) => other !== type && held.group === group)?.[1].actors ?? [];
    own = borrowed.map((a) => ({ ...a }));
  }
  if (own.some((a) => a.role === 'agent')) return own;
  return own.map((a) => (a.role === 'counterpart' ? { ...a, role: 'agent' as const } : a));
}
