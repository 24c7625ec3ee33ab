/**
 * Building an {@link EntityLocale} from a language's word lists: every locale wires its lists in
 * the same way, so each `locales/<lang>/index.ts` holds only what is its own (its inflections,
 * its noun endings) and `locales/<lang>/words.ts` the data.
 */
import { wordSet, type EntityLocale } from './types.js';

/** The word lists a locale's `words.ts` exports, as {@link localeFromWords} reads them. */
export interface LocaleWords {
  readonly STOPWORDS: readonly string[];
  readonly CALENDAR: readonly string[];
  readonly ROLES: readonly string[];
  /** Endings that make a compound a role; absent in languages that write roles apart (English). */
  readonly ROLE_SUFFIXES?: readonly string[];
  /** Multi-word roles as written; absent in languages that compound them into one word (German). */
  readonly ROLE_PHRASES?: readonly string[];
  readonly SPEECH_VERBS: readonly string[];
  readonly CONJUNCTIONS: readonly string[];
  readonly PARTICLES: readonly string[];
  readonly CITY_STOPLIST: readonly string[];
  readonly COUNTRY_STOPLIST: readonly string[];
  /** Words that head or close an organisation's name (see {@link EntityLocale.orgWords}). */
  readonly ORG_WORDS?: readonly string[];
  /** Words before a ministry's portfolio (see {@link EntityLocale.portfolio}). */
  readonly PORTFOLIO_HEADS?: readonly string[];
  /** Linking words between such a word and the portfolio. */
  readonly PORTFOLIO_LINKS?: readonly string[];
  /** Endings of capitalised adjectives made from names (see {@link EntityLocale.attributiveEndings}). */
  readonly ATTRIBUTIVE_ENDINGS?: readonly string[];
  /** Articles and article-bearing prepositions (see {@link EntityLocale.determiners}). */
  readonly DETERMINERS?: readonly string[];
}

/**
 * The rules of a locale that are code rather than lists. Every language inflects demonyms its
 * own way; the rest default to what most languages need: no genitive suffix, lowercase common
 * nouns, no word taken for a common noun, no name variants.
 */
export type LocaleRules = Pick<EntityLocale, 'inflectDemonym'> &
  Partial<Pick<EntityLocale, 'genitiveSuffix' | 'capitalisesNouns' | 'looksLikeCommonNoun' | 'nameVariants'>>;

/**
 * The locale `code` made of `words` and `rules`. Word lists are lowercased into sets; the city and
 * country stoplists keep their case, as they are matched against gazetteer names as written.
 */
export function localeFromWords(code: string, words: LocaleWords, rules: LocaleRules): EntityLocale {
  return {
    code,
    stopwords: wordSet(words.STOPWORDS),
    calendarWords: wordSet(words.CALENDAR),
    roles: wordSet(words.ROLES),
    roleSuffixes: words.ROLE_SUFFIXES ?? [],
    rolePhrases: words.ROLE_PHRASES ?? [],
    speechVerbs: wordSet(words.SPEECH_VERBS),
    conjunctions: wordSet(words.CONJUNCTIONS),
    particles: wordSet(words.PARTICLES),
    cityStoplist: new Set(words.CITY_STOPLIST),
    countryStoplist: new Set(words.COUNTRY_STOPLIST),
    orgWords: wordSet(words.ORG_WORDS ?? []),
    portfolio: { heads: wordSet(words.PORTFOLIO_HEADS ?? []), links: wordSet(words.PORTFOLIO_LINKS ?? []) },
    attributiveEndings: words.ATTRIBUTIVE_ENDINGS ?? [],
    determiners: wordSet(words.DETERMINERS ?? []),
    genitiveSuffix: rules.genitiveSuffix ?? null,
    capitalisesNouns: rules.capitalisesNouns ?? false,
    looksLikeCommonNoun: rules.looksLikeCommonNoun ?? (() => false),
    inflectDemonym: rules.inflectDemonym,
    nameVariants: rules.nameVariants ?? (() => []),
  };
}

/**
 * True when the lowercased `word` ends in one of `suffixes` with at least `minStem` letters before
 * the ending (with 4, `agreement` ends in `-ment` but `clement` does not).
 */
export function hasNounEnding(word: string, suffixes: readonly string[], minStem: number): boolean {
  return suffixes.some((suffix) => word.length >= suffix.length + minStem && word.endsWith(suffix));
}
