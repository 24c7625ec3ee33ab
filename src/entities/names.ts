/**
 * Person names: the given-name list, family-name-first list and transliteration variants from
 * data/, and the id of a person built from the words of the full name.
 */
import { readDataJson, readDataList } from './data-files.js';
import { slugify } from './fold.js';

interface NameData {
  given: ReadonlySet<string>;
  familyFirst: ReadonlySet<string>;
  variants: ReadonlyMap<string, string>;
}

let cached: NameData | undefined;

function load(): NameData {
  if (cached) return cached;
  const raw = readDataJson('name-variants.json') as { variants?: Record<string, unknown> };
  const variants = new Map<string, string>();
  for (const [from, to] of Object.entries(raw.variants ?? {})) {
    if (typeof to !== 'string') throw new Error(`data/name-variants.json: "${from}" must map to a string; fix the entry.`);
    variants.set(from, to);
  }
  cached = { given: new Set(readDataList('given-names.txt')), familyFirst: new Set(readDataList('family-name-first.txt')), variants };
  return cached;
}

/** True when `word` (as written) is a known given name. */
export function isGivenName(word: string): boolean {
  return load().given.has(word);
}

/** True when `word` is a family name written first (`Wang` in `Wang Yi`). */
export function isFamilyNameFirst(word: string): boolean {
  return load().familyFirst.has(word);
}

/** The spelling used in ids for a name word (`Poetin` → `Putin`, `Lawrow` → `Lavrov`). */
export function canonicalWord(word: string): string {
  return load().variants.get(word) ?? word;
}

/** Every spelling of a name word that shares its id spelling (`Putin` → `Putin`, `Poetin`, `Poutine` …), the word itself first. */
export function spellingsOf(word: string): string[] {
  const canonical = canonicalWord(word);
  const found = new Set([word, canonical]);
  for (const [from, to] of load().variants) if (to === canonical) found.add(from);
  return [...found];
}

/** The words of a name that ids spell differently (`Sergej Lawrow` → Sergej→Sergei, Lawrow→Lavrov): why two spellings share an id. */
export function respelledWords(name: string): { from: string; to: string }[] {
  return name
    .split(/\s+/)
    .filter((word) => canonicalWord(word) !== word)
    .map((word) => ({ from: word, to: canonicalWord(word) }));
}

/** The id of a person from the words of the full name (`Sergej Lavrov` → `per:sergei-lavrov`). */
export function personId(words: readonly string[]): string {
  return `per:${slugify(words.map(canonicalWord).join(' '))}`;
}

/** The key a surname-only mention is compared with (`Poetin` and `Putin` → `putin`). */
export function surnameKey(word: string): string {
  return slugify(canonicalWord(word));
}

/** The word of a full name a later bare mention uses: the family name. */
export function familyWord(words: readonly string[]): string {
  const first = words[0] ?? '';
  return words.length >= 2 && isFamilyNameFirst(first) ? first : (words[words.length - 1] ?? '');
}
