/**
 * The hand-written catalogues: organisations, equipment, agreements, places (LOC/FAC) and
 * named events, each a data file of `{ id, type, name, names: { lang: [...] } }` entries.
 */
import type { Entity } from '../../pipeline/types.js';
import { readCatalogueFile, type CatalogueEntry } from '../data-files.js';
import { entityLocale, LOCALE_CODES } from '../locales/index.js';
import { lexEntry, type LexEntry, type LexKind } from '../lexicon.js';

/** Each catalogue file with the id prefixes it may use. */
const FILES: readonly { file: string; prefixes: readonly string[] }[] = [
  { file: 'organisations.json', prefixes: ['org:'] },
  { file: 'equipment.json', prefixes: ['equipment:'] },
  { file: 'agreements.json', prefixes: ['agreement:'] },
  { file: 'locations.json', prefixes: ['loc:', 'fac:'] },
  { file: 'events.json', prefixes: ['event:'] },
];

/** The lexicon kind of an id, from its prefix. */
function kindOf(id: string): LexKind {
  const prefix = id.slice(0, id.indexOf(':'));
  if (prefix === 'org' || prefix === 'loc' || prefix === 'fac' || prefix === 'agreement' || prefix === 'equipment' || prefix === 'event') return prefix;
  throw new Error(`catalogue id "${id}" has no known prefix; use org:, loc:, fac:, agreement:, equipment: or event:.`);
}

let cached: CatalogueEntry[] | undefined;

function load(): CatalogueEntry[] {
  if (cached) return cached;
  const all = FILES.flatMap(({ file, prefixes }) => readCatalogueFile(file, prefixes));
  const seen = new Set<string>();
  for (const entry of all) {
    if (seen.has(entry.id)) throw new Error(`data/: the id "${entry.id}" is listed twice; merge the two entries.`);
    seen.add(entry.id);
  }
  cached = all;
  return cached;
}

/** The catalogue entities, names per language (`*` names under every language). */
export function catalogueEntities(): Entity[] {
  return load().map((entry) => {
    const names: Record<string, string[]> = {};
    for (const [lang, list] of Object.entries(entry.names)) {
      for (const target of lang === '*' ? LOCALE_CODES : [lang]) names[target] = [...new Set([...(names[target] ?? []), ...list])];
    }
    return { id: entry.id, type: entry.type, name: entry.name, names };
  });
}

/** Lexicon entries of the catalogues for `lang` (every language's names for `und` and the rest). */
export function catalogueLexicon(lang: string): LexEntry[] {
  const own = LOCALE_CODES.includes(lang);
  const entries: LexEntry[] = [];
  for (const entry of load()) {
    const kind = kindOf(entry.id);
    for (const [language, list] of Object.entries(entry.names)) {
      if (!(language === '*' || language === lang || !own)) continue;
      const locale = entityLocale(language === '*' ? lang : language);
      for (const name of list) {
        for (const form of [name, ...(language === '*' ? [] : locale.nameVariants(name))]) {
          const lex = lexEntry(form, entry.id, entry.type, kind);
          if (lex) entries.push(lex);
        }
      }
    }
  }
  return entries;
}
