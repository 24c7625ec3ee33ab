/**
 * Everything the rules read about one sentence, computed once: tokens, clauses, mentions, the
 * prepositions governing each mention, and the triggers found.
 */
import { segmentClauses, type ClauseMap } from './clauses.js';
import type { CompiledLocale } from './compile.js';
import { governorsOf, sentenceMentions, type Governor, type SentenceMention } from './mentions.js';
import type { Mention } from '../pipeline/types.js';
import type { Sentence } from './sentences.js';
import { tokenize, type Token } from './tokens.js';
import { matchTriggers, type TriggerMatch } from './triggers.js';

/** The analysed sentence. */
export interface SentenceContext {
  sentence: Sentence;
  tokens: Token[];
  clauses: ClauseMap;
  mentions: SentenceMention[];
  governors: Map<SentenceMention, Governor[]>;
  triggers: TriggerMatch[];
  rules: CompiledLocale;
}

/**
 * Extra words an object name may lie away when a genitive introduces it (`ontvangt de president
 * van Vietnam`): the head noun and its genitive preposition.
 */
const GENITIVE_EXTRA = 2;

/** Mention types inside which no trigger starts (a name is not an event: `Nordic Cooperation Council`). */
const OPAQUE_TYPES = new Set(['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'EQUIPMENT', 'AGREEMENT']);

/**
 * Analyses one sentence, or returns null when it has no mention or no trigger (most sentences:
 * the quick exits keep the stage fast).
 * @param mentions the item's mentions sorted by start
 */
export function analyseSentence(sentence: Sentence, mentions: readonly Mention[], rules: CompiledLocale): SentenceContext | null {
  const tokens = tokenize(sentence.text, sentence.start, rules.locale.grammar.elisions);
  const inSentence = sentenceMentions(mentions, sentence.start, sentence.end, tokens);
  if (inSentence.length === 0) return null;
  const startsAt = new Map<number, SentenceMention>();
  const endsAt = new Set<number>();
  const covered: boolean[] = new Array<boolean>(tokens.length).fill(false);
  for (const m of inSentence) {
    startsAt.set(m.first, m);
    endsAt.add(m.last);
    if (OPAQUE_TYPES.has(m.mention.type)) for (let k = m.first; k <= m.last; k++) covered[k] = true;
  }
  const isListComma = (i: number): boolean =>
    endsAt.has(i - 1) && (startsAt.has(i + 1) || (startsAt.has(i + 2) && (tokens[i + 1]?.word ?? false)));
  const clauses = segmentClauses(tokens, rules, isListComma);
  const actorWithin = (from: number, words: number): boolean => {
    for (let k = from, seen = 0; k < tokens.length && seen < words + GENITIVE_EXTRA; k++) {
      if (!tokens[k]?.word) break;
      const genitive = rules.prepositions.get(tokens[k - 1]?.norm ?? '')?.has('genitive') ?? false;
      if (startsAt.get(k)?.actor && (seen < words || genitive)) return true;
      seen++;
    }
    return false;
  };
  const triggers = matchTriggers(tokens, clauses, rules, covered, actorWithin);
  if (triggers.length === 0) return null;
  const triggerTokens = new Set<number>();
  for (const t of triggers) for (let k = t.index; k <= t.last; k++) triggerTokens.add(k);
  const stop = (k: number): boolean => triggerTokens.has(k) || rules.auxiliaries.has((tokens[k] as Token).norm);
  const governors = new Map<SentenceMention, Governor[]>();
  for (const m of inSentence) governors.set(m, governorsOf(m, tokens, clauses, rules, stop));
  return { sentence, tokens, clauses, mentions: inSentence, governors, triggers, rules };
}
