/**
 * Word and punctuation tokens of one sentence, with offsets into the item's full text.
 */

/** One token: a word (letters/digits, with inner apostrophes) or a punctuation mark. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower case, typographic apostrophe made straight, elided prefix removed (`l'accord` → `accord`). */
  norm: string;
  /** The elided prefix split off (`n'`, `l'`), or null. */
  elision: string | null;
  /** Offsets into the text the sentence was taken from. */
  start: number;
  end: number;
  /** True for words and numbers, false for punctuation. */
  word: boolean;
}

/**
 * Numbers with inner separators (`2,5`, `1.000`), words (hyphens split compounds: `US-Außenminister`
 * gives `US` and `Außenminister`), punctuation that can end a clause, and dashes between spaces.
 */
const TOKEN_PATTERN = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|[,;:()[\]"“”„«»‚‘‹›!?.…]|(?<=\s)[-–—](?=\s)/gu;

/**
 * Splits `text` into tokens.
 * @param text the sentence text
 * @param offset where `text` starts in the item's full text (added to every token offset)
 * @param elisions elided prefixes of the language, lower case with a straight apostrophe (`l'`)
 */
export function tokenize(text: string, offset: number, elisions: readonly string[]): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = offset + (match.index ?? 0);
    const word = /[\p{L}\p{N}]/u.test(raw);
    let norm = raw.toLowerCase().replace(/’/g, "'");
    let elision: string | null = null;
    if (word) {
      for (const prefix of elisions) {
        if (norm.length > prefix.length && norm.startsWith(prefix)) {
          elision = prefix;
          norm = norm.slice(prefix.length);
          break;
        }
      }
    }
    tokens.push({ text: raw, norm, elision, start, end: start + raw.length, word });
  }
  return tokens;
}
