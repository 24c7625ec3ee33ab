/**
 * Site prompts addressed to the reader: a webmail, app or account notice at the top of a page
 * ("Kies je mailomgeving. Je kunt … lezen.") reads like a short paragraph, but it addresses the
 * reader (`je`, `Sie`, `you`, `vous`), quotes no one, names no source and has no dateline. Such
 * a paragraph above the page's first headline is chrome, whatever its words.
 */
import type { ClassifiedLine } from './classify.js';
import { parseDateline } from './dateline.js';
import { KICKER_MAX_WORDS, LABEL_MAX_WORDS, PROMPT_MAX_CHARS, READER_PROMPT_MAX_CHARS, READER_PROMPT_MAX_SENTENCES } from './thresholds.js';
import { sentenceCount, VOCABULARY, wordCount } from './vocabulary.js';

/** Quotation marks: quoted speech is reporting, not a prompt. */
const QUOTES = /["„“”«»]/u;

/** True when `text` addresses the reader. */
function addressesReader(text: string): boolean {
  return VOCABULARY.readerPronoun.test(text) || VOCABULARY.readerPronounInside.test(text);
}

/** True when `paragraph` reads as a site prompt addressed to the reader (see the module comment). */
export function isReaderPrompt(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text === '' || text.length > READER_PROMPT_MAX_CHARS || sentenceCount(text) > READER_PROMPT_MAX_SENTENCES) return false;
  if (parseDateline(text) !== null || QUOTES.test(text) || VOCABULARY.reportingWord.test(text)) return false;
  return addressesReader(text);
}

function kept(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && line.role !== 'chrome' && line.role !== 'nav';
}

/** True for a kept heading long enough to be a report's headline (a kicker or a section label is shorter). */
function isHeadline(line: ClassifiedLine | undefined): boolean {
  return kept(line) && line?.role === 'heading' && wordCount(line.text) > KICKER_MAX_WORDS;
}

/** True when a headline follows the line at `from` before the next kept line that is not a heading, and that line is body text. */
function headlineLedReportFollows(lines: readonly ClassifiedLine[], from: number): boolean {
  let headline = false;
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!kept(line)) continue;
    if (line?.role !== 'heading') return headline && (line?.role === 'body' || line?.role === 'bullet');
    headline ||= isHeadline(line);
  }
  return false;
}

/**
 * True when a prompt's UI lines stand before line `to`: a short heading addressing the reader
 * ("Kies je mailomgeving") or a line naming a site service ("Webmail", a cookie notice).
 */
function promptHeadingBefore(lines: readonly ClassifiedLine[], to: number): boolean {
  return lines.slice(0, to).some(
    (line) =>
      (line.role === 'heading' && wordCount(line.text) <= LABEL_MAX_WORDS && addressesReader(line.text)) ||
      (line.text.length <= PROMPT_MAX_CHARS && VOCABULARY.promptWord.test(line.text)),
  );
}

/**
 * Marks reader prompts at the top of a page as chrome, in place: paragraphs above the page's
 * first headline, under a prompt's UI lines (a short heading addressing the reader, or a line
 * naming a site service such as "Webmail"), and followed by a headline-led report. A paragraph
 * under a headline is that report's standfirst and stays, however it addresses the reader.
 */
export function markTopPrompts(lines: ClassifiedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || !kept(line)) continue;
    if (line.role === 'heading') {
      if (isHeadline(line)) return;
      continue;
    }
    if (line.role !== 'body' || !isReaderPrompt(line.text) || !promptHeadingBefore(lines, i) || !headlineLedReportFollows(lines, i)) return;
    line.role = 'chrome';
    line.rule = 'reader-prompt';
  }
}

/**
 * Distinct call-to-action words that make a short line a prompt on their own, with no word
 * addressing the reader: "For the latest news download the X apps for iOS and Android" pairs
 * `download` with `apps`, "Subscribe to the newsletter" pairs two. A report's last paragraph may
 * name one such word ("the app was withdrawn"); two of them together are the site's own pitch.
 * Two is the smallest count that says more than one word does.
 */
const CALL_TO_ACTION_PAIR = 2;

/** Number of distinct call-to-action words in `text`, compared in lower case. */
function callToActionWords(text: string): number {
  return new Set(Array.from(text.matchAll(VOCABULARY.callToActionAll), (match) => match[0].toLowerCase())).size;
}

/**
 * True when `line` is a call to action addressed to the reader: short (at most
 * {@link READER_PROMPT_MAX_CHARS} characters and {@link READER_PROMPT_MAX_SENTENCES} sentences),
 * quoting no one, with a call-to-action word (`abonnieren`, `download`, `volg ons`) and either a
 * word addressing the reader, the call-to-action word first (an imperative: "Subscribe now …"),
 * or a second, different call-to-action word (see {@link CALL_TO_ACTION_PAIR}).
 */
export function isCallToAction(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > READER_PROMPT_MAX_CHARS || sentenceCount(text) > READER_PROMPT_MAX_SENTENCES) return false;
  if (QUOTES.test(text) || VOCABULARY.reportingWord.test(text) || !VOCABULARY.callToAction.test(text)) return false;
  return addressesReader(text) || VOCABULARY.callToActionStart.test(text) || callToActionWords(text) >= CALL_TO_ACTION_PAIR;
}

/**
 * Marks the site's calls to action at the end of an article as chrome, in place: walking back
 * from the last kept line, each body line or (non-link) heading that {@link isCallToAction} is
 * dropped, up to the first line that is not one. Newsletters, apps, subscriptions, donation
 * appeals and "share this article" prompts close many article containers with no markup of
 * their own; the article's own last paragraph reports, it does not ask the reader to act.
 */
export function markTailCallsToAction(lines: ClassifiedLine[]): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line || !kept(line) || line.hint === 'link') continue;
    if ((line.role !== 'body' && line.role !== 'heading') || !isCallToAction(line.text)) return;
    line.role = 'chrome';
    line.rule = 'tail-call-to-action';
  }
}
