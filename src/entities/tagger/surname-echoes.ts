/**
 * Bare surnames of names the tagger or the name lists found: once a text names `Teemu Tainio`
 * (by any recogniser), a later capitalised `Tainio` (or genitive `Tainios`) on free tokens is that
 * person (rule `entities/coref/surname`, as for the persons of the rules in coref.ts, which only
 * index the names the person rules found). Fill-only: tokens another candidate claimed stay
 * theirs, and when two full names of the text share the surname the mention gets the surname's
 * own id (`per:tainio`), never one of the two people.
 */
import type { Candidate } from '../candidate.js';
import type { TextContext } from '../context.js';
import { SURNAME_COREF_RULE, SURNAME_ONLY_RULE } from '../coref.js';
import { familyWord, personId, surnameKey } from '../names.js';

/** Shortest surname echoed (`Li`, `Xi` alone are too often other words). */
export const MIN_ECHO_LENGTH = 3;

const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*$/u;

/** Surname key → ids and written forms of the full names of `persons` ending in it. */
function surnames(ctx: TextContext, persons: readonly Candidate[]): Map<string, Map<string, string>> {
  const index = new Map<string, Map<string, string>>();
  for (const c of persons) {
    if (c.type !== 'PER') continue;
    const words = ctx.tokens.slice(c.start, c.end).filter((t) => t.word).map((t) => t.key);
    const names = words.filter((w) => !ctx.locale.particles.has(w.toLowerCase()));
    if (names.length < 2) continue;
    const family = familyWord(names);
    if (family.length < MIN_ECHO_LENGTH || !NAME_SHAPE.test(family)) continue;
    const key = surnameKey(family);
    const byId = index.get(key) ?? new Map<string, string>();
    byId.set(c.entity.startsWith('per:') ? c.entity : personId(words), words.join(' '));
    index.set(key, byId);
  }
  return index;
}

/** Candidates for bare surnames, on tokens not `taken`, of the multi-word persons among `candidates`. */
export function surnameEchoes(ctx: TextContext, candidates: readonly Candidate[], taken: readonly boolean[]): Candidate[] {
  const index = surnames(ctx, candidates);
  if (index.size === 0) return [];
  const { tokens, locale } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (taken[i] || ctx.shouting[i] || !token.word || token.key.length < MIN_ECHO_LENGTH || !NAME_SHAPE.test(token.key)) continue;
    if (locale.stopwords.has(token.lower) || locale.calendarWords.has(token.lower)) continue;
    const suffix = locale.genitiveSuffix;
    const stems = suffix && token.key.endsWith(suffix) ? [token.key, token.key.slice(0, -suffix.length)] : [token.key];
    const stem = stems.find((s) => index.has(surnameKey(s)));
    if (stem === undefined) continue;
    const matches = index.get(surnameKey(stem))!;
    if (matches.size === 1) {
      const [id, text] = [...matches][0]!;
      out.push({ start: i, end: i + 1, type: 'PER', entity: id, rule: SURNAME_COREF_RULE, certainty: 'inferred', evidence: text, yieldsToPerson: false });
    } else {
      out.push({ start: i, end: i + 1, type: 'PER', entity: `per:${surnameKey(stem)}`, rule: SURNAME_ONLY_RULE, certainty: 'inferred', yieldsToPerson: false });
    }
  }
  return out;
}

/** Provenance rule of a repeat of a name found elsewhere in the same text. */
export const NAME_ECHO_RULE = 'entities/tagger/repeat';

/**
 * Repeats of names: the same words as a name another recogniser found in this text (`Swissair`,
 * `Revolutionair Verenigd Front`), written again on free tokens, name the same thing (same type
 * and id). Only names of {@link MIN_ECHO_LENGTH} letters or more whose first word is capitalised and
 * no stopword; a one-word person is left to {@link surnameEchoes} and the rules of coref.ts
 * (a bare surname repeats only a full name: src/entities/items.test.ts).
 */
export function nameEchoes(ctx: TextContext, candidates: readonly Candidate[], taken: readonly boolean[]): Candidate[] {
  const { tokens, locale } = ctx;
  const byFirst = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const first = tokens[c.start]!;
    if (!first.word || !/^\p{Lu}/u.test(first.key) || locale.stopwords.has(first.lower)) continue;
    if (c.end === c.start + 1 && (first.key.length < MIN_ECHO_LENGTH || c.type === 'PER')) continue;
    const list = byFirst.get(first.key) ?? [];
    list.push(c);
    byFirst.set(first.key, list);
  }
  if (byFirst.size === 0) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = taken[i] || ctx.shouting[i] ? undefined : byFirst.get(tokens[i]!.key);
    if (!list) continue;
    const longest = [...list].sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const c of longest) {
      const length = c.end - c.start;
      if (i + length > tokens.length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = !taken[i + k] && tokens[i + k]!.key === tokens[c.start + k]!.key;
      if (!same) continue;
      out.push({ start: i, end: i + length, type: c.type, entity: c.entity, rule: NAME_ECHO_RULE, certainty: 'inferred', evidence: tokens.slice(c.start, c.end).map((t) => t.key).join(' '), yieldsToPerson: false });
      i += length - 1;
      break;
    }
  }
  return out;
}
