/**
 * Lone surnames named as the speaker of a quote: `" … " , sagte Petkovic .`, `… , so Ketterer .`,
 * `… , sagt Eymer der Zeitung`. The person rules of src/entities take a one-word name after a verb
 * of saying only where nouns are written in lowercase (in German, `sagte Merkel` and `sagte
 * Regierung` look alike); here the word must also be no common noun by its ending, no role, no
 * stopword or calendar word, claimed by no gazetteer entry, and the verb must follow a comma or a
 * closing quote (the inverted word order of a speaker after a quote) while the name ends the
 * clause or is followed by a lowercase word. Fill-only, like the other candidates of the tagger.
 * Written after reading GermEval dev's missed persons (German PER F1 .613 → .627 there: optimistic).
 */
import type { Candidate } from '../candidate.js';
import type { TextContext } from '../context.js';
import { personId } from '../names.js';
import { isRoleWord } from '../roles.js';

/** Provenance rule of speaker persons. */
export const SPEAKER_RULE = 'entities/tagger/speaker';
/** Tokens before a verb of saying that put the speaker after it (`" … " , sagte X`). */
const BEFORE_VERB = new Set([',', '"', '“', '”', '«', '»']);
/** Tokens that may follow the speaker's name (end of the clause). */
const AFTER_NAME = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”', '«', '»']);
const NAME = /^\p{Lu}\p{Ll}[\p{L}\p{M}]*$/u;

function speaker(ctx: TextContext, at: number): Candidate {
  return { start: at, end: at + 1, type: 'PER', entity: personId([ctx.tokens[at]!.key]), rule: SPEAKER_RULE, certainty: 'inferred', yieldsToPerson: false };
}

/** True when token `i` may be a one-word name (see the module comment). */
function loneName(ctx: TextContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !t.word || ctx.shouting[i] || t.gap === 2 || ctx.covered[i] || !NAME.test(t.key)) return false;
  const { locale } = ctx;
  return !locale.stopwords.has(t.lower) && !locale.calendarWords.has(t.lower) && !isRoleWord(locale, t.lower) && !locale.looksLikeCommonNoun(t.key);
}

/** The speakers of quotes among tokens not yet `taken`. */
export function speakerCandidates(ctx: TextContext, taken: readonly boolean[]): Candidate[] {
  const { tokens, locale } = ctx;
  const out: Candidate[] = [];
  for (let v = 1; v + 1 < tokens.length; v++) {
    if (!locale.speechVerbs.has(tokens[v]!.lower) || !BEFORE_VERB.has(tokens[v - 1]!.key)) continue;
    const at = v + 1;
    if (taken[at] || out.some((c) => c.start === at) || !loneName(ctx, at)) continue;
    const after = tokens[at + 1];
    if (after && !AFTER_NAME.has(after.key) && !(after.word && /^\p{Ll}/u.test(after.key))) continue;
    out.push(speaker(ctx, at));
  }
  return out;
}
