/**
 * Line classification: each line of a capture gets one role from its own features (interface
 * vocabulary, length, sentence punctuation, timestamps, capitals, brackets, field patterns).
 * Roles that depend on neighbours (captions before a credit, teaser lists, repeats) are set
 * afterwards by {@link import('./context.js').applyContext}.
 */
import { isDateLine } from './dates.js';
import { readFieldLine, splitTrailingCredit, type FieldLine } from './fields.js';
import { mayHoldStamp, type LineHint, type SourceLine } from './lines.js';
import { stampedLabel } from './stamped.js';
import {
  ALL_CAPS_MIN_LETTERS,
  ALL_CAPS_RATIO,
  BODY_MIN_WORDS,
  DIGEST_HEADING_MAX_WORDS,
  HEADING_MAX_CHARS,
  HEADLINE_QUESTION_MAX_WORDS,
  LABEL_MAX_CHARS,
  LABEL_MAX_WORDS,
  LONG_LINE_CHARS,
  PROMPT_MAX_CHARS,
  STAMP_MAX_CHARS,
} from './thresholds.js';
import { isCommentMarker, isInterfaceLine, normalizeLabel, VOCABULARY, wordCount } from './vocabulary.js';

/** What a line is. `chrome` and `nav` lines are dropped; markers steer segmentation. */
export type LineRole =
  | 'body'
  | 'bullet'
  | 'heading'
  | 'stamp'
  | 'date'
  | 'field'
  | 'digest-marker'
  | 'related-marker'
  | 'comment-marker'
  | 'chrome'
  | 'nav';

/** A line with its role and what was read off it. */
export interface ClassifiedLine {
  text: string;
  number: number;
  blankBefore: boolean;
  role: LineRole;
  /** Why the line got its role (a rule name, for tests and debugging). */
  rule: string;
  hint?: LineHint;
  /** The field read from a `field` line. */
  field?: FieldLine;
  /** A trailing agency credit cut off a body line, e.g. `(dpa/red)`. */
  credit?: string;
  /** True for an image placeholder naming an author (`author-image`): a name may follow. */
  authorPlaceholder?: boolean;
  /** Origin of the date candidate a `date` line gives: `byline` unless it stamps an update (`updated`). */
  dateOrigin?: string;
  /** True for a body line that reads like a headline: one short question or exclamation. */
  headlineLike?: boolean;
}

/** Sentence-final punctuation, allowing closing quotes and brackets after it. */
const SENTENCE_END = /[.!?…][\s"'”“»«’‘)\]]*$/u;
/** Sentence-final punctuation of scripts written without spaces (Chinese, Japanese), allowing closing quotes after it. */
const CJK_SENTENCE_END = /[。！？][」』”’）)]*$/u;
/** Characters of scripts written without spaces between words. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/**
 * A line ending in CJK sentence punctuation is body text with at least this many CJK
 * characters: word counts mean nothing without spaces, and a sentence of ten characters says as
 * much as a short European sentence (labels and menu entries run two to six).
 */
