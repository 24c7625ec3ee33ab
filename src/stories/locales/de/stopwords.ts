/**
 * German stopwords for story terms: articles, pronouns, prepositions, conjunctions,
 * auxiliaries and common reporting verbs. Hand-written from general German grammar; not
 * exhaustive (IDF weighting takes care of the remaining frequent words).
 */
export const STOPWORDS: readonly string[] = [
  'aber', 'alle', 'allem', 'allen', 'aller', 'alles', 'als', 'also', 'am', 'an', 'andere', 'anderen', 'auch', 'auf',
  'aus', 'bei', 'beim', 'bereits', 'bis', 'bisher', 'da', 'dabei', 'dadurch', 'dafür', 'damit', 'dann', 'darauf',
  'darin', 'das', 'dass', 'dazu', 'dem', 'den', 'denen', 'denn', 'der', 'deren', 'des', 'dessen', 'die', 'dies',
  'diese', 'diesem', 'diesen', 'dieser', 'dieses', 'doch', 'dort', 'durch', 'ein', 'eine', 'einem', 'einen', 'einer',
  'eines', 'einige', 'er', 'erst', 'es', 'etwa', 'für', 'gegen', 'gegenüber', 'gibt', 'habe', 'haben', 'hat',
  'hatte', 'hatten', 'heißt', 'hieß', 'hier', 'ihm', 'ihn', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'im', 'immer',
  'in', 'ins', 'ist', 'jahr', 'jahre', 'jahren', 'jedoch', 'jetzt', 'kann', 'kein', 'keine', 'können', 'könnte',
  'man', 'mehr', 'mit', 'nach', 'neue', 'neuen', 'nicht', 'noch', 'nun', 'nur', 'ob', 'oder', 'ohne', 'sagte',
  'sei', 'seien', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seit', 'sich', 'sie', 'sind', 'so', 'soll',
  'sollen', 'sowie', 'über', 'um', 'und', 'uns', 'unter', 'vom', 'von', 'vor', 'wann', 'war', 'waren', 'was',
  'weil', 'weiter', 'weitere', 'wenn', 'werde', 'werden', 'wie', 'wieder', 'will', 'wir', 'wird', 'wo', 'wollen',
  'worden', 'wurde', 'wurden', 'zu', 'zum', 'zur', 'zwei', 'zwischen',
];
