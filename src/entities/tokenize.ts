/**
 * The tokenizer the matcher and the person finder share. Words are maximal runs of letters,
 * marks and digits; every other non-space character is a token of its own, so `US-Außenminister`
 * is `US`, `-`, `Außenminister` and `F-35` is `F`, `-`, `35`. A word glued to an all-caps run
 * (`geledenKOPENHAGEN`, a stamp glued to a dateline) is split before the capitals.
 */

/** How a token is separated from the one before it. */
export const GAP_NONE = 0;
/** Separated by spaces or tabs only. */
export const GAP_SPACE = 1;
/** Separated by whitespace containing a line break (or the token is the first one). */
export const GAP_BREAK = 2;

/** A token with its offsets (JavaScript string indices) into the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** NFC form with typographic apostrophes made plain: what lexicon forms are compared with. */
  key: string;
  /** Lowercased {@link key}: the index key of the matcher. */
  lower: string;
  /** True for letter/digit runs, false for punctuation. */
  word: boolean;
  /** {@link GAP_NONE}, {@link GAP_SPACE} or {@link GAP_BREAK}. */
  gap: number;
}

const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+|\S/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
/** A lowercase letter directly followed by two capitals: the seam of a glued dateline. */
const GLUE_SEAM = /(?<=\p{Ll})(?=\p{Lu}{2})/u;
const NON_ASCII = /[^\x00-\x7f]/;

function keyOf(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFC').replace(/’/g, "'") : text;
}

function gapBetween(text: string, from: number, to: number): number {
  if (from === to) return GAP_NONE;
  return text.slice(from, to).includes('\n') ? GAP_BREAK : GAP_SPACE;
}

/** Splits `text` into tokens, in order. Linear in the length of the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const raw = match[0];
    const word = WORD_START.test(raw);
    const pieces = word && raw.length > 2 && GLUE_SEAM.test(raw) ? raw.split(GLUE_SEAM) : [raw];
    let offset = start;
    for (const piece of pieces) {
      const key = keyOf(piece);
      const gap = previousEnd < 0 ? GAP_BREAK : gapBetween(text, previousEnd, offset);
      tokens.push({ text: piece, start: offset, end: offset + piece.length, key, lower: key.toLowerCase(), word, gap });
      offset += piece.length;
      previousEnd = offset;
    }
  }
  return tokens;
}

/** Tokenizes a lexicon form (a name as written in data) into keys and the gaps between them. */
export function tokenizeForm(form: string): { keys: string[]; gaps: number[] } {
  const tokens = tokenize(form);
  return { keys: tokens.map((t) => t.key), gaps: tokens.map((t, i) => (i === 0 ? GAP_NONE : Math.min(t.gap, GAP_SPACE))) };
}
