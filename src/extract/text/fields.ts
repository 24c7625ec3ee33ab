/**
 * Lines that are not body text but say something about it: captions, photo credits, source
 * lines, author lines, and the agency credit at the end of a paragraph (`… (dpa/red)`).
 */
import { BYLINE_MAX_WORDS } from './thresholds.js';
import { VOCABULARY, wordCount } from './vocabulary.js';

/** What a field line holds. */
export type FieldLine =
  | { kind: 'caption'; caption: string; credit: string | null }
  | { kind: 'credit'; credit: string }
  | { kind: 'source'; source: string }
  | { kind: 'byline'; byline: string; credit: string | null };

/** A trailing agency credit such as `(dpa/red)` or `(AFP)` after the last sentence of a paragraph. */
const TRAILING_CREDIT = /([.!?…"”“»'’])\s*\((\p{L}{2,8}(?:\s*\/\s*\p{L}{2,8}){0,4})\)\s*$/u;

/**
 * A credit after the copyright sign, the same in every language: `© AFP / Name`,
 * `Caption text. © Agency`, `Caption | © J. Name`. The credit runs to the line's end, does not
 * end a sentence there and has at most {@link COPYRIGHT_CREDIT_MAX_WORDS} words.
 */
const COPYRIGHT_CREDIT = /(?:^|\s|[|·])[©Ⓒ]\s*([^©!?]*[^\s©.!?|·])\s*$/u;
/** Most words of a credit after `©`: a name, an agency and a year run to a handful; more is a sentence. */
const COPYRIGHT_CREDIT_MAX_WORDS = 8;
/** Most words of a caption that ends in a `©` credit (longer lines are body text quoting a notice). */
const COPYRIGHT_CAPTION_MAX_WORDS = 40;
/**
 * Most words of a line read as a figure's caption (`Abbildung 4: …`): captions under charts and
 * photos run to two sentences; a longer line opening with such a label is body text discussing the figure.
 */
const FIGURE_CAPTION_MAX_WORDS = 40;
/** A whole line that is a parenthetical photo credit: `(Credit: Name / Agency)`, `(Foto: dpa)`. */
const PARENTHESISED = /^\((.{2,100})\)$/u;

/** The photo credit a line ends in after `©` (or is), as a field, or null. */
function copyrightField(text: string): FieldLine | null {
  const match = COPYRIGHT_CREDIT.exec(text);
  if (!match || wordCount(match[1] ?? '') > COPYRIGHT_CREDIT_MAX_WORDS) return null;
  const before = text.slice(0, match.index).replace(/[\s|·–—-]+$/u, '');
  const credit = `© ${(match[1] ?? '').trim()}`;
  // A credit standing alone is kept as a caption line carrying that credit, not as a bare
  // credit: the line above it is not thereby a caption (`markCaptions` in context.ts), since under
  // an image it may as well follow the paragraph before.
  if (before === '') return { kind: 'caption', caption: text, credit };
  return wordCount(before) <= COPYRIGHT_CAPTION_MAX_WORDS ? { kind: 'caption', caption: text, credit } : null;
}

/** True for a byline name: capitalised words (`Jane Doe`, `Ngoc Anh`), joined by `,`, `&` or a name joiner (`and`, `van`). */
function isName(text: string): boolean {
  const words = text.trim().split(/\s*[,&]\s*|\s+/u).filter((word) => word !== '');
  return words.length > 0 && /^\p{Lu}/u.test(words[0] ?? '') && words.every((word) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word) || VOCABULARY.nameJoiners.has(word));
}

/** Reads a field line (caption, credit, source, byline), or returns null for any other line. */
export function readFieldLine(line: string): FieldLine | null {
  const text = line.trim();
  const source = VOCABULARY.sourceLine.exec(text);
  if (source) return { kind: 'source', source: (source[1] ?? '').trim() };
  const inner = PARENTHESISED.exec(text)?.[1];
  if (inner !== undefined && VOCABULARY.photoCreditLine.test(inner.trim())) return { kind: 'caption', caption: text, credit: inner.trim() };
  if (text.includes('©') || text.includes('Ⓒ')) {
    const copyright = copyrightField(text);
    if (copyright) return copyright;
  }
  if (VOCABULARY.figureCaption.test(text) && wordCount(text) <= FIGURE_CAPTION_MAX_WORDS) return { kind: 'caption', caption: text, credit: null };
  const photoCredit = VOCABULARY.photoCreditLine.exec(text);
  if (photoCredit && wordCount(text) <= 12 && !/[.!?]$/u.test(text)) return { kind: 'credit', credit: text };
  const byline = VOCABULARY.bylinePrefix.exec(text);
  if (byline && wordCount(text) <= BYLINE_MAX_WORDS + 2 && !/[.!?:]$/u.test(text) && isName(byline[1] ?? '')) {
    return { kind: 'byline', byline: (byline[1] ?? '').trim(), credit: null };
  }
  const attribution = VOCABULARY.attribution.exec(text);
  if (attribution && isName(attribution[1] ?? '') && wordCount(attribution[1] ?? '') <= BYLINE_MAX_WORDS) {
    return { kind: 'byline', byline: (attribution[1] ?? '').trim(), credit: text };
  }
  const tail = VOCABULARY.photoCreditTail.exec(text) ?? VOCABULARY.parentheticalCredit.exec(text);
  if (tail && text.length > (tail[0] ?? '').length + 10) {
    return { kind: 'caption', caption: text, credit: (tail[1] ?? '').trim() };
  }
  return null;
}

/** Splits a trailing agency credit off a paragraph: `Text. (dpa/red)` → `Text.` and `dpa/red`. */
export function splitTrailingCredit(paragraph: string): { text: string; credit: string | null } {
  const match = TRAILING_CREDIT.exec(paragraph);
  if (!match) return { text: paragraph, credit: null };
  const cut = match.index + (match[1] ?? '').length;
  return { text: paragraph.slice(0, cut).trim(), credit: `(${match[2] ?? ''})` };
}

/** True when `line` could be an author's name on its own (after an author-image placeholder). */
export function isNameLike(line: string): boolean {
  return wordCount(line) <= BYLINE_MAX_WORDS && !/[.!?:;]$/u.test(line.trim()) && /^\p{Lu}/u.test(line.trim());
}