const CJK_BODY_MIN_CHARS = 10;
/** An ad or widget marker such as `[Anzeige_2]` or `[ad]`. */
const BRACKET_MARKER = /^\[[^\]]{1,40}\]$/u;
/** An image alt text or CSS-like placeholder: `top-article-image`, `author_image`. */
const PLACEHOLDER = /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/u;
/** Placeholder words that announce an author name on the next line (language-neutral markup words). */
const AUTHOR_PLACEHOLDER = /(?:^|[-_])(?:author|autor|auteur|byline|avatar)(?:[-_]|$)/u;
/** A sentence end inside the line (after a word, not an abbreviation like `U.S.`), then a new sentence. */
const INNER_SENTENCE_END = /\p{Ll}{2,}[.!?]["'”“»’]?\s+["'„“«‘]?\p{Lu}/u;
/** One sentence ending in `?` or `!`: a headline form (teaser lists use it). */
const SINGLE_QUESTION = /^[^.!?…]+[?!][\s"'”“»«’‘]*$/u;
/** A bullet at the start of a line. */
const BULLET = /^[•·▪●◦‣∙*]\s*|^[-–]\s+/u;

function isAllCaps(line: string): boolean {
  if (tooManyLowerAscii(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < ALL_CAPS_MIN_LETTERS || wordCount(line) < 3) return false;
  const upper = line.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= ALL_CAPS_RATIO;
}

/**
 * True when more than {@link ALL_CAPS_RATIO}'s complement of a line's characters are lower-case
 * ASCII letters: then it is not ALL CAPS, decided in one pass over character codes before the
 * exact (Unicode) count, which most lines never need.
 */
function tooManyLowerAscii(line: string): boolean {
  const limit = line.length * (1 - ALL_CAPS_RATIO);
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 97 && code <= 122 && ++lower > limit) return true;
  }
  return false;
}

function labelRole(text: string): { role: LineRole; rule: string } | null {
  if (text.length > LABEL_MAX_CHARS) return isAllCaps(text) ? { role: 'chrome', rule: 'all-caps' } : null;
  const label = normalizeLabel(text);
  const short = wordCount(text) <= LABEL_MAX_WORDS && !SENTENCE_END.test(text);
  if (isCommentMarker(text)) return { role: 'comment-marker', rule: 'comments' };
  if (short && wordCount(text) <= DIGEST_HEADING_MAX_WORDS && VOCABULARY.digestHeading.test(text)) return { role: 'digest-marker', rule: 'digest-heading' };
  if (VOCABULARY.relatedMarkers.has(label)) return { role: 'related-marker', rule: 'related' };
  if (short && VOCABULARY.relatedInline.test(text)) return { role: 'chrome', rule: 'related-inline' };
  if (isInterfaceLine(text)) return { role: 'chrome', rule: 'interface' };
  if (VOCABULARY.rightsNotice.test(text)) return { role: 'chrome', rule: 'rights-notice' };
  if (VOCABULARY.disclaimer.test(text)) return { role: 'chrome', rule: 'disclaimer' };
  if (text.length <= PROMPT_MAX_CHARS && VOCABULARY.promptWord.test(text)) return { role: 'chrome', rule: 'prompt' };
  if (isAllCaps(text)) return { role: 'chrome', rule: 'all-caps' };
  return null;
}

/** Classifies one line by its own features. */
export function classifyLine(line: SourceLine): ClassifiedLine {
  const base = { text: line.text, number: line.number, blankBefore: line.blankBefore, hint: line.hint };
  const text = line.text;
  const hasStamp = text.length <= HEADING_MAX_CHARS + STAMP_MAX_CHARS && mayHoldStamp(text);
  if (hasStamp && VOCABULARY.stampLine.test(text)) return { ...base, role: 'stamp', rule: 'stamp' };
  if (VOCABULARY.updateStampLine.test(text)) return { ...base, role: 'date', rule: 'update-stamp', dateOrigin: 'updated' };
  const stamped = hasStamp ? stampedLabel(text) : null;
  if (stamped) return { ...base, role: 'nav', rule: stamped === 'post' ? 'stamped-post' : 'stamped-label' };
  if (BRACKET_MARKER.test(text)) return { ...base, role: 'chrome', rule: 'bracket-marker' };
  if (PLACEHOLDER.test(text)) {
    return { ...base, role: 'chrome', rule: 'placeholder', authorPlaceholder: AUTHOR_PLACEHOLDER.test(text) };
  }
  const label = labelRole(text);
  if (label) return { ...base, ...label };
  if (isDateLine(text)) return { ...base, role: 'date', rule: 'byline-date' };
  const field = readFieldLine(text);
  if (field) return { ...base, role: 'field', rule: `field-${field.kind}`, field };
  if (line.hint === 'link') return { ...base, role: 'heading', rule: 'link' };
  const bullet = BULLET.exec(text);
  if (bullet && wordCount(text) > 1) {
    return { ...base, text: `• ${text.slice(bullet[0].length).trim()}`, role: 'bullet', rule: 'bullet' };
  }
  if (line.hint === 'bullet') return { ...base, text: `• ${text}`, role: 'bullet', rule: 'bullet' };
  if (line.hint === 'heading' && text.length <= HEADING_MAX_CHARS) return { ...base, role: 'heading', rule: 'markup-heading' };
  const { text: stripped, credit } = splitTrailingCredit(text);
  const withCredit = credit ? { ...base, text: stripped, credit } : base;
  if (SENTENCE_END.test(stripped) && wordCount(stripped) >= BODY_MIN_WORDS) {
    const headlineLike = SINGLE_QUESTION.test(stripped) && wordCount(stripped) <= HEADLINE_QUESTION_MAX_WORDS;
    return { ...withCredit, role: 'body', rule: 'sentence', headlineLike };
  }
  if (stripped.length > LONG_LINE_CHARS) return { ...withCredit, role: 'body', rule: 'long-line' };
  if (CJK_SENTENCE_END.test(stripped) && (stripped.match(CJK_CHAR)?.length ?? 0) >= CJK_BODY_MIN_CHARS) {
    return { ...withCredit, role: 'body', rule: 'cjk-sentence' };
  }
  if (INNER_SENTENCE_END.test(stripped) && wordCount(stripped) >= BODY_MIN_WORDS * 2) {
    return { ...withCredit, role: 'body', rule: 'multi-sentence' };
  }
  return { ...base, role: 'heading', rule: 'short-line' };
}
