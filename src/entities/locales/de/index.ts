/**
 * German rules of entity recognition: German capitalises every noun, so a capital proves
 * nothing; names need a cue (a role, a known given name) and must not look like a noun.
 */
import { hasNounEnding, localeFromWords } from '../build.js';
import type { EntityLocale } from '../types.js';
import * as words from './words.js';

const NOUN_SUFFIXES = words.NOUN_SUFFIXES;
const COMPOUND_HEADS = new Set(words.COMPOUND_HEADS);
/** Letters a word must have beyond a noun ending before the ending counts (`Dennis` is not `-nis`). */
const MIN_STEM = 4;
const ADJECTIVE_ENDING = /(?:e|es|er)$/;

/** Declined forms of a place-name adjective: `Vereinigte`/`Vereinigtes`/`Internationaler` → `…en`. */
function weakForm(word: string): string {
  return word.replace(/(?:es|er|e)$/, 'en');
}

/** The German locale. */
export const de: EntityLocale = localeFromWords('de', words, {
  genitiveSuffix: 's',
  capitalisesNouns: true,
  looksLikeCommonNoun(word: string): boolean {
    const lower = word.toLowerCase();
    if (COMPOUND_HEADS.has(lower)) return true;
    return hasNounEnding(lower, NOUN_SUFFIXES, MIN_STEM);
  },
  inflectDemonym(base: string): string[] {
    if (/^\p{Lu}/u.test(base) && !base.includes('-')) return [base];
    return [base, `${base}e`, `${base}en`, `${base}er`, `${base}es`, `${base}em`];
  },
  nameVariants(name: string): string[] {
    const parts = name.split(' ');
    if (parts.length < 2) return [];
    const declined = parts.map((part, i) => (i < parts.length - 1 && /^\p{Lu}/u.test(part) && ADJECTIVE_ENDING.test(part) ? weakForm(part) : part));
    const variant = declined.join(' ');
    if (variant === name) return [];
    const last = declined[declined.length - 1] ?? '';
    return last.endsWith('e') ? [variant, `${variant}n`] : [variant];
  },
});
