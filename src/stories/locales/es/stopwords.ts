/**
 * Spanish stopwords for story terms and extraction's stopword density: articles, pronouns,
 * prepositions, conjunctions, auxiliaries and common reporting verbs, written folded (no
 * accents). Hand-written from general Spanish grammar; not exhaustive.
 */
export const STOPWORDS: readonly string[] = [
  'a', 'al', 'algo', 'algunos', 'ante', 'antes', 'asi', 'aun', 'bajo', 'cada', 'como', 'con', 'contra', 'cual', 'cuando',
  'de', 'del', 'desde', 'donde', 'dos', 'durante', 'e', 'el', 'ella', 'ellas', 'ellos', 'en', 'entre', 'era', 'es', 'esa',
  'ese', 'eso', 'esta', 'estan', 'este', 'esto', 'estos', 'fue', 'fueron', 'ha', 'hace', 'han', 'hasta', 'hay', 'la', 'las',
  'le', 'les', 'lo', 'los', 'mas', 'me', 'mientras', 'muy', 'ni', 'no', 'nos', 'o', 'otro', 'otros', 'para', 'pero',
  'por', 'porque', 'puede', 'que', 'quien', 'se', 'segun', 'ser', 'si', 'sin', 'sino', 'sobre', 'son', 'su', 'sus',
  'tambien', 'tiene', 'todo', 'todos', 'tras', 'un', 'una', 'uno', 'unos', 'y', 'ya', 'dijo', 'afirmo', 'senalo',
];
