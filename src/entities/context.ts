/**
 * What the recognisers of one text share: its tokens, its language rules, which tokens lie in
 * all-caps lines, and which tokens the gazetteer has already claimed.
 */
import type { EntityLocale } from './locales/index.js';
import type { GazetteerHit } from './matcher.js';
import { isAllCaps } from './matcher.js';
import { GAP_BREAK, type Token } from './tokenize.js';

/**
 * A line is "shouted" when at least this share of its words (of two letters or more) are in
 * capitals: a banner, a button, a headline in caps. 0.8 leaves datelines such as
 * `WASHINGTON/TOKIO (ANP) - De Verenigde Staten …` (mostly lowercase) alone.
 */
export const SHOUTED_LINE_RATIO = 0.8;
/** Fewest words for a line to count as shouted; shorter all-caps lines are datelines and acronyms. */
export const SHOUTED_LINE_MIN_WORDS = 3;

/** The shared state of one annotation. */
export interface TextContext {
  text: string;
  tokens: Token[];
  locale: EntityLocale;
  /** True for tokens of shouted lines (no names are read there). */
  shouting: boolean[];
  /** For each token, the gazetteer hit covering it, if any. */
  covered: (GazetteerHit | undefined)[];
}

/** Marks the tokens of all-caps lines. */
export function shoutedTokens(tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let lineStart = 0;
  const close = (end: number): void => {
    let words = 0;
    let caps = 0;
    for (let i = lineStart; i < end; i++) {
      const t = tokens[i]!;
      if (!t.word || t.text.length < 2 || !/\p{L}/u.test(t.text)) continue;
      words++;
      if (isAllCaps(t.text)) caps++;
    }
    if (words >= SHOUTED_LINE_MIN_WORDS && caps >= SHOUTED_LINE_RATIO * words) flags.fill(true, lineStart, end);
  };
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.gap === GAP_BREAK) {
      close(i);
      lineStart = i;
    }
  }
  return flags;
}

/** Which hit covers each token. */
export function coverage(tokenCount: number, hits: readonly GazetteerHit[]): (GazetteerHit | undefined)[] {
  const covered = new Array<GazetteerHit | undefined>(tokenCount).fill(undefined);
  for (const hit of hits) covered.fill(hit, hit.start, hit.end);
  return covered;
}
