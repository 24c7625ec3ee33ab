/**
 * Finding trigger words in a sentence's tokens with a locale's compiled trigger table.
 */
import { groupRange, type ClauseMap } from './clauses.js';
import type { CompiledLocale, CompiledTrigger } from './compile.js';
import type { TriggerSpec } from './locale.js';
import { wordMatches } from './patterns.js';
import type { Token } from './tokens.js';

/** A trigger found in a sentence. */
export interface TriggerMatch {
  spec: TriggerSpec;
  /** Index of the trigger's first token and of its last (multi-word forms). */
  index: number;
  last: number;
  /** Index of the separable particle, when the spec has one. */
  particle: number | null;
}

/** How many words after a `objectActor` trigger an actor name may begin (article plus adjective). */
const OBJECT_WINDOW = 3;

function candidates(rules: CompiledLocale, norm: string): Set<CompiledTrigger> {
  const table = rules.triggers;
  const found = new Set<CompiledTrigger>(table.exact.get(norm) ?? []);
  for (const length of table.prefixLengths) {
    if (length > norm.length) break;
    for (const c of table.prefix.get(norm.slice(0, length)) ?? []) found.add(c);
  }
  for (const length of table.suffixLengths) {
    if (length >= norm.length) break;
    for (const c of table.suffix.get(norm.slice(norm.length - length)) ?? []) found.add(c);
  }
  for (const c of table.contains) if (norm.includes(c.first.part)) found.add(c);
  return found;
}

/** The token at `index` when it is a word (not punctuation), else null. */
function wordAt(tokens: readonly Token[], index: number): Token | null {
  const token = tokens[index];
  return token && token.word ? token : null;
}

/** Where the particle of `c` stands after `last` in the same clause, or -1. */
function findParticle(c: CompiledTrigger, tokens: readonly Token[], clauses: ClauseMap, last: number, rules: CompiledLocale): number {
  const particle = c.particle;
  if (!particle) return -1;
  const clause = clauses.clauseOf[last];
  for (let k = last + 1; k < tokens.length && clauses.clauseOf[k] === clause; k++) {
    const token = tokens[k] as Token;
    if (!token.word || !particle.has(token.norm)) continue;
    if (!c.spec.particleAtEnd) return k;
    const next = tokens[k + 1];
    if (!next || !next.word || rules.clauseOpeners.has(next.norm)) return k;
  }
  return -1;
}

function contextHolds(c: CompiledTrigger, tokens: readonly Token[], clauses: ClauseMap, index: number, last: number): boolean {
  const context = c.context;
  if (!context) return true;
  const [from, to] = groupRange(clauses, clauses.clauseOf[index] ?? 0);
  for (let k = from; k <= to; k++) {
    if (k >= index && k <= last) continue;
    const token = tokens[k] as Token;
    if (token.word && context.some((pattern) => wordMatches(pattern, token.norm))) return true;
  }
  return false;
}

/** The match of `c` at token `i`, or null. */
function tryMatch(
  c: CompiledTrigger,
  i: number,
  tokens: readonly Token[],
  clauses: ClauseMap,
  rules: CompiledLocale,
  actorWithin: (from: number, words: number) => boolean,
): TriggerMatch | null {
  const norm = (tokens[i] as Token).norm;
  if (c.except.has(norm)) return null;
  let last = i;
  for (const pattern of c.rest) {
    const next = wordAt(tokens, last + 1);
    if (!next || !wordMatches(pattern, next.norm)) return null;
    last++;
  }
  const previous = wordAt(tokens, i - 1);
  if (previous && c.notPrev.has(previous.norm)) return null;
  const following = wordAt(tokens, last + 1);
  if (following && c.notNext.has(following.norm)) return null;
  if (!contextHolds(c, tokens, clauses, i, last)) return null;
  let particle: number | null = null;
  if (c.particle) {
    const at = findParticle(c, tokens, clauses, last, rules);
    if (at < 0) return null;
    particle = at;
  }
  if (c.spec.objectActor && !actorWithin(last + 1, OBJECT_WINDOW)) return null;
  return { spec: c.spec, index: i, last, particle };
}

/** Ranks matches at one token: a particle verb beats a plain one, a longer form a shorter one. */
function specificity(match: TriggerMatch): number {
  return (match.particle !== null ? 100 : 0) + (match.last - match.index);
}

/**
 * The triggers of a sentence, in token order, at most one per event type and token.
 * @param covered true for tokens inside a name (no trigger starts there: `Cooperation Council`)
 * @param actorWithin true when an actor name begins within `words` words from token `from`
 */
export function matchTriggers(
  tokens: readonly Token[],
  clauses: ClauseMap,
  rules: CompiledLocale,
  covered: readonly boolean[],
  actorWithin: (from: number, words: number) => boolean,
): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.word || covered[i] || consumed.has(i)) continue;
    const best = new Map<string, TriggerMatch>();
    for (const c of candidates(rules, token.norm)) {
      const match = tryMatch(c, i, tokens, clauses, rules, actorWithin);
      if (!match) continue;
      const held = best.get(match.spec.type);
      if (!held || specificity(match) > specificity(held)) best.set(match.spec.type, match);
    }
    for (const match of best.values()) {
      matches.push(match);
      for (let k = match.index + 1; k <= match.last; k++) consumed.add(k);
      if (match.particle !== null) consumed.add(match.particle);
    }
  }
  return matches;
}
