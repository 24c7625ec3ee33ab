/**
 * From a CoNLL sentence to the text Dossier annotates, and from Dossier's mentions back to
 * token spans with CoNLL types. Pure functions.
 *
 * - The text is the tokens joined with single spaces; each token's character offsets are kept.
 * - A mention covers every token it overlaps (token [s, e) and mention [ms, me) overlap when
 *   s < me and ms < e), so a mention inside a token (`EU` in `EU-Kommission`) covers that
 *   whole token.
 * - Types: PER → PER; ORG → ORG; GPE, LOC and FAC → LOC (CoNLL tags countries, cities and
 *   named buildings alike as LOC); EQUIPMENT, AGREEMENT, EVENT and MISC → MISC. A demonym
 *   mention (rule `entities/demonym`, e.g. a nationality adjective, typed as the country) →
 *   MISC, which is how CoNLL-2002 tags such adjectives (GermEval's coarse layer leaves them O).
 * - When two mentions land on overlapping token spans, the earlier one is kept (the longer on
 *   a tie), as one tag sequence cannot hold both.
 */
import type { EntityType, Mention } from '../../src/pipeline/types.js';
import type { Span } from './conll.js';

/** A token's character offsets in the rebuilt text. */
export interface TokenOffsets {
  start: number;
  end: number;
}

/** The sentence text (tokens joined by single spaces) and each token's offsets in it. */
export function layoutTokens(tokens: readonly string[]): { text: string; offsets: TokenOffsets[] } {
  const offsets: TokenOffsets[] = [];
  let at = 0;
  for (const token of tokens) {
    offsets.push({ start: at, end: at + token.length });
    at += token.length + 1;
  }
  return { text: tokens.join(' '), offsets };
}

/**
 * A document's text: each sentence laid out as by {@link layoutTokens}, one sentence per line
 * (so no name runs across two sentences, as in the articles annotate() reads), and each sentence's
 * token offsets in the whole text.
 */
export function layoutDocument(sentences: readonly (readonly string[])[]): { text: string; offsets: TokenOffsets[][] } {
  const offsets: TokenOffsets[][] = [];
  const lines: string[] = [];
  let at = 0;
  for (const tokens of sentences) {
    const line = layoutTokens(tokens);
    offsets.push(line.offsets.map((o) => ({ start: o.start + at, end: o.end + at })));
    lines.push(line.text);
    at += line.text.length + 1;
  }
  return { text: lines.join('\n'), offsets };
}

const TYPE_MAP: Record<EntityType, string> = {
  PER: 'PER',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
  EQUIPMENT: 'MISC',
  AGREEMENT: 'MISC',
  EVENT: 'MISC',
  MISC: 'MISC',
};

/** The provenance rule of demonym mentions. */
export const DEMONYM_RULE = 'entities/demonym';

/** The CoNLL type of a mention (see the module comment). */
export function conllType(mention: Pick<Mention, 'type' | 'provenance'>): string {
  if (mention.provenance.rule === DEMONYM_RULE) return 'MISC';
  return TYPE_MAP[mention.type] ?? 'MISC';
}

/** The tokens a character range overlaps, as a span of type `type`; null when it overlaps none. */
export function tokenSpan(start: number, end: number, offsets: readonly TokenOffsets[], type: string): Span | null {
  let first = -1;
  let last = -1;
  offsets.forEach((token, i) => {
    if (token.start < end && start < token.end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : { start: first, end: last + 1, type };
}

/**
 * The token spans of `mentions`, typed for CoNLL and without overlaps (see the module comment).
 * @param mentions Dossier's mentions, offsets into the rebuilt text
 * @param offsets the tokens' offsets from {@link layoutTokens}
 */
export function mentionSpans(mentions: readonly Mention[], offsets: readonly TokenOffsets[]): Span[] {
  const spans = mentions
    .map((m) => tokenSpan(m.start, m.end, offsets, conllType(m)))
    .filter((s): s is Span => s !== null)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
