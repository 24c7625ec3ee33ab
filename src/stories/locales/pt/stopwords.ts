/**
 * Portuguese stopwords for story terms and extraction's stopword density: articles, contractions
 * of prepositions and articles, pronouns, conjunctions, auxiliaries and common reporting verbs,
 * written folded (no accents). Hand-written from general Portuguese grammar; not exhaustive.
 */
export const STOPWORDS: readonly string[] = [
  'a', 'ao', 'aos', 'as', 'ate', 'com', 'como', 'da', 'das', 'de', 'dela', 'dele', 'depois', 'do', 'dos', 'e', 'ela',
  'elas', 'ele', 'eles', 'em', 'entre', 'era', 'essa', 'esse', 'esta', 'este', 'foi', 'foram', 'ha', 'isso', 'ja', 'lhe',
  'mais', 'mas', 'muito', 'na', 'nao', 'nas', 'nem', 'no', 'nos', 'num', 'numa', 'o', 'os', 'ou', 'para', 'pela', 'pelas',
  'pelo', 'pelos', 'por', 'porque', 'quando', 'que', 'quem', 'se', 'segundo', 'sem', 'ser', 'seu', 'seus', 'so', 'sua',
  'suas', 'tambem', 'tem', 'um', 'uma', 'umas', 'uns', 'disse', 'afirmou', 'anos',
];
