/**
 * Persons read off the name lists (data/ner-lists.json): a given name of the list followed by
 * one or two capitalised words that are no common words (`Teemu Tainio`, `Gerhart Jander`), inside
 * a sentence. The person rules of src/entities know fewer given names and want a cue; here the
 * longer lists stand in for the cue, and the span must not open a sentence, where a capital proves
 * nothing. Fill-only: used where no rule, gazetteer or proposal claimed the tokens.
 */
import type { Candidate } from '../candidate.js';
import type { TextContext } from '../context.js';
import { personId } from '../names.js';
import { isRoleWord } from '../roles.js';
import { opensSentence } from './features.js';
import { personListLabel } from './lists.js';

/** Provenance rule of list persons. */
export const LIST_PERSON_RULE = 'entities/tagger/name-list';
/** Most words after the given name. */
export const MAX_LIST_PERSON_TAIL = 2;
const NAME = /^\p{Lu}\p{Ll}+$/u;

function nameWord(ctx: TextContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !t.word || ctx.shouting[i] || t.gap === 2 || !NAME.test(t.key)) return false;
  const { locale } = ctx;
  return !locale.stopwords.has(t.lower) && !locale.calendarWords.has(t.lower) && !isRoleWord(locale, t.lower) && !locale.looksLikeCommonNoun(t.key) && !ctx.covered[i];
}

/** The list persons of a text among tokens not yet `taken`. */
export function listPersonCandidates(ctx: TextContext, taken: readonly boolean[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < ctx.tokens.length) {
    if (taken[i] || !nameWord(ctx, i) || opensSentence(ctx, i) || !personListLabel(ctx.tokens[i]!.lower).includes('g')) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < ctx.tokens.length && end - i <= MAX_LIST_PERSON_TAIL && !taken[end] && nameWord(ctx, end)) end++;
    if (end > i + 1) {
      const words = ctx.tokens.slice(i, end).map((t) => t.key);
      out.push({ start: i, end, type: 'PER', entity: personId(words), rule: LIST_PERSON_RULE, certainty: 'inferred', yieldsToPerson: false });
    }
    i = end;
  }
  return out;
}
