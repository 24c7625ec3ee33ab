/**
 * Turning a plain-text capture into lines. A relative timestamp glued to the text next to it
 * (`42 minuten geledenKOPENHAGEN (ANP) - …`, a side effect of copying a page's text) is split
 * off into a line of its own, so the classifier sees the stamp and the paragraph separately.
 */
import { parseDateline } from './dateline.js';
import { HEADING_MAX_CHARS, STAMP_MAX_CHARS } from './thresholds.js';
import { VOCABULARY } from './vocabulary.js';

/** How a line was marked up, when it came from HTML. */
export type LineHint = 'heading' | 'link' | 'bullet';

/** One line of input with its layout. */
export interface SourceLine {
  text: string;
  /** 1-based line number in the capture (for messages and tests). */
  number: number;
  /** True when a blank line (or a block boundary) precedes this line. */
  blankBefore: boolean;
  hint?: LineHint;
}

/** Splits a capture into trimmed non-blank lines, remembering blank lines before each. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let blankBefore = true;
  const raw = text.replace(/\r\n?/gu, '\n').replace(/[\u00a0\u2007\u202f]/gu, ' ').split('\n');
  raw.forEach((line, index) => {
    const trimmed = line.replace(/[\u200b\ufeff]/gu, '').trim();
    if (trimmed === '') {
      blankBefore = true;
      return;
    }
    lines.push({ text: trimmed, number: index + 1, blankBefore });
    blankBefore = false;
  });
  return lines;
}

/**
 * True when a relative timestamp stands where the classifier looks for one: anywhere in a line
 * short enough to be a stamp with a label ({@link HEADING_MAX_CHARS} + {@link STAMP_MAX_CHARS}),
 * else at the start or within the last {@link STAMP_MAX_CHARS} characters (a stamp glued to a
 * sentence). A stamp in the middle of a long line is never read, so it is never searched for.
 */
export function mayHoldStamp(text: string): boolean {
  if (text.length <= HEADING_MAX_CHARS + STAMP_MAX_CHARS) return VOCABULARY.stampAnywhere.test(text);
  return VOCABULARY.stampStart.test(text) || VOCABULARY.stampAnywhere.test(text.slice(-STAMP_MAX_CHARS));
}

/**
 * Splits relative timestamps glued to a neighbouring paragraph into their own lines. A stamp
 * at the start is split off only when the rest follows without a space or opens with a
 * dateline (a sentence may well begin "Vor 13 Minuten hat …"); a stamp at the end only after
 * sentence-final punctuation.
 */
export function splitGluedStamps(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    if (!mayHoldStamp(line.text)) {
      out.push(line);
      continue;
    }
    const start = VOCABULARY.stampStart.exec(line.text);
    if (start && start[2] !== undefined && start[2].trim() !== '') {
      const rest = start[2];
      if (!/^\s/u.test(rest) || parseDateline(rest.trim()) !== null) {
        out.push({ ...line, text: (start[1] ?? '').trim() });
        out.push({ ...line, text: rest.trim(), blankBefore: false });
        continue;
      }
    }
    const end = VOCABULARY.stampEnd.exec(line.text);
    if (end && !VOCABULARY.stampLine.test(line.text)) {
      out.push({ ...line, text: (end[1] ?? '').trim() });
      out.push({ ...line, text: (end[2] ?? '').trim(), blankBefore: false });
      continue;
    }
    out.push(line);
  }
  return out;
}
