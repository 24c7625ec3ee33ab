/**
 * Persons within one text: ids for the names found, and surname-only mentions (`Biden`,
 * `Kishidas`, `president Poetin`) linked to the one full name in the same text that ends in that
 * surname (rule `entities/coref/surname`). When two full names share the surname (Joe and
 * Hunter Biden), a bare `Biden` stays unresolved (`entities/person/surname-only`, id `per:biden`).
 */
import type { Candidate } from './candidate.js';
import type { TextContext } from './context.js';
import { familyWord, personId, surnameKey } from './names.js';
import type { PersonSpan } from './persons.js';

/** Rule of a person mention whose surname could not be linked to a full name. */
export const SURNAME_ONLY_RULE = 'entities/person/surname-only';
/** Rule of a surname linked to a full name in the same text. */
export const SURNAME_COREF_RULE = 'entities/coref/surname';

/** Shortest bare surname linked to a full name of the same text (`Xi` after `Xi Jinping`). */
export const MIN_BARE_SURNAME_LENGTH = 2;

const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*$/u;

interface FullName {
  id: string;
  text: string;
  /** Lowercased particles written before the family name (`von der` of `Ursula von der Leyen`). */
  particles: string[];
}

/** The particles right before the family word in a name's words. */
function particlesBefore(words: readonly string[], family: string, ctx: TextContext): string[] {
  const at = words.lastIndexOf(family);
  const particles: string[] = [];
  for (let i = at - 1; i > 0 && ctx.locale.particles.has(words[i]!.toLowerCase()); i--) particles.unshift(words[i]!.toLowerCase());
  return particles;
}

/** Surname key → the full names of this text ending in it. */
function surnameIndex(persons: readonly PersonSpan[], ctx: TextContext): Map<string, Map<string, FullName>> {
  const index = new Map<string, Map<string, FullName>>();
  for (const person of persons) {
    const names = person.words.filter((w) => !ctx.locale.particles.has(w.toLowerCase()));
    if (names.length < 2) continue;
    const family = familyWord(names);
    const key = surnameKey(family);
    const byId = index.get(key) ?? new Map<string, FullName>();
    const id = personId(person.words);
    byId.set(id, { id, text: person.words.join(' '), particles: particlesBefore(person.words, family, ctx) });
    index.set(key, byId);
  }
  return index;
}

function resolveSurname(word: string, index: Map<string, Map<string, FullName>>): { id: string; rule: string; evidence?: string; particles?: string[] } {
  const matches = index.get(surnameKey(word));
  if (matches && matches.size === 1) {
    const full = [...matches.values()][0]!;
    return { id: full.id, rule: SURNAME_COREF_RULE, evidence: full.text, particles: full.particles };
  }
  return { id: `per:${surnameKey(word)}`, rule: SURNAME_ONLY_RULE };
}

/** Candidates for the persons found and for bare surnames of full names in the same text. */
export function personCandidates(ctx: TextContext, persons: readonly PersonSpan[]): Candidate[] {
  const index = surnameIndex(persons, ctx);
  const found: Candidate[] = [];
  const inPerson = new Array<boolean>(ctx.tokens.length).fill(false);
  for (const person of persons) {
    inPerson.fill(true, person.start, person.end);
    const nameWords = person.words.filter((w) => !ctx.locale.particles.has(w.toLowerCase()));
    const base = { start: person.start, end: person.end, type: 'PER' as const, yieldsToPerson: false };
    if (nameWords.length >= 2) {
      found.push({ ...base, entity: personId(person.words), rule: `entities/person/${person.cue}`, certainty: 'stated', evidence: person.evidence });
    } else {
      const resolved = resolveSurname(nameWords[0] ?? person.words[0] ?? '', index);
      found.push({ ...base, entity: resolved.id, rule: resolved.rule, certainty: resolved.rule === SURNAME_COREF_RULE ? 'inferred' : 'stated', evidence: resolved.evidence ?? person.evidence });
    }
  }
  if (index.size === 0) return found;
  const { tokens, locale } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (inPerson[i] || ctx.shouting[i] || !NAME_SHAPE.test(token.key) || token.key.length < MIN_BARE_SURNAME_LENGTH) continue;
    const hit = ctx.covered[i];
    if (hit && !((hit.entry.kind === 'city' || hit.entry.kind === 'loc') && hit.end - hit.start === 1)) continue;
    if (locale.stopwords.has(token.lower) || locale.calendarWords.has(token.lower)) continue;
    const suffix = locale.genitiveSuffix;
    const stems = suffix && token.key.endsWith(suffix) ? [token.key, token.key.slice(0, -suffix.length)] : [token.key];
    const stem = stems.find((s) => index.has(surnameKey(s)));
    if (!stem) continue;
    const resolved = resolveSurname(stem, index);
    // `Von der Leyen` / `von der Leyen`: the particles belong to the mention.
    const particles = resolved.particles ?? [];
    const before = tokens.slice(i - particles.length, i);
    const start = particles.length > 0 && before.length === particles.length && before.every((t, k) => t.lower === particles[k] && !inPerson[i - particles.length + k]) ? i - particles.length : i;
    found.push({ start, end: i + 1, type: 'PER', entity: resolved.id, rule: resolved.rule, certainty: 'inferred', ...(resolved.evidence ? { evidence: resolved.evidence } : {}), yieldsToPerson: false });
  }
  return found;
}
