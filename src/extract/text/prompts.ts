/**
 * Site prompts addressed to the reader: a webmail, app or account notice at the top of a page
 * ("Kies je mailomgeving. Je kunt … lezen.") reads like a short paragraph, but it addresses the
 * reader (`je`, `Sie`, `you`, `vous`), quotes no one, names no source and has no dateline. Such
 * a paragraph before the page's first report is chrome, whatever its words.
 */
import type { ClassifiedLine } from './classify.js';
import { parseDateline } from './dateline.js';
import { READER_PROMPT_MAX_CHARS, READER_PROMPT_MAX_SENTENCES } from './thresholds.js';
import { sentenceCount, VOCABULARY } from './vocabulary.js';

/** Quotation marks: quoted speech is reporting, not a prompt. */
const QUOTES = /["„“”«»]/u;

/** True when `paragraph` reads as a site prompt addressed to the reader (see the module comment). */
export function isReaderPrompt(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text === '' || text.length > READER_PROMPT_MAX_CHARS || sentenceCount(text) > READER_PROMPT_MAX_SENTENCES) return false;
  if (parseDateline(text) !== null || QUOTES.test(text) || VOCABULARY.reportingWord.test(text)) return false;
  return VOCABULARY.readerPronoun.test(text) || VOCABULARY.readerPronounInside.test(text);
}

function kept(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && line.role !== 'chrome' && line.role !== 'nav';
}

/** The first line after `from` that is kept and is not a heading, or undefined. */
function nextNonHeading(lines: readonly ClassifiedLine[], from: number): ClassifiedLine | undefined {
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i];
    if (kept(line) && line?.role !== 'heading') return line;
  }
  return undefined;
}

/**
 * Marks reader prompts before the page's first report as chrome, in place. Only paragraphs
 * before the first other body line count, a body line must follow them (the report the page
 * is about), and a paragraph followed by a byline, date or caption is the report's own
 * standfirst and stays.
 */
export function markTopPrompts(lines: ClassifiedLine[]): void {
  const bodies = lines.flatMap((line, i) => (line.role === 'body' || line.role === 'bullet' ? [i] : []));
  for (const [k, i] of bodies.entries()) {
    const line = lines[i];
    if (!line || line.role !== 'body' || k === bodies.length - 1 || !isReaderPrompt(line.text)) return;
    const next = nextNonHeading(lines, i);
    if (next?.role === 'field' || next?.role === 'date') return;
    line.role = 'chrome';
    line.rule = 'reader-prompt';
  }
}
