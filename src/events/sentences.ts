/**
 * Sentence splitting. Line breaks are hard boundaries; inside a line a sentence ends at `.`, `!`,
 * `?` or `…` (plus closing quotes) followed by a space and a capital, digit or opening quote,
 * unless the dot belongs to an abbreviation of the language, an initial (`J. Smith`), dotted
 * initials (`U.S.`, `z.B.`), an ordinal date (`am 28. Juli`), or lies inside a short quotation.
 */
import type { SentenceRules } from './locale.js';
import { EVENT_LOCALES, localeFor } from './locales/index.js';

/** One sentence with its offsets into the text it was taken from. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * A quotation longer than this is not kept whole: it is split like plain text. Chosen so that a
 * quoted statement of two or three sentences stays with its attribution (`„…“, sagte er.`) while
 * an unbalanced quote mark cannot swallow a whole paragraph.
 */
const MAX_QUOTED_CHARS = 500;

/** Characters that may follow the final punctuation and still belong to the sentence. */
const CLOSERS = new Set(['"', '”', '“', '»', '«', '’', "'", ')', ']', '‹', '›']);
/** Characters that may open a sentence besides capitals and digits. */
const OPENERS = new Set(['"', '“', '„', '«', '»', '‚', '‘', "'", '(', '[', '¿', '¡', '‹', '›']);
/** Bullet marks stripped from the start of a sentence. */
const BULLETS = /^[\s•·▪●◦‣∙]+/u;

/** The sentence rules prepared for fast lookups. */
interface CompiledRules {
  abbreviations: Set<string>;
  months: Set<string>;
  ordinalLeaders: Set<string>;
  openers: Map<string, Set<string>>;
}


function compile(rules: SentenceRules): CompiledRules {
  const openers = new Map<string, Set<string>>();
  for (const [open, close] of [...rules.quotes, ['"', '"'] as [string, string]]) {
    const closers = openers.get(open) ?? new Set<string>();
    closers.add(close);
    openers.set(open, closers);
  }
  return {
    abbreviations: new Set(rules.abbreviations),
    months: new Set(rules.months),
    ordinalLeaders: new Set(rules.ordinalLeaders),
    openers,
  };
}

/** Rules for languages without a locale: punctuation, initials and the common quotation marks only. */
const GENERIC: CompiledRules = compile({ abbreviations: [], months: [], ordinalLeaders: [], quotes: [['“', '”'], ['„', '“'], ['«', '»']] });

/** Every locale's sentence rules, compiled once when the module loads. */
const COMPILED: ReadonlyMap<string, CompiledRules> = new Map(Object.entries(EVENT_LOCALES).map(([code, locale]) => [code, compile(locale.sentences)]));

function rulesFor(lang: string): CompiledRules {
  const code = localeFor(lang)?.code;
  return (code ? COMPILED.get(code) : undefined) ?? GENERIC;
}

/** Matched quotation spans [open, close] inside one line, short enough to be kept whole. */
function quoteSpans(line: string, rules: CompiledRules): [number, number][] {
  const spans: [number, number][] = [];
  const stack: { char: string; at: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    const top = stack[stack.length - 1];
    if (top && rules.openers.get(top.char)?.has(char)) {
      stack.pop();
      if (i - top.at <= MAX_QUOTED_CHARS) spans.push([top.at, i]);
    } else if (rules.openers.has(char)) {
      stack.push({ char, at: i });
    }
  }
  return spans;
}

/** The word that ends just before `at` (from the previous space), without leading brackets or quotes. */
function wordBefore(line: string, at: number): string {
  let from = at;
  while (from > 0 && !/\s/u.test(line[from - 1] as string)) from--;
  return line.slice(from, at).replace(/^[("'“„«»‚‘[]+/u, '');
}

/**
 * True when the single letter before `dot` is an initial (`George W. Bush`, `J. K. Rowling`), not
 * a one-letter word ending a sentence (`… meldt PANSA op X. De …`): an initial follows a capitalised
 * word or a title, opens the line, or is followed by another initial.
 */
function isInitial(line: string, dot: number, next: number, rules: CompiledRules): boolean {
  const previous = wordBefore(line, dot - 2);
  if (previous === '' || /^\p{Lu}/u.test(previous) || rules.abbreviations.has(previous.toLowerCase())) return true;
  return /^\p{Lu}\.(?:\s|$)/u.test(line.slice(next, next + 3));
}

/** True when the dot at `dot` does not end a sentence. */
function dotIsInner(line: string, dot: number, next: number, rules: CompiledRules): boolean {
  const raw = wordBefore(line, dot + 1);
  const word = raw.toLowerCase();
  if (rules.abbreviations.has(word)) return true;
  if (/^\p{L}\.$/u.test(raw)) return isInitial(line, dot, next, rules);
  if (/^(?:\p{L}\.){2,}$/u.test(word)) return true; // dotted initials: u.s., z.b.
  if (/^\d{1,2}\.$/u.test(word)) {
    const after = /^[\p{L}]+/u.exec(line.slice(next))?.[0]?.toLowerCase() ?? '';
    if (rules.months.has(after)) return true;
    const before = wordBefore(line, dot - raw.length).toLowerCase();
    if (rules.ordinalLeaders.has(before)) return true;
  }
  return false;
}

/** Adds the sentences of one line (offset `base` in the whole text) to `out`. */
function splitLine(line: string, base: number, rules: CompiledRules, out: Sentence[]): void {
  const spans = quoteSpans(line, rules);
  let from = 0;
  const push = (to: number): void => {
    const piece = line.slice(from, to);
    const lead = BULLETS.exec(piece)?.[0].length ?? 0;
    const text = piece.slice(lead).trimEnd();
    if (text.length > 0) out.push({ start: base + from + lead, end: base + from + lead + text.length, text });
  };
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
    let end = i + 1;
    while (end < line.length && /[.!?…]/u.test(line[end] as string)) end++;
    while (end < line.length && CLOSERS.has(line[end] as string)) end++;
    if (end < line.length && !/\s/u.test(line[end] as string)) continue;
    let next = end;
    while (next < line.length && /\s/u.test(line[next] as string)) next++;
    if (next < line.length) {
      const first = line[next] as string;
      if (!/[\p{Lu}\p{Lt}\p{N}]/u.test(first) && !OPENERS.has(first)) continue;
    }
    if (spans.some(([open, close]) => open < i && close >= end)) continue;
    if (char === '.' && end === i + 1 && dotIsInner(line, i, next, rules)) continue;
    push(end);
    from = next;
    i = end - 1;
  }
  push(line.length);
}

/**
 * Splits `text` into sentences with offsets into `text`. Line breaks always end a sentence.
 * @param text any text (an item's full text)
 * @param lang ISO 639-1 code; unknown languages use punctuation, initials and quotes only
 */
export function splitSentences(text: string, lang: string): Sentence[] {
  const rules = rulesFor(lang);
  const out: Sentence[] = [];
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/gu;
  let from = 0;
  for (const match of text.matchAll(lineBreak)) {
    const at = match.index ?? 0;
    splitLine(text.slice(from, at), from, rules, out);
    from = at + match[0].length;
  }
  splitLine(text.slice(from), from, rules, out);
  return out;
}
