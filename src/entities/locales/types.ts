/**
 * What entity recognition needs to know about one language: word lists and small rules held
 * as data. Every language-specific decision of src/entities goes through an {@link EntityLocale}.
 */

/** The per-language rules of entity recognition. */
export interface EntityLocale {
  /** ISO 639-1 code, or `und` for the merged fallback. */
  readonly code: string;
  /** Lowercased function words and sentence openers that are never part of a person's name. */
  readonly stopwords: ReadonlySet<string>;
  /** Lowercased month and weekday names: never the first token of a name (but `Theresa May` is fine). */
  readonly calendarWords: ReadonlySet<string>;
  /** Lowercased single-word titles and roles that announce a person's name (`president`, `Botschafter`). */
  readonly roles: ReadonlySet<string>;
  /** Lowercased endings that make a compound a role (`verteidigungsminister` ends in `minister`). */
  readonly roleSuffixes: readonly string[];
  /** Multi-word roles as written (`minister van Buitenlandse Zaken`, `Secretary of State`). */
  readonly rolePhrases: readonly string[];
  /** Lowercased verbs of saying that often precede the speaker's name (`zegt`, `sagte`, `said`). */
  readonly speechVerbs: ReadonlySet<string>;
  /** Lowercased words joining two names (`and`, `und`, `en`). */
  readonly conjunctions: ReadonlySet<string>;
  /** Lowercased name particles allowed between name words (`van`, `von`, `de`). */
  readonly particles: ReadonlySet<string>;
  /** City names (as in the gazetteer) that are common words in this language and must not fire. */
  readonly cityStoplist: ReadonlySet<string>;
  /** Country names (as in the gazetteer) that are common words in this language and must not fire. */
  readonly countryStoplist: ReadonlySet<string>;
  /** The genitive ending names take without an apostrophe (`Kishidas`, `Japans`), or null. */
  readonly genitiveSuffix: string | null;
  /**
   * Lowercased words that head or close an organisation's name (`Partei`, `Bank`, `GmbH`,
   * `ministerie`, `Universität`); also matched as the end of a compound (`Bundesärztekammer`).
   * The tagger reads them as features; they never make a mention on their own.
   */
  readonly orgWords: ReadonlySet<string>;
  /**
   * Lowercased words after which a linking word and capitalised words name a ministry
   * (`minister van Binnenlandse Zaken`: `Binnenlandse Zaken` is the ministry), and those linking words.
   */
  readonly portfolio: { readonly heads: ReadonlySet<string>; readonly links: ReadonlySet<string> };
  /**
   * Lowercased endings of capitalised adjectives made from names (`Brusselse`, `Vlaamse`,
   * `Haagse` in Dutch): one such word before a lowercase word is an adjective, no name.
   */
  readonly attributiveEndings: readonly string[];
  /**
   * Lowercased articles and article-bearing prepositions (`der`, `einem`, `im`, `zur`) of a
   * language that capitalises nouns: a lone capitalised word right after one is a common noun far
   * more often than a name (persons take no article; places and organisations that do are listed).
   */
  readonly determiners: ReadonlySet<string>;
  /** True when the language capitalises common nouns (German): capitals alone then prove nothing. */
  readonly capitalisesNouns: boolean;
  /** True when a capitalised word looks like a common noun (German `-ung`, `-heit` …), not a name. */
  looksLikeCommonNoun(word: string): boolean;
  /** All inflected forms of a demonym adjective given in its base form (`japanisch` → `japanische`, …). */
  inflectDemonym(base: string): string[];
  /** Inflected variants of a multi-word place name (`Vereinigte Staaten` → `Vereinigten Staaten`). */
  nameVariants(name: string): string[];
}

/** Lowercases every word of a list into a set. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}
