/**
 * Dutch rules of entity recognition. Dutch writes common nouns in lowercase, so a run of
 * capitalised words after a role is a name; adjectives take `-e` (`Japans` → `Japanse`).
 */
import { wordSet, type EntityLocale } from '../types.js';
import * as words from './words.js';

/** A doubled vowel before one final consonant is written single once `-e` follows (`Chinees` → `Chinese`). */
const OPEN_SYLLABLE = /(aa|ee|oo|uu)([^aeiouy])$/;

/** The Dutch locale. */
export const nl: EntityLocale = {
  code: 'nl',
  stopwords: wordSet(words.STOPWORDS),
  calendarWords: wordSet(words.CALENDAR),
  roles: wordSet(words.ROLES),
  roleSuffixes: words.ROLE_SUFFIXES,
  rolePhrases: words.ROLE_PHRASES,
  speechVerbs: wordSet(words.SPEECH_VERBS),
  conjunctions: wordSet(words.CONJUNCTIONS),
  particles: wordSet(words.PARTICLES),
  cityStoplist: new Set(words.CITY_STOPLIST),
  countryStoplist: new Set(words.COUNTRY_STOPLIST),
  genitiveSuffix: null,
  capitalisesNouns: false,
  looksLikeCommonNoun(): boolean {
    return false;
  },
  inflectDemonym(base: string): string[] {
    if (base.endsWith('e')) return [base];
    const inflected = OPEN_SYLLABLE.test(base) ? base.replace(OPEN_SYLLABLE, (_, vowel: string, consonant: string) => `${vowel[0]}${consonant}e`) : `${base}e`;
    return [base, inflected];
  },
  nameVariants(): string[] {
    return [];
  },
};
