/**
 * Class/id hints and tag weights of the main-text scorer, held as data. The word lists are the
 * markup conventions Readability's scorer has used for a decade (its `positive`/`negative`
 * patterns), extended with words seen on news sites in the trafilatura evaluation set
 * (`byline`, `teaser`, `kicker` …); the tag weights are Readability's initial node scores.
 */

/** Class or id words of containers that hold the article body. */
export const POSITIVE_HINT =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|artikel|beitrag|inhalt|story|richtext|prose/iu;

/** Class or id words of containers that hold anything but the article body. */
export const NEGATIVE_HINT =
  /hidden|\bhid\b|banner|combx|comment|com-|contact|foot|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|kicker|byline|author|caption|breadcrumb|pager|pagination|rating|newsletter|social/iu;

/** Weight a class/id hint adds to (or takes from) a candidate container (Readability's value). */
export const HINT_WEIGHT = 25;

/** Initial score of a candidate by its tag (Readability's `_initializeNode`). */
export function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/** Class/id weight of an element: +{@link HINT_WEIGHT} for a body hint, − for a chrome hint, both may apply. */
export function hintWeight(classAndId: string): number {
  if (classAndId.trim() === '') return 0;
  let weight = 0;
  if (POSITIVE_HINT.test(classAndId)) weight += HINT_WEIGHT;
  if (NEGATIVE_HINT.test(classAndId)) weight -= HINT_WEIGHT;
  return weight;
}
