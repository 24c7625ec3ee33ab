/**
 * Story features of one item, before corpus weighting: which entities it mentions (weighted
 * by where), which content words its title and lead use, the n-grams of its title words, the
 * numbers it states, and its time. {@link import('./corpus.js').CorpusStats} turns them into IDF-weighted vectors.
 */
import type { EntityType, Mention } from '../pipeline/types.js';
import type { StoredItem } from '../store/store.js';
import { stopwordsFor } from './locales/index.js';
import { contentWords, cutAtWord, firstSentence, foldText, numberTokens, wordGrams } from './text.js';
import { isTitleCase, nameLikeWords } from './names.js';
import { itemTime, type ItemTime } from './time.js';

/**
 * Weight of one entity mention by where it stands. The title says what the report is about,
 * the lead names the main actors, the tail adds background ("… and China, North Korea").
 * 3 : 2 : 1 lets two title mentions outweigh a handful of passing mentions further down.
 */
export const TITLE_MENTION_WEIGHT = 3;
/** See {@link TITLE_MENTION_WEIGHT}. */
export const LEAD_MENTION_WEIGHT = 2;
/** See {@link TITLE_MENTION_WEIGHT}. */
export const TAIL_MENTION_WEIGHT = 1;

/** Weight of a title word against a lead word in the term vector (the title is the summary). */
export const TITLE_TERM_WEIGHT = 2;

/**
 * The lead: the first this many characters of the body (cut at a word). About two sentences
 * of news prose, which is where a report states who did what; briefs fit in it whole.
 */
export const LEAD_CHARS = 300;

/** Without a title, the first sentence (up to this many characters) stands in for it. */
export const FALLBACK_TITLE_CHARS = 160;

/** The unweighted story features of one item. */
export interface ItemFeatures {
  id: string;
  kind: StoredItem['kind'];
  /** ISO 639-1 code, or null when unknown or `und`. */
  lang: string | null;
  time: ItemTime;
  /** Entity id → sum of position weights of its mentions. */
  entities: Map<string, number>;
  /** Entity id → its type (from the first mention). */
  entityTypes: Map<string, EntityType>;
  /** Folded content word of title and lead → weighted count. */
  terms: Map<string, number>;
  /** Character n-gram of title words → weight (each word spreads 1 over its grams). */
  grams: Map<string, number>;
  /** Name key (see names.ts) of a name-like word not marked as an entity → sum of position weights. */
  names: Map<string, number>;
  /** Number token → count in the whole text. */
  numbers: Map<string, number>;
}

function add(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** `text` with the characters of every mention replaced by spaces (offsets kept). */
export function maskMentions(text: string, mentions: readonly Mention[]): string {
  if (mentions.length === 0) return text;
  const chars = text.split(''); // UTF-16 units, like mention offsets
  for (const mention of mentions) {
    for (let at = Math.max(0, mention.start); at < Math.min(chars.length, mention.end); at++) chars[at] = ' ';
  }
  return chars.join('');
}

/** The item's language code for feature purposes (detected, else declared; null for `und`). */
export function featureLanguage(item: Pick<StoredItem, 'lang' | 'declaredLang'>): string | null {
  const code = item.lang?.code ?? item.declaredLang ?? null;
  return code === null || code === 'und' || code === '' ? null : code.toLowerCase();
}

/** Computes the story features of an item. Never throws on odd data (missing title, no mentions). */
export function itemFeatures(item: StoredItem): ItemFeatures {
  const lang = featureLanguage(item);
  const stopwords = stopwordsFor(lang);
  const title = item.title?.trim() ? item.title : null;
  const full = title !== null ? `${title}\n\n${item.text}` : item.text;
  const textStart = title !== null ? title.length + 2 : 0;
  const leadStart = textStart + (item.text.length - item.text.trimStart().length);
  const leadEnd = leadStart + cutAtWord(item.text.trimStart(), LEAD_CHARS).length;

  const entities = new Map<string, number>();
  const entityTypes = new Map<string, EntityType>();
  // Names only the statistical tagger guessed (rule `entities/tagger…`) have no cross-language id
  // (`loc:text:luik` vs `loc:text:luttich`); as entities and as masks they split stories apart.
  const linked = item.mentions.filter((m) => !m.provenance.rule.startsWith('entities/tagger'));
  for (const mention of linked) {
    if (!mention.entity) continue;
    const weight =
      title !== null && mention.start < title.length
        ? TITLE_MENTION_WEIGHT
        : mention.start < leadEnd
          ? LEAD_MENTION_WEIGHT
          : TAIL_MENTION_WEIGHT;
    add(entities, mention.entity, weight);
    if (!entityTypes.has(mention.entity)) entityTypes.set(mention.entity, mention.type);
  }

  // Words inside entity mentions already count as entities; as terms they would count twice.
  const masked = maskMentions(full, linked);
  // Agency names of a dateline ("ANP", "AFP") say who wrote it, not what happened.
  const agencies = new Set((item.dateline?.agencies ?? []).map(foldText));
  const keep = (word: string): boolean => !agencies.has(word);
  const terms = new Map<string, number>();
  if (title !== null) for (const word of contentWords(masked.slice(0, title.length), stopwords).filter(keep)) add(terms, word, TITLE_TERM_WEIGHT);
  for (const word of contentWords(masked.slice(leadStart, leadEnd), stopwords).filter(keep)) add(terms, word, 1);

  const grams = new Map<string, number>();
  const gramSource = title !== null ? masked.slice(0, title.length) : firstSentence(masked.slice(textStart), FALLBACK_TITLE_CHARS);
  for (const word of contentWords(gramSource, stopwords).filter(keep)) {
    const wordGramList = wordGrams(word);
    for (const gram of wordGramList) add(grams, gram, 1 / wordGramList.length);
  }

  const names = new Map<string, number>();
  const namesFrom = title !== null && isTitleCase(title) ? textStart : 0;
  for (const { key, at } of nameLikeWords(masked, stopwords, agencies)) {
    if (at < namesFrom) continue;
    add(names, key, title !== null && at < title.length ? TITLE_MENTION_WEIGHT : at < leadEnd ? LEAD_MENTION_WEIGHT : TAIL_MENTION_WEIGHT);
  }

  const numbers = new Map<string, number>();
  for (const token of numberTokens(full)) add(numbers, token, 1);

  return { id: item.id, kind: item.kind, lang, time: itemTime(item), entities, entityTypes, terms, grams, names, numbers };
}
