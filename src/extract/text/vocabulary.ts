/**
 * The union of every locale's extraction vocabulary, compiled once into lookup sets and
 * regular expressions. The classifier asks these questions of a line without knowing its
 * language.
 */
import { EXTRACT_LOCALES, type ExtractLocale } from '../locales/index.js';
import { LABEL_MAX_WORDS } from './thresholds.js';

/** Escapes a literal for use inside a regular expression. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Lower-cases a line and drops a trailing colon, a count such as `(0)` and stray arrows. */
export function normalizeLabel(line: string): string {
  return line
    .trim()
    .toLowerCase()
    .replace(/\s*\(\d+\)\s*$/u, '')
    .replace(/[\s:›»>|]+$/u, '')
    .replace(/\s+/gu, ' ');
}

/** Number of whitespace-separated words in a line. */
export function wordCount(line: string): number {
  const trimmed = line.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** The end of a sentence: a word of two or more letters or digits, final punctuation, then a new sentence or the end. */
const SENTENCE_END = /[\p{L}\p{N}]{2,}[.!?…]["'”“»’)\]]*(?=\s+["'„“«‘(]?[\p{Lu}\p{N}]|\s*$)/gu;

/** Number of sentences in `text` (at least 1 for non-blank text). */
export function sentenceCount(text: string): number {
  if (text.trim() === '') return 0;
  return Math.max(1, text.match(SENTENCE_END)?.length ?? 0);
}

function collect(pick: (locale: ExtractLocale) => readonly string[]): string[] {
  return [...new Set(EXTRACT_LOCALES.flatMap(pick))];
}

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

function labelSet(pick: (locale: ExtractLocale) => readonly string[]): ReadonlySet<string> {
  return new Set(collect(pick).map(normalizeLabel));
}

function prefixPattern(pick: (locale: ExtractLocale) => readonly string[]): RegExp {
  return new RegExp(`^(?:${alternation(collect(pick))})(?=$|[\\s:,.!?-])`, 'iu');
}

const stampSource = `(?:${collect((l) => l.relativeStamps).join('|')})`;
/** A clock time such as `16:10`, `16.10 Uhr` or `16h10`. */
const clockSource = `\\d{1,2}[:.h]\\d{2}(?:\\s*(?:${alternation(collect((l) => l.timeSuffixes))}))?`;
/** Not a letter or digit: the edge of a word. */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
const pronouns = collect((l) => l.readerPronouns);
/** Capitalised pronouns (German `Sie`) count only as written and not after a sentence end or at the start. */
const capitalPronouns = pronouns.filter((word) => /^\p{Lu}/u.test(word));
const lowerPronouns = pronouns.filter((word) => !/^\p{Lu}/u.test(word));
const photoLabels = alternation(collect((l) => l.photoLabels));
const viaWords = alternation(collect((l) => l.creditViaWords));

/** Compiled vocabulary of all locales. */
export const VOCABULARY = {
  interfaceLines: labelSet((l) => l.interfaceLines),
  interfacePrefix: prefixPattern((l) => l.interfacePrefixes),
  interfacePattern: new RegExp(`^(?:${collect((l) => l.interfacePatterns).join('|')})$`, 'iu'),
  promptWord: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(collect((l) => l.promptWords))})(?:$|[^\\p{L}])`, 'iu'),
  digestHeading: prefixPattern((l) => l.digestHeadings),
  relatedMarkers: labelSet((l) => l.relatedMarkers),
  relatedInline: new RegExp(`^(?:${alternation(collect((l) => l.relatedMarkers))})\\s*:\\s*\\S`, 'iu'),
  commentMarkers: labelSet((l) => l.commentMarkers),
  /** Headings after which nothing belongs to the article (related posts, about the author). */
  endMarkers: labelSet((l) => l.endMarkers),
  commentCountLabels: labelSet((l) => l.commentCountLabels),
  /** Class or id words of comment sections in markup. */
  commentClass: new RegExp(`(?:^|[\\s_-])(?:${alternation(collect((l) => l.commentClassWords))})(?:$|[\\s_-])`, 'iu'),
  /** A whole line that stamps the last update: `Bijgewerkt: 15 minuten geleden`, `Updated 16:10`. */
  updateStampLine: new RegExp(`^(?:${alternation(collect((l) => l.updateLabels))})\\s*:?\\s*(?:${stampSource}|${clockSource})$`, 'iu'),
  /** A word addressing the reader, in lower case (`je`, `you`, `vous`). */
  readerPronoun: new RegExp(`${EDGE_BEFORE}(?:${alternation(lowerPronouns)})${EDGE_AFTER}`, 'iu'),
  /** A capitalised word addressing the reader inside a sentence (German `Sie`, `Ihnen`). */
  readerPronounInside: new RegExp(`(?<=[\\p{L}\\p{N},;]\\s+)(?:${alternation(capitalPronouns)})${EDGE_AFTER}`, 'u'),
  /** A word of a site's call to action (`subscribe`, `abonnieren`, `téléchargez`, `volg ons`), as written in any case. */
  callToAction: new RegExp(`${EDGE_BEFORE}(?:${alternation(collect((l) => l.callToActionWords))})${EDGE_AFTER}`, 'iu'),
  /** Every call-to-action word of a line (global, for counting distinct ones: `download` … `apps`). */
  callToActionAll: new RegExp(`${EDGE_BEFORE}(?:${alternation(collect((l) => l.callToActionWords))})${EDGE_AFTER}`, 'giu'),
  /** A line opening with a call-to-action word: an imperative (`Subscribe now …`). */
  callToActionStart: new RegExp(`^[^\\p{L}\\p{N}]*(?:${alternation(collect((l) => l.callToActionWords))})${EDGE_AFTER}`, 'iu'),
  /**
   * A rights notice: a locale's phrase (`All rights reserved`, `Alle Rechte vorbehalten`) anywhere, or a line
   * opening with `Copyright`, `©` or `(c)` and a year within its first words (`© 2020 Name`, `Copyright © Name 2020`).
   */
  rightsNotice: new RegExp(`${EDGE_BEFORE}(?:${alternation(collect((l) => l.rightsReserved))})${EDGE_AFTER}|^(?:copyright|copyleft|©|\\(c\\))(?:\\s*©)?[^.!?]{0,40}?(?:19|20)\\d\\d`, 'iu'),
  /** A site's disclaimer about what it publishes (`the views expressed …`, `n'engagent que leurs auteurs`), anywhere in a line. */
  disclaimer: new RegExp(`${EDGE_BEFORE}(?:${alternation(collect((l) => l.disclaimers))})${EDGE_AFTER}`, 'iu'),
  /** A word of reported speech or attribution (`zei`, `sagte`, `said`, `selon`). */
  reportingWord: new RegExp(`${EDGE_BEFORE}(?:${alternation(collect((l) => l.reportingWords))})${EDGE_AFTER}`, 'iu'),
  /** Lower-case words allowed inside a byline name. */
  nameJoiners: new Set(collect((l) => l.nameJoiners)),
  /** A relative timestamp anywhere in a line (a cheap first test before classifying lines). */
  stampAnywhere: new RegExp(stampSource, 'iu'),
  /** A whole line that is a relative timestamp. */
  stampLine: new RegExp(`^${stampSource}$`, 'iu'),
  /** A relative timestamp at the start of a line, with the rest of the line in group 2. */
  stampStart: new RegExp(`^(${stampSource})(.*)$`, 'iu'),
  /** A relative timestamp glued to the end of a sentence. */
  stampEnd: new RegExp(`^(.*[.!?…"”“»'’])\\s*(${stampSource})$`, 'iu'),
  /** A label, then a separator or a space, then a relative timestamp: `Pendler_Lö · vor 2 Stunden`. */
  stampedEnd: new RegExp(`^(.+?)(\\s*[·•|–—-]\\s*|\\s+)(${stampSource})$`, 'iu'),
  /** A relative timestamp, then a separator or a space, then a label: `il y a 14 minutes · Trafic perturbé`. */
  stampedStart: new RegExp(`^(${stampSource})(\\s*[·•|–—:-]\\s*|\\s+)(.+)$`, 'iu'),
  /** A photo credit standing alone: `Foto: Name/Agency`. */
  photoCreditLine: new RegExp(`^(?:${photoLabels})\\s*:\\s*(\\S.{0,100})$`, 'iu'),
  /** A figure's caption: a figure label, an optional number, a colon or full stop, text (`Abbildung 4: …`, `Fig. 2. …`). */
  figureCaption: new RegExp(`^(?:${alternation(collect((l) => l.figureLabels))})\\s*\\d{0,3}[a-z]?\\s*[:.]\\s+\\S`, 'iu'),
  /** A caption ending in a photo credit: `… Foto: Pool`. */
  photoCreditTail: new RegExp(`(?:^|[\\s.;,])((?:${photoLabels})\\s*:\\s*[^.!?:]{1,60})$`, 'iu'),
  /** A caption ending in a parenthetical credit: `(Embassy via AP)`, `(AP Photo/Name)`. */
  parentheticalCredit: new RegExp(
    `\\(((?:[^()]{0,60}\\s)?(?:${viaWords})\\s+[^()]{1,40}|(?:[^()\\s]{1,20}\\s)?(?:${photoLabels})(?:\\s*[:/]\\s*|\\s+)[^()]{1,60})\\)$`,
    'iu',
  ),
  sourceLine: new RegExp(`^(?:${alternation(collect((l) => l.sourceLabels))})\\s*:\\s*(\\S.*)$`, 'iu'),
  bylinePrefix: new RegExp(`^(?:${alternation(collect((l) => l.bylinePrefixes))})\\s+(\\p{Lu}.*)$`, 'u'),
  attribution: new RegExp(`^([^()]{2,60}?)\\s*\\(((?:${alternation(collect((l) => l.attributionWords))})\\s[^()]{1,80})\\)$`, 'iu'),
} as const;

/** True when `line` is a short interface label of any locale (share, print, reading time, logo …). */
export function isInterfaceLine(line: string): boolean {
  const label = normalizeLabel(line);
  if (VOCABULARY.interfaceLines.has(label)) return true;
  if (VOCABULARY.interfacePattern.test(line.trim())) return true;
  return wordCount(line) <= LABEL_MAX_WORDS && VOCABULARY.interfacePrefix.test(line.trim());
}

/** A count after a label, as in `Comments (12)`. */
const COMMENT_COUNT = /\(\d+\)\s*$/u;

/**
 * True when `line` opens a comment section (`Reacties`, `Leserkommentare`, or a count label such
 * as `Commentaires (4)`) or another part after the article's end (`Related posts`, `Über den Autor`).
 */
export function isCommentMarker(line: string): boolean {
  const label = normalizeLabel(line);
  return VOCABULARY.commentMarkers.has(label) || VOCABULARY.endMarkers.has(label) || (COMMENT_COUNT.test(line) && VOCABULARY.commentCountLabels.has(label));
}
