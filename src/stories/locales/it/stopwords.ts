/**
 * Italian stopwords for story terms and extraction's stopword density: articles (with their
 * elided forms), pronouns, prepositions, conjunctions, auxiliaries and common reporting verbs,
 * written folded (no accents). Hand-written from general Italian grammar; not exhaustive.
 */
export const STOPWORDS: readonly string[] = [
  'a', 'ad', 'agli', 'al', 'alla', 'alle', 'allo', 'anche', 'ancora', 'che', 'chi', 'ci', 'come', 'con', 'cosi', 'da',
  'dai', 'dal', 'dalla', 'dalle', 'degli', 'dei', 'del', 'della', 'delle', 'dello', 'dopo', 'e', 'ed', 'era', 'essere',
  'gli', 'ha', 'hanno', 'i', 'il', 'in', 'la', 'le', 'lo', 'loro', 'ma', 'nei', 'nel', 'nella', 'nelle', 'non', 'o',
  'per', 'perche', 'piu', 'poi', 'quale', 'quando', 'questa', 'questo', 'se', 'sia', 'si', 'sono', 'su', 'sua', 'sui',
  'sul', 'sulla', 'suo', 'suoi', 'tra', 'fra', 'un', 'una', 'uno', 'all', 'dell', 'nell', 'sull', 'l',
  'detto', 'stato', 'stata', 'anni',
];
