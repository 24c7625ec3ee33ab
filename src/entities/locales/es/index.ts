/**
 * Spanish rules of entity recognition. Adjectives of nationality are written in lowercase and
 * agree in gender and number (`japonés`, `japonesa`, `japoneses`, `japonesas`).
 */
import { asciiFold } from '../../fold.js';
import { localeFromWords } from '../build.js';
import type { EntityLocale } from '../types.js';
import * as words from './words.js';

/** All forms of a Spanish adjective of nationality given its masculine singular. */
function agree(base: string): string[] {
  if (base.endsWith('o')) {
    const stem = base.slice(0, -1);
    return [base, `${stem}a`, `${stem}os`, `${stem}as`];
  }
  if (/[ea]$/.test(base)) return [base, `${base}s`];
  if (/[íú]$/.test(base)) return [base, `${base}es`, `${base}s`];
  if (/[áéíóú]\p{Ll}$/u.test(base)) {
    // `japonés` → `japonesa`: the accent goes once a syllable is added.
    const plain = base.slice(0, -2) + asciiFold(base.slice(-2));
    return [base, `${plain}a`, `${plain}es`, `${plain}as`];
  }
  return [base, `${base}a`, `${base}es`, `${base}as`];
}

/** The Spanish locale. */
export const es: EntityLocale = localeFromWords('es', words, {
  inflectDemonym(base: string): string[] {
    return /^\p{Lu}/u.test(base) ? [base] : agree(base);
  },
});
