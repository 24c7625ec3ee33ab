/**
 * Reading a person's name off the tokens: one to three capitalised name words, with particles
 * (`von der`, `de`) and hyphenated parts (`Jean-Pierre`) inside, never across a line break.
 */
import type { TextContext } from './context.js';
import { isGivenName } from './names.js';
import { isRoleWord } from './roles.js';
import { GAP_BREAK, GAP_NONE } from './tokenize.js';

/** Most name words in one name (`Laurence Des Cars`, `Ursula von der Leyen`). */
export const MAX_NAME_WORDS = 3;
/** Most particles in a row inside a name (`von der`). */
export const MAX_PARTICLES = 2;

/** A single capital: a middle initial when a dot follows. */
const INITIAL = /^\p{Lu}$/u;
/** A capitalised word: a capital, then at least one lowercase letter, letters only. */
const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*$/u;

/** Most letters of each part of a Korean given name written with a lowercase second syllable (`Ki-moon`). */
export const MAX_SYLLABLE_LENGTH = 4;

/** `Ki-moon`, `Jong-un`: a short capitalised part joined to a short lowercase syllable. */
function syllable(previous: string, part: string): boolean {
  return previous.length <= MAX_SYLLABLE_LENGTH && part.length <= MAX_SYLLABLE_LENGTH && /^\p{Ll}+$/u.test(part) && /^\p{Lu}\p{Ll}*$/u.test(previous);
}

/** A name read off the tokens: token range `[start, end)` and the words making it up. */
export interface ParsedName {
  start: number;
  end: number;
  /** The name as written, words joined by single spaces or hyphens. */
  words: string[];
}

/** True when token `i` may be a word of a person's name (`first`: the first word of it). */
export function isNameWord(ctx: TextContext, i: number, first: boolean): boolean {
  const token = ctx.tokens[i];
  if (!token || !token.word || ctx.shouting[i] || !NAME_SHAPE.test(token.key)) return false;
  const { locale } = ctx;
  if (locale.stopwords.has(token.lower) || (first && locale.calendarWords.has(token.lower))) return false;
  if (isRoleWord(locale, token.lower) || locale.looksLikeCommonNoun(token.key)) return false;
  const hit = ctx.covered[i];
  // A single-word city or place can be a surname (`Lloyd Austin`, `Heiko Maas`); countries, organisations and the rest cannot.
  if (hit && !((hit.entry.kind === 'city' || hit.entry.kind === 'loc') && hit.end - hit.start === 1 && !first)) return false;
  return true;
}

/**
 * Reads a name starting at token `at` with at least `minWords` name words; null if none.
 * A hyphenated part joins only when it is itself a name word (`Kramp-Karrenbauer`, not
 * `Biden-Regierung`).
 */
export function parseName(ctx: TextContext, at: number, minWords: number): ParsedName | null {
  const { tokens, locale } = ctx;
  const words: string[] = [];
  let count = 0;
  let i = at;
  let end = at;
  let pendingParticles: string[] = [];
  while (i < tokens.length && count < MAX_NAME_WORDS) {
    const token = tokens[i]!;
    if (i > at && token.gap === GAP_BREAK) break;
    // German capitalises nouns: a third word is a name only after a given name (`Anna Maria Schmidt`).
    if (count === 2 && locale.capitalisesNouns && pendingParticles.length === 0 && !words.some(isGivenName)) break;
    if (isNameWord(ctx, i, count === 0)) {
      let word = token.key;
      let next = i + 1;
      while (tokens[next]?.key === '-' && tokens[next]!.gap === GAP_NONE && tokens[next + 1]?.gap === GAP_NONE && (isNameWord(ctx, next + 1, false) || syllable(word, tokens[next + 1]!.key))) {
        word += `-${tokens[next + 1]!.key}`;
        next += 2;
      }
      // `Energie-Staatssekretär`, `Biden-Regierung`: a word glued to a compound it does not join modifies that
      // compound; it opens no name, and it ends none when the compound is a role (`Joe Biden-Besuch` is fine).
      const head = tokens[next]?.key === '-' && tokens[next]!.gap === GAP_NONE && tokens[next + 1]?.gap === GAP_NONE ? tokens[next + 1] : undefined;
      if (head?.word && (count === 0 || isRoleWord(locale, head.lower))) break;
      words.push(...pendingParticles, word);
      pendingParticles = [];
      count++;
      i = next;
      end = next;
      continue;
    }
    // A middle initial: `Thomas L. Friedman`.
    if (count === 1 && pendingParticles.length === 0 && INITIAL.test(token.key) && tokens[i + 1]?.key === '.' && tokens[i + 1]!.gap === GAP_NONE && isNameWord(ctx, i + 2, false)) {
      words.push(`${token.key}.`);
      i += 2;
      continue;
    }
    // Particles: after a given name (`Ursula von der Leyen`) or opening a surname (`Van Diepenbeek`, `De Wever`).
    const opening = count === 0 && /^\p{Lu}/u.test(token.key);
    if ((count === 1 || opening) && pendingParticles.length < MAX_PARTICLES && locale.particles.has(token.lower) && token.word) {
      pendingParticles.push(token.key);
      i++;
      continue;
    }
    break;
  }
  if (count < minWords) return null;
  return { start: at, end, words };
}
