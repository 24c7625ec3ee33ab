/**
 * English rules of entity recognition. Headlines capitalise most words, so names need a cue
 * (a role, a known given name) there as well; demonyms take a plural `-s` (`Americans`).
 */
import { hasNounEnding, localeFromWords } from '../build.js';
import { wordSet, type EntityLocale } from '../types.js';
import * as words from './words.js';

const INSTITUTION_WORDS = wordSet(words.INSTITUTION_WORDS);
const NO_PLURAL = /(?:ese|sh|ch|ss|s|x|z)$/;
/** Letters a word must have beyond a noun ending before the ending counts (`Clement` is not `-ment`). */
const MIN_STEM = 4;
const NOUN_SUFFIXES = ['ment', 'tion', 'sion', 'ity', 'ness', 'ship'];

/** The English locale. */
export const en: EntityLocale = localeFromWords('en', words, {
  looksLikeCommonNoun(word: string): boolean {
    const lower = word.toLowerCase();
    if (INSTITUTION_WORDS.has(lower)) return true;
    return hasNounEnding(lower, NOUN_SUFFIXES, MIN_STEM);
  },
  inflectDemonym(base: string): string[] {
    return NO_PLURAL.test(base) ? [base] : [base, `${base}s`];
  },
});
