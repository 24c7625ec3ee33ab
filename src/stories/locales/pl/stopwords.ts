/**
 * Polish stopwords for story terms and extraction's stopword density: prepositions, conjunctions,
 * particles, pronouns and forms of "być", written folded (no diacritics). Hand-written from
 * general Polish grammar; not exhaustive.
 */
export const STOPWORDS: readonly string[] = [
  'a', 'aby', 'ale', 'bardzo', 'bez', 'bo', 'byl', 'byla', 'bylo', 'byly', 'byc', 'dla', 'do', 'gdy', 'gdzie', 'go', 'i',
  'ich', 'im', 'jak', 'jako', 'jednak', 'jej', 'jest', 'jego', 'juz', 'ktora', 'ktore', 'ktory', 'ktorzy', 'lub', 'ma',
  'mi', 'na', 'nad', 'nie', 'niz', 'o', 'od', 'oraz', 'po', 'pod', 'przed', 'przez', 'przy', 'sa', 'sie', 'sobie', 'ta',
  'tak', 'takze', 'tego', 'ten', 'to', 'tu', 'tylko', 'w', 'we', 'wiec', 'z', 'za', 'ze', 'zostal', 'powiedzial', 'lat',
];
