/**
 * Name-like words: capitalised words inside a sentence that the entity stage did not mark
 * ("Katzenbergtunnel", "Venlo", "Schaffhausen"). Proper names are spelled the same in every
 * language that writes them in Latin letters, and compounds and inflections of a name keep
 * its start, so a name keyed by its first characters ("Katzenberg" and "Katzenbergtunnel"
 * both give `katzenb`) is evidence that crosses languages the way entity ids do.
 */
import { foldText } from './text.js';

/**
 * A name key is the first this many folded letters of the word (shorter names whole). 7 is
 * the shortest prefix that keeps the compounds and inflections of a name together across our
 * four languages (`Katzenberg`/`Katzenbergtunnel`/`Katzenbergtunnels` → `katzenb`,
 * `Antwerp`/`Antwerpen` → `antwerp`, `Ardennes`/`Ardennen` → `ardenne`, which differ at the
 * 8th letter), while different names still differ (checked on the demo corpus: no two
 * different names of it share a 7-letter key).
 */
export const NAME_KEY_CHARS = 7;

/**
 * Words shorter than this are not names: two- and three-letter capitalised words are
 * mostly abbreviations of units and titles ("Mio", "Dr", "Nr") shared by unrelated reports.
 */
export const NAME_MIN_CHARS = 4;

/**
 * A title in which at least this share of the words (of {@link NAME_MIN_CHARS}+ letters,
 * after the first) start with a capital is written in title case: an English headline in
 * Title Case ("Rail Tunnel Near Basel Reopens") capitalises all of them, so its capitals say
 * nothing about names (the body still gives them). Measured on the demo corpus titles:
 * German (nouns capitalised) 0.25–0.80, French up to 0.67, Dutch up to 0.50, English
 * (sentence case) up to 0.43; those titles do name places and must keep their names.
 */
export const TITLE_CASE_SHARE = 0.9;

const WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*/gu;

/** True when the word at `at` in `text` starts a sentence (or the text): only spaces and opening quotes back to `.`, `!`, `?`, `:`, a line break or the start. */
export function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i] as string;
    if (ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === '•' || ch === '|') return true;
    if (/[\s"'“”„«»‹›‘’(\[–—-]/u.test(ch)) continue;
    return false;
  }
  return true;
}

/** The key of a name: its first {@link NAME_KEY_CHARS} folded letters. */
export function nameKey(word: string): string {
  return foldText(word).replace(/[^\p{L}]/gu, '').slice(0, NAME_KEY_CHARS);
}

/**
 * The name-like words of `text`, as keys with their offsets: capitalised words of at least
 * {@link NAME_MIN_CHARS} letters that do not start a sentence and whose folded form is not
 * in `stopwords` or `exclude`. Pass text with entity mentions masked (see maskMentions), so
 * that what the entity stage resolved is not counted twice.
 */
export function nameLikeWords(text: string, stopwords: ReadonlySet<string>, exclude: ReadonlySet<string> = new Set()): { key: string; at: number }[] {
  const found: { key: string; at: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const at = match.index ?? 0;
    if (word.length < NAME_MIN_CHARS || startsSentence(text, at)) continue;
    const folded = foldText(word);
    if (stopwords.has(folded) || exclude.has(folded)) continue;
    // An all-capital word is an acronym or a shouted word; both are names only when short.
    if (word === word.toUpperCase() && word.length > 6) continue;
    found.push({ key: nameKey(word), at });
  }
  return found;
}

/** True when `title` is written in title case (see {@link TITLE_CASE_SHARE}). */
export function isTitleCase(title: string): boolean {
  const words = title.split(/[^\p{L}\p{M}]+/u).filter((word) => word.length >= NAME_MIN_CHARS).slice(1);
  if (words.length === 0) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= TITLE_CASE_SHARE;
}
