/**
 * Writing command output: JSON documents, JSON lines, and plain text.
 */
import type { CliIO } from './io.js';

/** Writes one JSON document (pretty-printed) followed by a newline. */
export function writeJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Writes one compact JSON object per line. */
export function writeJsonl(io: CliIO, values: Iterable<unknown>): void {
  for (const value of values) io.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Writes lines of text. */
export function writeLines(io: CliIO, lines: Iterable<string>): void {
  for (const line of lines) io.stdout.write(`${line}\n`);
}

/** `n` with its noun, plural when `n` is not 1: `1 mention`, `3 items`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Shortens text to `max` characters on a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** A date for display: the date part, plus the time when the precision is finer than a day. */
export function showDate(date: string | null | undefined, precision?: string | null): string {
  if (!date) return 'undated';
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  if (precision === 'minute' || precision === 'hour') return `${date.slice(0, 10)} ${date.slice(11, 16)}`;
  return date.slice(0, 10);
}
