/**
 * Named thresholds of the plain-text line classifier. They were set by reading captured news
 * pages (navigation, teaser lists, captions, interface prompts) and checked against our own
 * fixtures; each comment says what the number separates.
 */

/** A line without sentence-final punctuation and at most this long may be a headline (longest headlines seen run 100–140). */
export const HEADING_MAX_CHARS = 160;

/** A line without final punctuation longer than this is prose anyway (a paragraph missing its period). */
export const LONG_LINE_CHARS = 200;

/** A single question or exclamation of at most this many words may be a headline (teaser lists use them). */
export const HEADLINE_QUESTION_MAX_WORDS = 14;

/** A punctuated line needs at least this many words to be body text ("Meer." or "Redactie." are labels). */
export const BODY_MIN_WORDS = 3;

/**
 * A headline-like line between body paragraphs with at most this many words is a crosshead
 * and kept; a longer one is a related-article link placed inside the article and dropped.
 * Crossheads are 1–5 words; linked headlines are full clauses of 7 words and more.
 */
export const CROSSHEAD_MAX_WORDS = 6;

/**
 * A headed line above the first paragraph of an HTML main-text container, other than the title,
 * is kept as text when it has at least this many words; one-word lines there are labels
 * ("Artikel", a month, a section). Chosen on the trafilatura set: with 1, four such labels leaked
 * for one line gained.
 */
export const LEADING_HEADING_MIN_WORDS = 2;
/** A heading of at most this many words before a title is a kicker or section label, not the title. */
export const KICKER_MAX_WORDS = 3;

/**
 * A "more from …" heading has at most this many words ("Meer uit Buitenland", "More from
 * Europe"); a longer line starting the same way is a headline ("More from … pay …").
 */
export const DIGEST_HEADING_MAX_WORDS = 4;

/**
 * Lines longer than this (characters) are never interface labels, comment or related-list
 * headings, or prompts named by a prompt word: the longest such entry of any locale runs under
 * 60 characters and the prompts of {@link PROMPT_MAX_CHARS} are matched only up to that length.
 * Only the ALL-CAPS test still applies to them; the bound spares every body paragraph the
 * label look-ups (measured: a tenth of the classifier's time).
 */
export const LABEL_MAX_CHARS = 200;
/** Interface prefixes only mark lines this short (in words): labels, not sentences. */
export const LABEL_MAX_WORDS = 8;

/** A prompt word (webmail, cookies …) marks a line as a prompt only when the line is at most this long. */
export const PROMPT_MAX_CHARS = 200;

/** A line needs this many letters, almost all capitals, to be an ALL-CAPS prompt (datelines are shorter). */
export const ALL_CAPS_MIN_LETTERS = 15;

/** Share of capital letters from which a line counts as ALL CAPS (allows a few lower-case unit letters). */
export const ALL_CAPS_RATIO = 0.9;

/**
 * Longest relative timestamp of any locale with its separator ("il y a trois semaines · ",
 * "vor einem Stunden – ") runs under 30 characters; lines are searched for a stamp only where
 * one could stand: a line of a stamp and a label of at most {@link HEADING_MAX_CHARS}, or the
 * last this-many characters of a longer line (a stamp glued to a sentence).
 */
export const STAMP_MAX_CHARS = 48;
/** A teaser list needs at least this many timestamps with headlines and no body between them. */
export const TEASER_MIN_STAMPS = 2;

/**
 * A caption found by position (just before a photo-credit line) has at most this many words;
 * right after an image placeholder (`top-article-image`) up to {@link CAPTION_AFTER_IMAGE_MAX_WORDS}.
 * Captions run 5–25 words; a body paragraph that happens to precede a credit is longer.
 */
export const CAPTION_MAX_WORDS = 25;

/** A caption right after an image placeholder has at most this many words. */
export const CAPTION_AFTER_IMAGE_MAX_WORDS = 40;

/** A byline after an author-image placeholder has at most this many words. */
export const BYLINE_MAX_WORDS = 6;

/** A byline-date line is at most this long; a longer line with a date is a sentence. */
export const DATE_LINE_MAX_CHARS = 80;

/** Repeated short lines (site names, section labels) are compared only up to this length. */
export const REPEAT_MAX_CHARS = 120;

/**
 * A label joined to a relative timestamp by a mere space (`Liégeoise_04 il y a 2 heures`) is a
 * reader's name or a section when it has at most this many words; with a separator such as `·`
 * or `–` any short label counts (teaser headlines run 4–15 words). Handles and names run 1–3.
 */
export const STAMPED_LABEL_MAX_WORDS = 3;

/**
 * A paragraph that addresses the reader (`je`, `Sie`, `you`, `vous`) is a site prompt only when
 * it is at most this long and has at most {@link READER_PROMPT_MAX_SENTENCES} sentences.
 * Prompts (webmail, app, account notices) run 40–180 characters in one or two sentences; a
 * report's opening paragraph that happens to address the reader is longer or names a source.
 */
export const READER_PROMPT_MAX_CHARS = 220;

/** Most sentences in a reader prompt (see {@link READER_PROMPT_MAX_CHARS}). */
export const READER_PROMPT_MAX_SENTENCES = 2;

/**
 * A brief without a dateline needs a headline and a body of at least this many sentences (or
 * {@link BRIEF_MIN_BODY_CHARS} characters). Wire briefs run two to five sentences; a reader's
 * post or a prompt is one short sentence.
 */
export const BRIEF_MIN_SENTENCES = 2;

/**
 * Fewest body characters of a one-sentence brief that has a headline but no dateline. One wire
 * sentence runs 80–200 characters; the one-line reader posts and notices seen on the pages we
 * read run 30–70.
 */
export const BRIEF_MIN_BODY_CHARS = 80;
