/**
 * Spanish rules of entity recognition. Adjectives of nationality are written in lowercase and
 * agree in gender and number (`japonés`, `japonesa`, `japoneses`, `japonesas`).
 */
import { asciiFold } from '../../fold.js';
import { wordSet, type EntityLocale } from '../types.js';
import * as words from './words.js';

/** All forms of a Spanish adjective of nationality given its masculine singular. */
function agree(base: string): string[] {
  if (base.endsWith('o')) {
    const stem = base.slice(0, -1);
    return [base, `${stem}a`, `${stem}os`, `${stem}as`];
  }
  if (/[ea]$/.test(base)) return [base, `${base}s`];
  if (/[íú]$/.test(base)) return [base, `${base}es`, `${base}s`];
  if (/[áéíóú]\p{Ll}$/u.test(base)) {
    // `japonés` → `japonesa`: the accent goes once a syllable is added.
    const plain = base.slice(0, -2) + asciiFold(base.slice(-2));
    return [base, `${plain}a`, `${plain}es`, `${plain}as`];
  }
  return [base, `${base}a`, `${base}es`, `${base}as`];
}

/** The Spanish locale. */
export const es: EntityLocale = {
  code: 'es',
  stopwords: wordSet(words.STOPWORDS),
  calendarWords: wordSet(words.CALENDAR),
  roles: wordSet(words.ROLES),
  roleSuffixes: [],
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
    return /^\p{Lu}/u.test(base) ? [base] : agree(base);
  },
  nameVariants(): string[] {
    return [];
  },
};
