/**
 * Capitalised common words opening a sentence: `Kort na de klopjacht …`, `Vijftig leden …`,
 * `Allgemein gilt …`. Their capital proves nothing, and the person and tagger rules sometimes take
 * them for a lone surname. A one-word mention that opens a sentence is dropped when the language
 * writes that word in lowercase (its `lowercase` list in data/ner-lists.json, from the CC0
 * Europeana corpus) and no person-name list holds it (`Bos`, `Wolf` may be both). Gazetteer
 * mentions are kept: their lists name places and organisations on purpose. Also dropped: one
 * capitalised adjective made from a name before a lowercase word ({@link attributiveAdjective}).
 */
import type { Candidate } from '../candidate.js';
import type { TextContext } from '../context.js';
import type { EntityLocale } from '../locales/index.js';
import { opensSentence } from './features.js';
import { lowercaseWords, personListLabel } from './lists.js';

/** Rule prefixes of mentions never dropped here (explicit lists). */
const KEPT_RULES = ['entities/gazetteer/', 'entities/demonym', 'entities/acronym'];

/** True when candidate `c` is one word opening a sentence that the language writes in lowercase. */
export function lowercaseOpener(ctx: TextContext, c: Candidate): boolean {
  if (c.end !== c.start + 1 || KEPT_RULES.some((rule) => c.rule.startsWith(rule))) return false;
  const token = ctx.tokens[c.start]!;
  if (!opensSentence(ctx, c.start) || !/^\p{Lu}\p{Ll}/u.test(token.key)) return false;
  return lowercaseWords(ctx.locale.code).has(token.lower) && personListLabel(token.lower) === '-';
}

/**
 * True when candidate `c` is one capitalised adjective made from a name, before a lowercase word
 * (`de Vlaamse subsidies`, `de Brusselse kathedraal`; endings from {@link EntityLocale.attributiveEndings}).
 */
export function attributiveAdjective(ctx: TextContext, c: Candidate): boolean {
  const endings = ctx.locale.attributiveEndings;
  if (endings.length === 0 || c.end !== c.start + 1 || KEPT_RULES.some((rule) => c.rule.startsWith(rule))) return false;
  const token = ctx.tokens[c.start]!;
  const next = ctx.tokens[c.start + 1];
  if (!next || next.gap !== 1 || !next.word || !/^\p{Ll}/u.test(next.key)) return false;
  return endings.some((e) => token.lower.length > e.length + 2 && token.lower.endsWith(e));
}

/**
 * Last words of the persons the text names in full (`Lena Hart` → `hart`): a sentence that opens
 * with one of them names that person again (`Hart ontmoet Diallo …`), whatever the word means in
 * lowercase.
 */
function fullNameSurnames(ctx: TextContext, candidates: readonly Candidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const c of candidates) if (c.type === 'PER' && c.end - c.start >= 2) surnames.add(ctx.tokens[c.end - 1]!.lower);
  return surnames;
}

/**
 * The candidates without {@link lowercaseOpener}s and {@link attributiveAdjective}s; an opener
 * that is the surname of a person named in full in the same text is kept.
 */
export function withoutLowercaseOpeners(ctx: TextContext, candidates: readonly Candidate[]): Candidate[] {
  const surnames = fullNameSurnames(ctx, candidates);
  return candidates.filter((c) => (!lowercaseOpener(ctx, c) || surnames.has(ctx.tokens[c.start]!.lower)) && !attributiveAdjective(ctx, c));
}
