/**
 * Named thresholds of extraction. Each says how it was chosen; none is configurable at run
 * time (there is no global mutable config).
 */

/**
 * Longest HTML (UTF-16 code units) parsed into a DOM. Measured: linkedom parses 5 MB of
 * paragraphs in under 0.1 s and Readability reads it in about 0.3 s; real article pages are
 * well under 1 MB, so 5 MB bounds time and memory without cutting real pages.
 */
export const MAX_DOM_CHARS = 5_000_000;

/**
 * Deepest element nesting handed to Readability. Readability recurses over the tree:
 * 10,000 nested `<div>`s overflowed the stack after 3.4 s in our measurement. Real pages
 * nest 20–60 levels; above 400 the page is malformed or hostile and the baseline is used.
 */
export const MAX_READABILITY_DEPTH = 400;

/**
 * Readability output shorter than this (characters of text) counts as under-delivering and
 * the baseline is tried. Two short paragraphs of a real report are about 300 characters; a
 * cookie wall or a teaser list that Readability mistakes for content is usually shorter.
 */
export const READABILITY_MIN_CHARS = 200;

/**
 * Dossier's own scorer under-delivers below this many characters of main text, and Readability
 * is tried next. The same bar as {@link READABILITY_MIN_CHARS}: two short paragraphs of a real
 * report; shorter picks are usually a teaser box or a caption the scorer mistook for the body.
 */
export const SCORER_MIN_CHARS = 200;

/**
 * Dossier's scorer also under-delivers when its pick holds less than this share of the page's
 * prose (paragraph text outside chrome and links): it may have chosen one box of an article
 * laid out in several, and Readability is asked too.
 */
export const SCORER_MIN_PROSE_SHARE = 0.5;

/**
 * When both Dossier's scorer and Readability found text, Readability's is taken only when it is
 * at least this many times longer: a clearly fuller reading of the same article.
 */
export const READABILITY_MIN_GAIN = 1.3;

/**
 * Fewest body characters (outside links) for an `<article>` element to count as a brief of a
 * digest page: one wire sentence is about 80 characters, a teaser card's summary is shorter
 * and mostly inside its link.
 */
export const BRIEF_MIN_CHARS = 60;

/**
 * Share of a block's text inside links above which the block is navigation, not prose.
 * Body paragraphs link a few words; menus and teaser cards are links through and through.
 */
export const MAX_LINK_DENSITY = 0.5;

/**
 * Share of a page's body text (outside links) that its cards must hold for the page to be read
 * card by card. Below it, text outside the cards (a main story in a plain `<div>`) would be
 * lost, and the line-by-line baseline reads the page instead. Teaser-free digest pages put
 * all their text in the cards; 0.8 leaves room for a short intro or footer note.
 */
export const CARD_MIN_COVERAGE = 0.8;

/**
 * Fewest prose characters (block text outside chrome, links and headings) for the last rescue
 * to turn a page with a title into one low-confidence article when every attempt found nothing.
 * Chosen as {@link SCORER_MIN_CHARS}: two short paragraphs of a real report. A page of menus,
 * link lists and prompts has almost none (its blocks are link-dense or skipped as chrome);
 * the real pages the cascade missed (a results table, blog posts in odd layouts) hold 1,000+.
 */
export const RESCUE_MIN_PROSE_CHARS = 200;
