/**
 * Word patterns and cue phrases: the small matching language of the locale tables.
 */
import type { Token } from './tokens.js';

/** One word of a trigger form or context list: exact, prefix (`x*`), suffix (`*x`) or inner part (`*x*`). */
export interface WordPattern {
  kind: 'exact' | 'prefix' | 'suffix' | 'contains';
  part: string;
}

/** Parses one word of the locale syntax; throws on an empty pattern. */
export function parseWord(word: string): WordPattern {
  const lead = word.startsWith('*');
  const tail = word.length > 1 && word.endsWith('*');
  const part = word.slice(lead ? 1 : 0, tail ? -1 : undefined);
  if (part.length === 0) throw new Error(`Empty word pattern "${word}" in an events locale; give at least one letter besides "*".`);
  const kind = lead && tail ? 'contains' : lead ? 'suffix' : tail ? 'prefix' : 'exact';
  return { kind, part };
}

/** True when the normalised word `norm` matches `pattern` (a suffix pattern needs at least one letter before it). */
export function wordMatches(pattern: WordPattern, norm: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return norm === pattern.part;
    case 'prefix':
      return norm.startsWith(pattern.part);
    case 'suffix':
      return norm.length > pattern.part.length && norm.endsWith(pattern.part);
    case 'contains':
      return norm.includes(pattern.part);
  }
}

/** Cue phrases indexed by their first word. */
export type PhraseSet = ReadonlyMap<string, readonly string[][]>;

/** Indexes cue phrases (`according to`, `n'`, `van plan`) by their first word. */
export function compilePhrases(phrases: readonly string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(/\s+/u).filter((w) => w.length > 0);
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push(words.slice(1));
    byFirst.set(first, list);
  }
  return byFirst;
}

/** The forms a token may be matched by: its normal form, with its elided prefix, and the prefix alone. */
export function tokenForms(token: Token): string[] {
  if (!token.word) return [token.norm];
  return token.elision ? [token.norm, token.elision + token.norm, token.elision] : [token.norm];
}

/** How many tokens a cue phrase of `set` covers starting at token `at` (0 when none starts there). */
export function phraseAt(set: PhraseSet, tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token || !token.word) return 0;
  let best = 0;
  for (const form of tokenForms(token)) {
    for (const rest of set.get(form) ?? []) {
      let ok = true;
      for (let k = 0; k < rest.length; k++) {
        const next = tokens[at + 1 + k];
        if (!next || !next.word || !tokenForms(next).includes(rest[k] as string)) {
          ok = false;
          break;
        }
      }
      if (ok) best = Math.max(best, rest.length + 1);
    }
  }
  return best;
}

/** True when some token of `tokens[from..to]` starts one of the phrases of `set`. */
export function hasPhrase(set: PhraseSet, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (phraseAt(set, tokens, i) > 0) return true;
  return false;
}
