/**
 * Countries: names per language from the npm package i18n-iso-countries (ISO 3166-1), plus our
 * short forms and declined forms (data/country-variants.json) and demonyms (data/demonyms.json).
 * Ids are `gpe:<alpha-2>`.
 */
import { createRequire } from 'node:module';
import type { Entity } from '../../pipeline/types.js';
import { readDataJson, readNamesMap, type NamesByLanguage } from '../data-files.js';
import { entityLocale } from '../locales/index.js';
import { lexEntry, type LexEntry } from '../lexicon.js';

/** The languages whose country names are registered with i18n-iso-countries. */
export const COUNTRY_LANGUAGES: readonly string[] = Object.freeze(['en', 'de', 'nl', 'fr', 'es', 'it']);

type CountriesLibrary = typeof import('i18n-iso-countries');

interface CountryData {
  /** i18n-iso-countries names per language, per alpha-2 code. */
  library: Map<string, Map<string, string[]>>;
  variants: Record<string, NamesByLanguage>;
  display: Record<string, string>;
  ambiguous: NamesByLanguage;
  adjectives: Record<string, NamesByLanguage>;
  people: Record<string, NamesByLanguage>;
}

let cached: CountryData | undefined;

/** Official long names with commas or brackets (`Korea, Republic of`) are never written in running text. */
function usable(name: string): boolean {
  return !/[(),]/.test(name);
}

function load(): CountryData {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // The package's browser entry registers no locale; we register only the languages we use.
  const library = require('i18n-iso-countries/index') as CountriesLibrary;
  const names = new Map<string, Map<string, string[]>>();
  for (const lang of COUNTRY_LANGUAGES) {
    library.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as Parameters<CountriesLibrary['registerLocale']>[0]);
    const byCode = new Map<string, string[]>();
    for (const [code, value] of Object.entries(library.getNames(lang, { select: 'all' }))) byCode.set(code, value.filter(usable));
    names.set(lang, byCode);
  }
  const extra = readDataJson('country-variants.json') as { display?: Record<string, string>; ambiguous?: NamesByLanguage };
  cached = {
    library: names,
    variants: readNamesMap('country-variants.json', 'variants'),
    display: extra.display ?? {},
    ambiguous: extra.ambiguous ?? {},
    adjectives: readNamesMap('demonyms.json', 'adjectives'),
    people: readNamesMap('demonyms.json', 'people'),
  };
  return cached;
}

/** Every name of a country in one language: the package's, then ours, without ambiguous ones. */
function countryNames(data: CountryData, code: string, lang: string): string[] {
  const ambiguous = new Set(data.ambiguous[lang] ?? []);
  const variants = data.variants[code] ?? {};
  const all = [...(data.library.get(lang)?.get(code) ?? []), ...(variants[lang] ?? []), ...(variants['*'] ?? [])];
  return [...new Set(all)].filter((name) => !ambiguous.has(name));
}

/** The English display name: our override, else the package's short name, else its first name. */
function displayName(data: CountryData, code: string): string {
  const override = data.display[code];
  if (override) return override;
  const english = data.library.get('en')?.get(code) ?? [];
  const short = english[1];
  return short && short.length >= 4 && !short.includes('.') ? short : (english[0] ?? code);
}

/** The country entities, one per ISO 3166-1 alpha-2 code. */
export function countryEntities(): Entity[] {
  const data = load();
  const codes = [...(data.library.get('en')?.keys() ?? [])];
  return codes.map((code) => {
    const names: Record<string, string[]> = {};
    for (const lang of COUNTRY_LANGUAGES) {
      const list = countryNames(data, code, lang);
      if (list.length > 0) names[lang] = list;
    }
    return { id: `gpe:${code}`, type: 'GPE', name: displayName(data, code), names };
  });
}

/** Lexicon entries for country names and demonyms in `lang` (all languages for `und` and the rest). */
export function countryLexicon(lang: string): LexEntry[] {
  const data = load();
  const languages = COUNTRY_LANGUAGES.includes(lang) ? [lang] : COUNTRY_LANGUAGES;
  const entries: LexEntry[] = [];
  for (const language of languages) {
    const locale = entityLocale(language);
    for (const code of data.library.get(language)?.keys() ?? []) {
      const id = `gpe:${code}`;
      for (const name of countryNames(data, code, language)) {
        if (locale.countryStoplist.has(name)) continue;
        for (const form of [name, ...locale.nameVariants(name)]) {
          const entry = lexEntry(form, id, 'GPE', 'country');
          if (entry) entries.push(entry);
        }
      }
    }
    for (const [code, byLang] of Object.entries(data.adjectives)) {
      for (const base of byLang[language] ?? []) {
        for (const form of locale.inflectDemonym(base)) {
          const entry = lexEntry(form, `gpe:${code}`, 'GPE', 'demonym');
          if (entry) entries.push(entry);
        }
      }
    }
    for (const [code, byLang] of Object.entries(data.people)) {
      for (const form of byLang[language] ?? []) {
        const entry = lexEntry(form, `gpe:${code}`, 'GPE', 'demonym');
        if (entry) entries.push({ ...entry, inhabitant: true });
      }
    }
  }
  return entries;
}
