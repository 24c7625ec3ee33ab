/**
 * The gazetteer matcher: finds lexicon forms in a token stream, leftmost-longest, in one pass.
 * Entries are indexed by their first token (lowercased), so each token costs one Map lookup
 * plus a check of the few entries starting with that word.
 */
import { lexiconFor } from './catalogue.js';
import { LOCALE_CODES, type EntityLocale } from './locales/index.js';
import { KIND_PRIORITY, type LexEntry } from './lexicon.js';
import { GAP_NONE, GAP_SPACE, type Token } from './tokenize.js';

/**
 * Shortest all-caps word matched against a name written in mixed case (`PARIJS` → `Parijs`).
 * Shorter capitals (`ROM`, `MAI`) are abbreviations more often than shouted names.
 */
export const MIN_CAPS_MATCH_LENGTH = 4;

/**
 * Longest acronym that is ignored inside an all-caps line: there `US`, `UN`, `EU` are as
 * likely the words "us", "un", "eu" of a shouted sentence.
 */
export const MAX_SHOUTED_ACRONYM_LENGTH = 3;

/** Kinds of names that take the genitive `s` (`Chinas`, `Kishidas`, `der Nato`s is not written). */
const GENITIVE_KINDS: ReadonlySet<string> = new Set(['country', 'city', 'org', 'loc', 'fac', 'event']);

/** A lexicon form found in the text, as token indices `[start, end)`. */
export interface GazetteerHit {
  start: number;
  end: number;
  entry: LexEntry;
  /** True when every token matched exactly as written in data. */
  exact: boolean;
  /** True when the last token carried a genitive ending. */
  genitive: boolean;
}

const UPPER_INITIAL = /^\p{Lu}/u;
const LOWER_INITIAL = /^\p{Ll}/u;

function capitalised(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** True when a token is written in capitals only (and has a letter). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** 2 = exact, 1 = case variant, 0 = no match. */
function tokenScore(token: Token, key: string, upper: string, acronym: boolean): number {
  if (token.key === key) return 2;
  if (LOWER_INITIAL.test(key) && UPPER_INITIAL.test(token.key) && token.key === capitalised(key)) return 1;
  if (!acronym && token.key.length >= MIN_CAPS_MATCH_LENGTH && token.key === upper && isAllCaps(token.key)) return 1;
  return 0;
}

/** The gazetteer of one language. */
export class Matcher {
  private readonly index = new Map<string, LexEntry[]>();

  constructor(entries: readonly LexEntry[]) {
    const seen = new Set<string>();
    for (const entry of entries) {
      const signature = `${entry.id}\u0000${entry.keys.join('\u0001')}\u0000${entry.gaps.join('')}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      const first = entry.keys[0]!.toLowerCase();
      const list = this.index.get(first) ?? [];
      list.push(entry);
      this.index.set(first, list);
    }
    for (const list of this.index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Tries `entry` at token `at`; returns the hit or null. */
  private tryEntry(tokens: readonly Token[], at: number, entry: LexEntry, locale: EntityLocale, shouting: boolean): GazetteerHit | null {
    const n = entry.keys.length;
    if (at + n > tokens.length) return null;
    if (shouting && entry.acronym && n === 1 && entry.keys[0]!.length <= MAX_SHOUTED_ACRONYM_LENGTH) return null;
    let exact = true;
    let genitive = false;
    for (let i = 0; i < n; i++) {
      const token = tokens[at + i]!;
      if (i > 0 && token.gap !== (entry.gaps[i] === GAP_NONE ? GAP_NONE : GAP_SPACE)) return null;
      const key = entry.keys[i]!;
      let score = tokenScore(token, key, entry.upper[i]!, entry.acronym);
      if (score === 0 && i === n - 1) {
        const suffix = locale.genitiveSuffix;
        if (suffix && GENITIVE_KINDS.has(entry.kind) && token.key.endsWith(suffix) && !/[sxzß]$/.test(key)) {
          const stem = { ...token, key: token.key.slice(0, -suffix.length) };
          if (tokenScore(stem, key, entry.upper[i]!, entry.acronym) > 0) {
            score = 1;
            genitive = true;
          }
        }
      }
      if (score === 0) return null;
      if (score === 1) exact = false;
    }
    return { start: at, end: at + n, entry, exact, genitive };
  }

  /** The best hit starting at token `at`: longest, then exact, then by kind priority. */
  private best(tokens: readonly Token[], at: number, locale: EntityLocale, shouting: boolean): GazetteerHit | null {
    const token = tokens[at]!;
    const keys = [token.lower];
    const suffix = locale.genitiveSuffix;
    if (suffix && token.lower.length > suffix.length + 2 && token.lower.endsWith(suffix)) keys.push(token.lower.slice(0, -suffix.length));
    let best: GazetteerHit | null = null;
    for (const key of keys) {
      for (const entry of this.index.get(key) ?? []) {
        if (best && entry.keys.length < best.end - best.start) break;
        const hit = this.tryEntry(tokens, at, entry, locale, shouting);
        if (hit && (!best || better(hit, best))) best = hit;
      }
    }
    return best;
  }

  /** All non-overlapping hits, left to right, leftmost-longest. `shouting[i]` marks tokens of all-caps lines. */
  match(tokens: readonly Token[], locale: EntityLocale, shouting: readonly boolean[]): GazetteerHit[] {
    const hits: GazetteerHit[] = [];
    let at = 0;
    while (at < tokens.length) {
      // Names may open with punctuation (`'s-Gravenhage`, `'s-Hertogenbosch`): a non-word token is tried when an entry starts with it.
      const hit = tokens[at]!.word || this.index.has(tokens[at]!.lower) ? this.best(tokens, at, locale, shouting[at] ?? false) : null;
      if (hit) {
        hits.push(hit);
        at = hit.end;
      } else at++;
    }
    return hits;
  }
}

function better(a: GazetteerHit, b: GazetteerHit): boolean {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  if (lengthA !== lengthB) return lengthA > lengthB;
  if (a.exact !== b.exact) return a.exact;
  return KIND_PRIORITY[a.entry.kind] > KIND_PRIORITY[b.entry.kind];
}

const matchers = new Map<string, Matcher>();

/** The matcher for a language (languages without a locale share the `und` one), built on first use. */
export function matcherFor(lang: string): Matcher {
  const key = LOCALE_CODES.includes(lang) ? lang : 'und';
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = new Matcher(lexiconFor(key));
    matchers.set(key, matcher);
  }
  return matcher;
}
