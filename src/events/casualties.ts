/**
 * Casualty counts stated in a sentence (`nine people were killed`, `16 Tote`, `64 gewonden`),
 * read with the locale's patterns. The largest stated count of each kind is kept.
 */
import type { CompiledLocale } from './compile.js';

/** Dead and injured stated in one sentence; null where the sentence states none. */
export interface Casualties {
  killed: number | null;
  injured: number | null;
}

function toNumber(text: string, rules: CompiledLocale): number | null {
  const word = rules.numbers.get(text.toLowerCase());
  if (word !== undefined) return word;
  const digits = /^\d{1,3}(?:[.,]\d{3})+$/u.test(text) ? text.replace(/[.,]/gu, '') : text;
  return /^\d+$/u.test(digits) ? Number(digits) : null;
}

function largest(expressions: readonly RegExp[], text: string, rules: CompiledLocale): number | null {
  let best: number | null = null;
  for (const expression of expressions) {
    for (const match of text.matchAll(expression)) {
      const value = toNumber(match.groups?.['n'] ?? '', rules);
      if (value !== null && (best === null || value > best)) best = value;
    }
  }
  return best;
}

/** The casualties stated in `sentence`, or null when it states none. */
export function casualtiesIn(sentence: string, rules: CompiledLocale): Casualties | null {
  const killed = largest(rules.killed, sentence, rules);
  const injured = largest(rules.injured, sentence, rules);
  return killed === null && injured === null ? null : { killed, injured };
}
