/**
 * Boxes that sit inside an article's container but are not its text: the author's bio box, a
 * table of contents, a call to action or newsletter box, an
 * affiliate disclosure, the post's meta line (date, tags), and photo captions. They are told by
 * the class and id words that content-management systems give them (`author-box`,
 * `entry-meta`, `ez-toc-container`, `wp-caption-text`), split into words at
 * hyphens, underscores and camel-case humps (`TestReport__AuthorBox` → test report author box).
 *
 * These are not page chrome in the sense of {@link import('./chrome.js').isChromeElement}: a
 * `<time>` in an article's meta line is still the article's own date, so only the readers of
 * main text skip them. The words are markup conventions, the same in every language.
 */
import type { DomElement } from './dom.js';

/** What an in-content box is: skipped, or read as a caption (a field, not body text). */
export type AsideKind = 'skip' | 'caption' | null;

/**
 * Class/id words of boxes to skip. Chosen from the markup of the boxes that leaked into the main
 * text on the trafilatura set (author boxes of WordPress, Drupal and newspaper systems, tables of
 * contents, calls to action, disclosures, post meta, rating widgets) and kept to
 * words with one meaning in markup; words that also name article parts (`info`, `box`, `note`,
 * `meta`) are left out. Embedded tweets are kept: the gold counts them as text more often than not.
 */
const SKIP_WORDS = new Set([
  'author', 'authors', 'autor', 'autoren', 'auteur', 'authorbox', 'byline',
  'cta', 'disclosure', 'disclaimer', 'affiliate', 'donation', 'donate', 'newsletter', 'subscription', 'signup',
  'postmetadata', 'tags', 'noprint', 'ratings', 'rating', 'sharedaddy',
]);

/**
 * Whole class or id tokens of boxes to skip, where the single words would say too little: a
 * table of contents (`toc`, `ez-toc-container`; not `TOC_TITLE_1`, a section's anchor) and the
 * post's meta line (`entry-meta`, `post__meta`; not `recipe-meta`, a recipe's facts).
 */
const SKIP_TOKEN = /^(?:(?:ez-)?toc(?:[-_]+(?:container|wrapper|list))?|table-of-contents|(?:entry|post|article)[-_]+meta(?:data)?)$/iu;

/** Class/id words of photo captions and credits (read as captions, not body). */
const CAPTION_WORDS = new Set(['caption', 'captions', 'figcaption', 'wp-caption-text', 'credits', 'credit', 'photocredit']);

/**
 * A first, cheap test over the raw class and id: true when some word of {@link SKIP_WORDS},
 * {@link SKIP_TOKEN} or {@link CAPTION_WORDS} may be in it. Most elements fail it and are
 * never split into words.
 */
const MAY_NAME_ASIDE = /autor|author|auteur|byline|cta|disclos|disclaim|affiliate|donat|newsletter|subscription|signup|postmeta|tags|noprint|rating|sharedaddy|toc|table-of-contents|meta|caption|credit/iu;

/** Lower-case words of a class or id value: split at non-letters and camel-case humps. */
export function classWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((word) => word !== '');
}

/** What one word of a class or id says. */
function wordKind(word: string): AsideKind {
  if (SKIP_WORDS.has(word)) return 'skip';
  if (CAPTION_WORDS.has(word)) return 'caption';
  return null;
}

/**
 * Class tokens of a post's own wrapper (WordPress and microformats): such an element also
 * carries `author-NAME` and `tag-NAME` classes naming the post's author and tags, and is the
 * article, never a box inside it.
 */
const POST_WRAPPER = /^(?:hentry|h-entry|type-post|type-page|status-publish|post-\d+)$/iu;

/**
 * Link-free paragraphs of at least {@link PROSE_PARAGRAPH_CHARS} characters that overrule a box
 * word: a wrapper whose class also names a widget it holds, but that carries the article itself.
 * Author bios and disclosures are one or two paragraphs.
 */
const PROSE_OVERRULES = 3;
/** Characters of a paragraph that counts toward {@link PROSE_OVERRULES}. */
const PROSE_PARAGRAPH_CHARS = 150;

function holdsProse(element: DomElement): boolean {
  let found = 0;
  for (const paragraph of element.querySelectorAll('p')) {
    if (paragraph.querySelector('a') !== null || (paragraph.textContent ?? '').length < PROSE_PARAGRAPH_CHARS) continue;
    if (++found >= PROSE_OVERRULES) return true;
  }
  return false;
}

/**
 * What `element` is as an in-content box, or null for ordinary content. `article`, `main` and
 * `body` are never such boxes, nor is a post's own wrapper ({@link POST_WRAPPER}), nor an
 * element holding the article's prose ({@link PROSE_OVERRULES}).
 */
export function asideKind(element: DomElement): AsideKind {
  const tag = element.tagName.toLowerCase();
  if (tag === 'article' || tag === 'main' || tag === 'body' || tag === 'html') return null;
  const value = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (!MAY_NAME_ASIDE.test(value)) return null;
  let kind: AsideKind = null;
  for (const token of value.split(/\s+/u)) {
    if (token === '') continue;
    if (POST_WRAPPER.test(token)) return null;
    if (kind === 'skip') continue;
    if (SKIP_TOKEN.test(token)) {
      kind = 'skip';
      continue;
    }
    for (const word of classWords(token)) {
      const found = wordKind(word);
      if (found === 'skip') kind = 'skip';
      else if (found === 'caption' && kind === null) kind = 'caption';
    }
  }
  if (kind === 'skip' && holdsProse(element)) return null;
  return kind;
}
