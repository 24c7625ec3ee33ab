/**
 * The sentence around a span, for evidence and for future markers. A sentence ends at a line break
 * or at `.`, `!`, `?` followed by a space, except a `.` right after a digit ("am 28. Juli").
 */

/** Longest evidence quoted, in characters. */
const MAX_SENTENCE = 300;

function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  if (!/\s/.test(text[i + 1] ?? ' ')) return false;
  return !(c === '.' && /\d/.test(text[i - 1] ?? ''));
}

/** Start and end offsets of the sentence holding `[start, end)`. */
export function sentenceBounds(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !isBoundary(text, from - 1)) from -= 1;
  let to = end;
  while (to < text.length && !isBoundary(text, to)) to += 1;
  if (to < text.length && text[to] !== '\n') to += 1;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}

/** The sentence holding `[start, end)`, cut to {@link MAX_SENTENCE} characters around the span. */
export function sentenceAround(text: string, start: number, end: number): string {
  const bounds = sentenceBounds(text, start, end);
  if (bounds.end - bounds.start <= MAX_SENTENCE) return text.slice(bounds.start, bounds.end);
  const from = Math.max(bounds.start, Math.min(start - MAX_SENTENCE / 2, bounds.end - MAX_SENTENCE));
  return text.slice(from, Math.min(bounds.end, from + MAX_SENTENCE)).trim();
}

/**
 * True when the span is a stamp line: it begins its line and nothing follows it on the line, or the
 * next word is glued to it ("42 minuten geledenKOPENHAGEN", as text captures of digest pages show).
 */
export function isStampLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return rest.trim() === '' || /^\p{L}/u.test(rest);
}
