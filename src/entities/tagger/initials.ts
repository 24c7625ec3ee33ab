/**
 * Initials and given names before a person's name: `A. Wiegemann`, `J. R. Tolkien`, `H. Van der Plancken`. The
 * recognisers find the family name (a name list, the tagger, an echo) but stop at the initial,
 * a one-letter token followed by a full stop that looks like the end of a sentence. A person
 * mention preceded by such initials takes them in, and its id is computed with them (`A.
 * Müller` and `W. Müller` are not one person).
 */
import type { Candidate } from '../candidate.js';
import type { TextContext } from '../context.js';
import { personId } from '../names.js';
import { isRoleWord } from '../roles.js';
import { GAP_NONE, GAP_SPACE } from '../tokenize.js';
import { personListLabel } from './lists.js';

/** Most initials taken before a name (`J. R. R. Tolkien`). */
export const MAX_INITIALS = 3;

/** True when tokens `i` (one capital letter) and `i + 1` (a full stop glued to it) form an initial. */
function initialAt(ctx: TextContext, i: number): boolean {
  const letter = ctx.tokens[i];
  const stop = ctx.tokens[i + 1];
  if (!letter || !stop || ctx.shouting[i]) return false;
  return /^\p{Lu}$/u.test(letter.key) && stop.key === '.' && stop.gap === GAP_NONE;
}

/**
 * The candidates with every person mention extended over the initials right before it (each
 * initial a capital letter and a glued full stop, then a space). Other candidates are unchanged;
 * a person whose initials another candidate already covers is left as it is.
 */
export function withInitials(ctx: TextContext, candidates: readonly Candidate[]): Candidate[] {
  const taken = new Array<boolean>(ctx.tokens.length).fill(false);
  for (const c of candidates) taken.fill(true, c.start, c.end);
  return candidates.map((c) => {
    if (c.type !== 'PER') return c;
    let start = c.start;
    for (let n = 0; n < MAX_INITIALS; n++) {
      const i = start - 2;
      if (i < 0 || taken[i] || taken[i + 1] || ctx.tokens[start]!.gap !== GAP_SPACE || !initialAt(ctx, i)) break;
      start = i;
    }
    if (start === c.start) return c;
    const words = ctx.tokens.slice(start, c.end).filter((t) => t.word).map((t) => t.key);
    return { ...c, start, entity: personId(words) };
  });
}

/**
 * The candidates with every person mention extended over one capitalised given name of
 * the name lists (no role word: `General`) right before it (`Toni [Brogno]`, `Jan [Ullrich]`, `Moshe [Katzav]`): a surname found by
 * an echo or a rule claims its tokens first, and the given name before it was left out. The id is
 * computed with the given name. A stopword or a word another candidate holds is never taken.
 */
export function withGivenNames(ctx: TextContext, candidates: readonly Candidate[]): Candidate[] {
  const taken = new Array<boolean>(ctx.tokens.length).fill(false);
  for (const c of candidates) taken.fill(true, c.start, c.end);
  return candidates.map((c) => {
    const i = c.start - 1;
    const given = ctx.tokens[i];
    if (c.type !== 'PER' || !given || taken[i] || ctx.shouting[i] || ctx.tokens[c.start]!.gap !== GAP_SPACE) return c;
    if (!given.word || !/^\p{Lu}\p{Ll}+$/u.test(given.key) || ctx.locale.stopwords.has(given.lower) || isRoleWord(ctx.locale, given.lower)) return c;
    if (!personListLabel(given.lower).includes('g')) return c;
    const words = ctx.tokens.slice(i, c.end).filter((t) => t.word).map((t) => t.key);
    return { ...c, start: i, entity: personId(words) };
  });
}
