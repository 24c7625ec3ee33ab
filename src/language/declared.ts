/**
 * Reading the language a page or JSONL line declares (`<html lang>`, `og:locale`, a `lang` field).
 */

/** ISO 639-2 codes seen in `lang` attributes, mapped to ISO 639-1. */
const THREE_LETTER: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', ger: 'de', nld: 'nl', dut: 'nl', fra: 'fr', fre: 'fr', spa: 'es', ita: 'it',
  pol: 'pl', rus: 'ru', por: 'pt', ukr: 'uk', swe: 'sv', dan: 'da', nor: 'no', nob: 'nb', nno: 'nn',
  fin: 'fi', ces: 'cs', cze: 'cs', tur: 'tr', jpn: 'ja', zho: 'zh', chi: 'zh', ara: 'ar',
};

/** Tags that say nothing about the language. */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis', 'x', 'i']);

/**
 * Languages the detector and pages name differently though they are one written language for our
 * purposes: Norwegian (`no`, Bokmål `nb`, Nynorsk `nn`), the Serbo-Croatian standards, Malay/Indonesian.
 */
const SAME_LANGUAGE: readonly (readonly string[])[] = [
  ['no', 'nb', 'nn'],
  ['hr', 'sr', 'bs', 'sh'],
  ['ms', 'id'],
];

/**
 * The ISO 639-1 code of a declared language tag (`de-DE`, `en_US`, `NL`, `deu`), or null when the tag
 * names no language (`und`, `x-default`, empty, malformed).
 * @param tag a BCP 47-like tag as found on a page
 */
export function normaliseDeclared(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (NO_LANGUAGE.has(primary)) return null;
  if (/^[a-z]{2}$/.test(primary)) return primary;
  if (/^[a-z]{3}$/.test(primary)) return THREE_LETTER[primary] ?? null;
  return null;
}

/**
 * True when two ISO 639-1 codes name the same written language (equal, or in one group of
 * {@link SAME_LANGUAGE}).
 */
export function sameLanguage(a: string, b: string): boolean {
  if (a === b) return true;
  return SAME_LANGUAGE.some((group) => group.includes(a) && group.includes(b));
}
