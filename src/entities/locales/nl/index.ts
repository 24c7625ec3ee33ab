/**
 * Dutch rules of entity recognition. Dutch writes common nouns in lowercase, so a run of
 * capitalised words after a role is a name; adjectives take `-e` (`Japans` → `Japanse`).
 */
import { localeFromWords } from '../build.js';
import type { EntityLocale } from '../types.js';
import * as words from './words.js';

/** A doubled vowel before one final consonant is written single once `-e` follows (`Chinees` → `Chinese`). */
const OPEN_SYLLABLE = /(aa|ee|oo|uu)([^aeiouy])$/;

/** The Dutch locale. */
export const nl: EntityLocale = localeFromWords('nl', words, {
  inflectDemonym(base: string): string[] {
    if (base.endsWith('e')) return [base];
    const inflected = OPEN_SYLLABLE.test(base) ? base.replace(OPEN_SYLLABLE, (_, vowel: string, consonant: string) => `${vowel[0]}${consonant}e`) : `${base}e`;
    return [base, inflected];
  },
});
