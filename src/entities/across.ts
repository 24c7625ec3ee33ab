/**
 * Persons across items: a surname-only mention (`Präsident Trump` with no full name in its own
 * item) links to a person only when exactly one full-name person of the given items has that
 * surname; bare surnames of such persons are found too. Joe and Hunter Biden both known → a bare
 * `Biden` links to neither: a wrong merge is worse than a missed one.
 */
import type { Item, Mention } from '../pipeline/types.js';
import { itemFullText } from '../pipeline/types.js';
import { SURNAME_ONLY_RULE } from './coref.js';
import { TAGGER_RULE } from './tagger/candidates.js';
import { entityLocale } from './locales/index.js';
import { familyWord, surnameKey } from './names.js';
import { tokenize } from './tokenize.js';

/** Rule of a surname linked to the one full name with that surname in other items. */
export const SURNAME_ACROSS_RULE = 'entities/coref/surname-across';

/** Shortest bare surname linked across items in languages that write nouns in lowercase. */
export const MIN_BARE_SURNAME_ACROSS = 4;
/**
 * Shortest bare surname linked across items in languages that capitalise nouns (German):
 * short surnames (Koch, Merz, Wang) are too often ordinary nouns or other people there.
 */
export const MIN_BARE_SURNAME_ACROSS_NOUNS = 5;

const FULL_NAME_RULES = new Set(['role', 'given-name', 'apposition', 'coordination', 'speech', 'nationality'].map((cue) => `entities/person/${cue}`));
const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*$/u;

interface Known {
  id: string;
  text: string;
}

/** Surname key → the full-name persons of all items with that surname. */
function knownPersons(items: readonly Item[]): Map<string, Map<string, Known>> {
  const particles = entityLocale('und').particles;
  const index = new Map<string, Map<string, Known>>();
  for (const item of items) {
    for (const mention of item.mentions) {
      if (mention.type !== 'PER' || !FULL_NAME_RULES.has(mention.provenance.rule)) continue;
      const words = mention.text.split(/\s+/).filter((w) => !particles.has(w.toLowerCase()));
      if (words.length < 2) continue;
      const key = surnameKey(familyWord(words));
      const byId = index.get(key) ?? new Map<string, Known>();
      byId.set(mention.entity, { id: mention.entity, text: mention.text });
      index.set(key, byId);
    }
  }
  return index;
}

function unique(index: Map<string, Map<string, Known>>, key: string): Known | null {
  const found = index.get(key);
  return found && found.size === 1 ? [...found.values()][0]! : null;
}

/** Bare surnames of uniquely known persons in one item's text, outside its existing mentions. */
function bareSurnames(item: Item, index: Map<string, Map<string, Known>>): Mention[] {
  const text = itemFullText(item);
  const locale = entityLocale(item.lang?.code ?? 'und');
  const minLength = locale.capitalisesNouns ? MIN_BARE_SURNAME_ACROSS_NOUNS : MIN_BARE_SURNAME_ACROSS;
  const taken = item.mentions;
  const found: Mention[] = [];
  let m = 0;
  for (const token of tokenize(text)) {
    while (m < taken.length && taken[m]!.end <= token.start) m++;
    const mention = taken[m];
    if (mention && mention.start < token.end) continue;
    if (token.key.length < minLength || !NAME_SHAPE.test(token.key) || locale.stopwords.has(token.lower) || locale.calendarWords.has(token.lower)) continue;
    if (locale.looksLikeCommonNoun(token.key)) continue;
    const suffix = locale.genitiveSuffix;
    const stems = suffix && token.key.endsWith(suffix) ? [token.key, token.key.slice(0, -suffix.length)] : [token.key];
    const known = stems.map((s) => unique(index, surnameKey(s))).find((k) => k !== null);
    if (!known) continue;
    found.push({
      start: token.start, end: token.end, text: token.text, type: 'PER', entity: known.id,
      provenance: { certainty: 'inferred', rule: SURNAME_ACROSS_RULE, evidence: known.text },
    });
  }
  return found;
}

/**
 * Links surname-only person mentions across `items` (in place) and adds bare surnames of
 * uniquely known persons; returns how many mentions were linked or added. Run it over the items
 * of one batch after the entities stage.
 */
export function resolveAcrossItems(items: Item[]): number {
  const index = knownPersons(items);
  if (index.size === 0) return 0;
  let changed = 0;
  for (const item of items) {
    for (const mention of item.mentions) {
      const surnameOnly = mention.type === 'PER' && mention.provenance.rule === SURNAME_ONLY_RULE;
      // A one-word name the tagger guessed (`Kishida` typed as a place) yields to a person known by that surname.
      const guessed = mention.provenance.rule.startsWith(TAGGER_RULE) && NAME_SHAPE.test(mention.text);
      if (!surnameOnly && !guessed) continue;
      const known = unique(index, surnameOnly ? mention.entity.slice('per:'.length) : surnameKey(mention.text));
      if (!known) continue;
      mention.type = 'PER';
      mention.entity = known.id;
      mention.provenance = { certainty: 'inferred', rule: SURNAME_ACROSS_RULE, evidence: known.text };
      changed++;
    }
    const added = bareSurnames(item, index);
    if (added.length > 0) {
      item.mentions = [...item.mentions, ...added].sort((a, b) => a.start - b.start);
      changed += added.length;
    }
  }
  return changed;
}
