/**
 * Dutch stopwords for story terms: articles, pronouns, prepositions, conjunctions,
 * auxiliaries and common reporting verbs. Hand-written from general Dutch grammar; not
 * exhaustive (IDF weighting takes care of the remaining frequent words).
 */
export const STOPWORDS: readonly string[] = [
  'aan', 'al', 'aldus', 'alle', 'als', 'andere', 'bij', 'dan', 'dat', 'de', 'deze', 'die', 'dit', 'door', 'een',
  'eerder', 'en', 'er', 'eraan', 'geen', 'heeft', 'hebben', 'het', 'hier', 'hij', 'hoe', 'hun', 'ik', 'in', 'is',
  'jaar', 'jaren', 'je', 'kan', 'komen', 'kunnen', 'laat', 'maar', 'meer', 'meldt', 'met', 'moet', 'na', 'naar',
  'niet', 'nieuwe', 'nog', 'nu', 'of', 'om', 'onder', 'ons', 'ook', 'op', 'over', 'sinds', 'te', 'tegen', 'ten',
  'ter', 'toe', 'tot', 'twee', 'uit', 'van', 'veel', 'volgens', 'voor', 'waar', 'want', 'was', 'wat', 'we', 'wel',
  'werd', 'werden', 'wie', 'wil', 'willen', 'wordt', 'worden', 'zal', 'ze', 'zegt', 'zei', 'zich', 'zij', 'zijn',
  'zo', 'zou', 'zouden', 'zullen', 'daarmee', 'daarna', 'dus', 'echter', 'elkaar', 'gaat', 'gaan', 'had', 'hadden',
  'haar', 'hem', 'iets', 'kreeg', 'mee', 'men', 'omdat', 'tijdens', 'tussen', 'vanaf', 'vanwege', 'waarin', 'zoals',
];
