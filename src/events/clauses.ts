/**
 * Clauses of one sentence. A clause ends at a comma (a weak boundary), at other clause
 * punctuation (a strong boundary: `;` `:` brackets, quotes, dashes) or before a subordinator
 * (`dass`, `omdat`, `that`, `que`: strong, and the new clause is subordinate). A comma between two
 * names of a list (`Japan, South Korea and the US`) is no boundary. Clauses joined by weak
 * boundaries form a group: the span that modality cues and a missing subject are looked for in.
 */
import type { CompiledLocale } from './compile.js';
import type { Token } from './tokens.js';

/** One clause: a token range. */
export interface Clause {
  from: number;
  to: number;
  /** Clauses joined by commas share a group number. */
  group: number;
  /** True when the clause opens with a subordinator. */
  subordinate: boolean;
}

/** The clauses of a sentence and the clause of every token. */
export interface ClauseMap {
  clauses: Clause[];
  clauseOf: number[];
}

/** Punctuation that ends a clause and its group. */
const STRONG = new Set([';', ':', '(', ')', '[', ']', '"', '“', '”', '„', '«', '»', '‚', '‘', '‹', '›', '!', '?', '…', '-', '–', '—']);

/** Quotation marks: a short quoted name between a pair is no clause boundary. */
const QUOTES = new Set(['"', '“', '”', '„', '«', '»', '‚', '‘', '‹', '›']);

/**
 * Most words inside quotation marks that still form a quoted name or term (`die „Zwei-plus-Zwei“-Gespräche`,
 * `als „Eckpfeiler“`) rather than a quoted statement: four, since names and scare-quoted terms
 * are one to four words while a quoted statement holds a verb and its arguments.
 */
const SHORT_QUOTE_WORDS = 4;

/** Tokens of quotation marks around short quoted terms, and a hyphen glued to the closing mark. */
function shortQuoteMarks(tokens: readonly Token[]): Set<number> {
  const inert = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!QUOTES.has((tokens[i] as Token).norm) || inert.has(i)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i - 1 <= SHORT_QUOTE_WORDS && ((tokens[j] as Token).word || (tokens[j] as Token).norm === '-')) j++;
    const close = tokens[j];
    if (!close || j === i + 1 || j - i - 1 > SHORT_QUOTE_WORDS || !QUOTES.has(close.norm)) continue;
    inert.add(i);
    inert.add(j);
    const glued = tokens[j + 1];
    if (glued && glued.norm === '-' && glued.start === close.end) inert.add(j + 1);
    i = j;
  }
  return inert;
}

/**
 * Splits a sentence's tokens into clauses.
 * @param isListComma true for a comma token that separates two names of a list
 */
export function segmentClauses(tokens: readonly Token[], rules: CompiledLocale, isListComma: (index: number) => boolean): ClauseMap {
  const clauses: Clause[] = [];
  const clauseOf: number[] = new Array<number>(tokens.length).fill(0);
  let current: Clause = { from: 0, to: -1, group: 0, subordinate: false };
  const close = (to: number, next: number, strong: boolean, subordinate: boolean): void => {
    current.to = to;
    clauses.push(current);
    current = { from: next, to: -1, group: strong ? current.group + 1 : current.group, subordinate };
  };
  const inert = shortQuoteMarks(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (inert.has(i)) continue;
    if (!token.word) {
      if (token.norm === ',' && !isListComma(i)) close(i, i + 1, false, false);
      else if (STRONG.has(token.norm)) close(i, i + 1, true, false);
      continue;
    }
    const opens = rules.subordinators.has(token.norm) || (token.elision !== null && rules.subordinators.has(token.elision));
    if (!opens) continue;
    if (i > current.from) close(i - 1, i, true, true);
    else if (!current.subordinate) {
      current.subordinate = true;
      current.group = (clauses[clauses.length - 1]?.group ?? -1) + 1;
    }
  }
  current.to = tokens.length - 1;
  clauses.push(current);
  clauses.forEach((clause, index) => {
    for (let k = clause.from; k <= clause.to; k++) clauseOf[k] = index;
  });
  return { clauses, clauseOf };
}

/** The token range [from, to] of the group of clause `index`. */
export function groupRange(map: ClauseMap, index: number): [number, number] {
  const group = map.clauses[index]?.group;
  let from = Number.POSITIVE_INFINITY;
  let to = -1;
  for (const clause of map.clauses) {
    if (clause.group !== group) continue;
    from = Math.min(from, clause.from);
    to = Math.max(to, clause.to);
  }
  return [from, to];
}
