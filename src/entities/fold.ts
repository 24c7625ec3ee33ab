/**
 * ASCII folding and slugs: the basis of language-independent person ids
 * (`Radosław Sikorski` → `per:radoslaw-sikorski`).
 */

/** Letters that Unicode decomposition (NFD) does not reduce to an ASCII base letter. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'SS', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L',
};
const SPECIAL_PATTERN = /[ßẞłŁøØæÆœŒđĐðÐþÞıħĦŀĿ]/g;

/** The text with diacritics removed and special Latin letters spelled in ASCII (`Gdańsk` → `Gdansk`). */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** A lowercase ASCII slug: words joined by `-`, apostrophes dropped (`O'Brien Smith` → `obrien-smith`). */
export function slugify(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
