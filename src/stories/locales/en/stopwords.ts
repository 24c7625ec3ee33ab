/**
 * English stopwords for story terms: function words, auxiliaries and the most common
 * reporting verbs of news text. Hand-written from general English grammar; not exhaustive
 * (IDF weighting takes care of the remaining frequent words).
 */
export const STOPWORDS: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'around', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do',
  'does', 'doing', 'down', 'during', 'each', 'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he',
  'her', 'here', 'hers', 'him', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'just', 'more',
  'most', 'much', 'must', 'my', 'new', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'one', 'only', 'or',
  'other', 'our', 'out', 'over', 'own', 'said', 'same', 'say', 'says', 'she', 'should', 'since', 'so', 'some',
  'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through',
  'to', 'told', 'too', 'two', 'under', 'until', 'up', 'upon', 'very', 'was', 'we', 'were', 'what', 'when', 'where',
  'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'year', 'years', 'yet', 'you', 'your',
  'according', 'amid', 'among', 'another', 'including', 'last', 'may', 'might', 'next', 'per', 'still', 'via',
];
