/**
 * Text normalisation for story features: folding, word tokens, number tokens and the
 * character 4-grams that let cognates across languages meet ("Japan", "Japanse",
 * "japanischen" share `_jap`, `japa`, `apan`).
 */

/** Letters that Unicode decomposition does not split into base letter plus mark. */
const EXTRA_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Length of the character n-grams used for cognates. */
export const GRAM_SIZE = 4;

/**
 * Only the first this many characters of a word give n-grams. In en/de/nl/fr inflection and
 * compounding happen at the end of a word, so the stem lives at its start; grams from the
 * tail ("-ischen", "-ung") would join unrelated words. 8 characters cover the stem of most
 * cognates (`alliantie`/`allianz`, `militair`/`militär`) with the start marker included.
 */
export const GRAM_PREFIX_CHARS = 8;

/**
 * Numbers from 1 to this value are ignored: they are mostly days of the month and small
 * counts ("2 Min.", "10 april"), shared by unrelated reports. Years and larger counts stay.
 */
export const MAX_IGNORED_NUMBER = 31;

/** Lowercases and strips diacritics: `Außenminister` → `aussenminister`, `Oekraïne` → `oekraine`. */
export function foldText(text: string): string {
  const decomposed = text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '');
  return decomposed.replace(/[ßæœøłđðþı]/g, (letter) => EXTRA_FOLDS[letter] ?? letter);
}

/** Folded words (letters only, digits dropped) in text order. */
export function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * Content words: folded words of at least 3 letters that are not in `stopwords`.
 * @param stopwords folded stopwords of the text's language (see locales/)
 */
export function contentWords(text: string, stopwords: ReadonlySet<string>): string[] {
  return words(text).filter((word) => word.length >= 3 && !stopwords.has(word));
}

/**
 * Number tokens: digit groups with thousands separators removed (`1.000` → `1000`),
 * leading zeros dropped, values up to {@link MAX_IGNORED_NUMBER} skipped.
 */
export function numberTokens(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?!\d)|\d+/g)) {
    const digits = match[0].replace(/\D/g, '').replace(/^0+(?=\d)/, '');
    if (digits.length > 12) continue;
    if (Number(digits) <= MAX_IGNORED_NUMBER) continue;
    found.push(digits);
  }
  return found;
}

/**
 * Character n-grams of the start of a folded word, with `_` marking the word start:
 * `japan` → `_jap`, `japa`, `apan`. Words shorter than {@link GRAM_SIZE} give none.
 */
export function wordGrams(word: string): string[] {
  if (word.length < GRAM_SIZE) return [];
  const marked = `_${word.slice(0, GRAM_PREFIX_CHARS)}`;
  const grams: string[] = [];
  for (let start = 0; start + GRAM_SIZE <= marked.length; start++) grams.push(marked.slice(start, start + GRAM_SIZE));
  return grams;
}

/** The first sentence of a text (up to `maxChars`), used when an item has no title. */
export function firstSentence(text: string, maxChars: number): string {
  const trimmed = text.trim();
  const end = trimmed.search(/[.!?](\s|$)/);
  const sentence = end >= 0 ? trimmed.slice(0, end + 1) : trimmed;
  return sentence.length <= maxChars ? sentence : cutAtWord(sentence, maxChars);
}

/** The start of `text` cut at the last word boundary before `maxChars`. */
export function cutAtWord(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.search(/\s\S*$/);
  return space > maxChars / 2 ? cut.slice(0, space) : cut;
}
