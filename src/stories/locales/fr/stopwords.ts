/**
 * French stopwords for story terms: articles, pronouns, prepositions, conjunctions,
 * auxiliaries and common reporting verbs. Hand-written from general French grammar; not
 * exhaustive (IDF weighting takes care of the remaining frequent words).
 */
export const STOPWORDS: readonly string[] = [
  'a', 'afin', 'ai', 'ainsi', 'alors', 'apres', 'au', 'aucun', 'aussi', 'autre', 'autres', 'aux', 'avait', 'avant',
  'avec', 'avoir', 'ce', 'cela', 'celle', 'celui', 'ces', 'cet', 'cette', 'chez', 'comme', 'dans', 'de', 'des',
  'deux', 'depuis', 'dit', 'donc', 'dont', 'du', 'elle', 'elles', 'en', 'encore', 'entre', 'est', 'et', 'etait',
  'ete', 'etre', 'eu', 'fait', 'il', 'ils', 'je', 'jour', 'la', 'le', 'les', 'leur', 'leurs', 'lors', 'lui', 'mais',
  'meme', 'ne', 'ni', 'nous', 'on', 'ont', 'ou', 'par', 'pas', 'plus', 'pour', 'qu', 'que', 'qui', 'sa', 'sans',
  'se', 'selon', 'ses', 'si', 'son', 'sont', 'sous', 'sur', 'tous', 'tout', 'toute', 'tres', 'un', 'une', 'vers',
  'vous', 'annee', 'ans', 'declare', 'nouveau', 'nouvelle', 'pendant', 'peut', 'pourrait', 'sera', 'seront',
];
