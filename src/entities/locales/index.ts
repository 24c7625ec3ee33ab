/**
 * The registry of entity locales. Languages without a locale of their own (and `und`) get
 * the merged locale: every list of every language, and German caution about capitals.
 */
import { de } from './de/index.js';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { fr } from './fr/index.js';
import { nl } from './nl/index.js';
import type { EntityLocale } from './types.js';

export type { EntityLocale } from './types.js';

/** The languages with rules of their own, by ISO 639-1 code. */
export const ENTITY_LOCALES: Readonly<Record<string, EntityLocale>> = Object.freeze({ en, de, nl, fr, es });

/** The language codes with rules of their own. */
export const LOCALE_CODES: readonly string[] = Object.freeze(Object.keys(ENTITY_LOCALES));

function union<T>(pick: (locale: EntityLocale) => Iterable<T>): Set<T> {
  const all = new Set<T>();
  for (const locale of Object.values(ENTITY_LOCALES)) for (const value of pick(locale)) all.add(value);
  return all;
}

let merged: EntityLocale | undefined;

/** The fallback for unknown languages: the union of every locale's lists. */
function mergedLocale(): EntityLocale {
  if (merged) return merged;
  const locales = Object.values(ENTITY_LOCALES);
  merged = {
    code: 'und',
    stopwords: union((l) => l.stopwords),
    calendarWords: union((l) => l.calendarWords),
    roles: union((l) => l.roles),
    roleSuffixes: [...union((l) => l.roleSuffixes)],
    rolePhrases: [...union((l) => l.rolePhrases)],
    speechVerbs: union((l) => l.speechVerbs),
    conjunctions: union((l) => l.conjunctions),
    particles: union((l) => l.particles),
    cityStoplist: union((l) => l.cityStoplist),
    countryStoplist: union((l) => l.countryStoplist),
    orgWords: union((l) => l.orgWords),
    portfolio: { heads: union((l) => l.portfolio.heads), links: union((l) => l.portfolio.links) },
    // Unknown language: no ending is known to make adjectives of names.
    attributiveEndings: [],
    determiners: new Set(),
    genitiveSuffix: null,
    capitalisesNouns: true,
    looksLikeCommonNoun: (word) => locales.some((l) => l.looksLikeCommonNoun(word)),
    inflectDemonym: (base) => [base],
    nameVariants: (name) => [...new Set(locales.flatMap((l) => l.nameVariants(name)))],
  };
  return merged;
}

/** The locale for an ISO 639-1 code; the merged fallback for `und` and languages without rules. */
export function entityLocale(code: string): EntityLocale {
  return ENTITY_LOCALES[code] ?? mergedLocale();
}
