/**
 * Rivers: our multilingual list in data/rivers.json (type LOC, ids `loc:river:<name>`), each
 * with one representative point, so `Maas`, `Meuse` and `Mosa` are one place on the map.
 */
import type { Entity } from '../../pipeline/types.js';
import { readDataJson, type NamesByLanguage } from '../data-files.js';
import { entityLocale, LOCALE_CODES } from '../locales/index.js';
import { lexEntry, type LexEntry } from '../lexicon.js';

interface River {
  id: string;
  name: string;
  names: NamesByLanguage;
  geo: { lat: number; lon: number };
}

const FILE = 'rivers.json';
const ID_PREFIX = 'loc:river:';

let cached: River[] | undefined;

function fail(problem: string): never {
  throw new Error(`data/${FILE}: ${problem}; restore the file from the Dossier package (or fix it and rerun the tests).`);
}

/** One entry, checked: id with the river prefix, a display name, names per language, and a point. */
function river(raw: unknown, index: number): River {
  const entry = raw as Partial<River>;
  const where = `river ${index} (${String(entry.id)})`;
  if (typeof entry.id !== 'string' || !entry.id.startsWith(ID_PREFIX)) fail(`${where} needs an id starting with ${ID_PREFIX}`);
  if (typeof entry.name !== 'string' || entry.name.trim() === '') fail(`${where} has no display name`);
  const names = entry.names as unknown;
  const namesOk = typeof names === 'object' && names !== null && Object.values(names).every((list) => Array.isArray(list) && list.every((n) => typeof n === 'string' && n.trim() !== ''));
  if (!namesOk) fail(`${where} needs "names": { lang: [name, …] }`);
  const geo = entry.geo;
  if (!geo || !(Math.abs(geo.lat) <= 90) || !(Math.abs(geo.lon) <= 180)) fail(`${where} needs "geo": { lat, lon } in degrees`);
  return { id: entry.id, name: entry.name, names: entry.names as NamesByLanguage, geo: { lat: geo.lat, lon: geo.lon } };
}

function load(): River[] {
  if (cached) return cached;
  const data = readDataJson(FILE) as { rivers?: unknown };
  if (!Array.isArray(data.rivers)) fail('has no "rivers" array');
  const rivers = data.rivers.map(river);
  const seen = new Set<string>();
  for (const r of rivers) {
    if (seen.has(r.id)) fail(`the id "${r.id}" is listed twice; merge the two entries`);
    seen.add(r.id);
  }
  cached = rivers;
  return cached;
}

/** The river entities, names per language (`*` names under every language), with their point. */
export function riverEntities(): Entity[] {
  return load().map((r) => {
    const names: Record<string, string[]> = {};
    for (const [lang, list] of Object.entries(r.names)) {
      for (const target of lang === '*' ? LOCALE_CODES : [lang]) names[target] = [...new Set([...(names[target] ?? []), ...list])];
    }
    return { id: r.id, type: 'LOC', name: r.name, names, geo: { ...r.geo } };
  });
}

/** Lexicon entries for river names in `lang` (every language's names for `und` and the rest). */
export function riverLexicon(lang: string): LexEntry[] {
  const own = LOCALE_CODES.includes(lang);
  const entries: LexEntry[] = [];
  for (const r of load()) {
    for (const [language, list] of Object.entries(r.names)) {
      if (!(language === '*' || language === lang || !own)) continue;
      const locale = entityLocale(language === '*' ? lang : language);
      for (const name of list) {
        for (const form of [name, ...(language === '*' ? [] : locale.nameVariants(name))]) {
          const entry = lexEntry(form, r.id, 'LOC', 'loc');
          if (entry) entries.push(entry);
        }
      }
    }
  }
  return entries;
}
