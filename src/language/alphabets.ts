/**
 * Alphabets of the Cyrillic-script languages the detector knows, as data. `eld` tells these
 * languages apart by small score margins, and it does not know Macedonian, Kazakh or Mongolian at
 * all (on the lingua sentences it labelled 98 % of them ru, bg or sr). Two rules use the alphabets:
 * a text is never given a language whose alphabet lacks one of its letters (more than a stray
 * borrowed word's worth), and within the family a lower confidence floor applies, since the veto
 * now guards against the confusions the general floor was guarding against.
 */

/** Lower-case letters of each alphabet (standard orthographies). */
export const CYRILLIC_ALPHABETS: Readonly<Record<string, string>> = {
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  be: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюя',
  sr: 'абвгдђежзијклљмнњопрстћуфхцчџш',
};

/**
 * Confidence floor for a language of {@link CYRILLIC_ALPHABETS}. Measured with the lingua sentences
 * (≥ 40 characters) of ru, uk, be, bg, sr, mk, kk, mn, together with the veto: at 0.87 ru is 99.2 %
 * right (0.4 % wrong), bg 99.4 % (0.6 %), sr 99.9 % (0.1 %), uk 98.6 % (0.1 %), and kk/mn are
 * mislabelled 0.2 % / 4 % of the time instead of 98 %; at the general floor of 0.9 ru stayed at 97.9 %.
 * Below 0.87 the right answers stop rising (0.85 and 0.8 gave the same sentence-level figures) while
 * 5-word prefixes get more wrong labels.
 */
export const CYRILLIC_CONFIDENCE_FLOOR = 0.87;

/**
 * Share of a text's Cyrillic letters that may lie outside the alphabet before the language is
 * vetoed: a Ukrainian sentence quoting one Russian word ("ы") keeps its label; a Macedonian one
 * with several "ј", "ќ", "ѓ" does not. 2 % ≈ one letter in a 50-letter sentence.
 */
export const FOREIGN_LETTER_SHARE = 0.02;

/**
 * True when `text` holds Cyrillic letters that `code`'s alphabet lacks, above the tolerated share;
 * false for languages without a listed alphabet.
 */
export function alphabetVeto(code: string, text: string): boolean {
  const alphabet = CYRILLIC_ALPHABETS[code];
  if (!alphabet) return false;
  let cyrillic = 0;
  let foreign = 0;
  for (const match of text.toLowerCase().matchAll(/\p{Script=Cyrillic}/gu)) {
    if (!/\p{L}/u.test(match[0])) continue;
    cyrillic += 1;
    if (!alphabet.includes(match[0])) foreign += 1;
  }
  return foreign > 0 && foreign > cyrillic * FOREIGN_LETTER_SHARE;
}

/** The confidence floor for `code`: the Cyrillic one for the listed alphabets, else `general`. */
export function floorFor(code: string, general: number): number {
  return code in CYRILLIC_ALPHABETS ? CYRILLIC_CONFIDENCE_FLOOR : general;
}
