/**
 * French rules of entity recognition. Adjectives of nationality are written in lowercase and
 * agree in gender and number (`américain`, `américaine`, `américains`, `américaines`).
 */
import { localeFromWords } from '../build.js';
import type { EntityLocale } from '../types.js';
import * as words from './words.js';

/** All forms of a French adjective of nationality given its masculine singular. */
function agree(base: string): string[] {
  if (base.endsWith('e')) return [base, `${base}s`];
  if (/[sx]$/.test(base)) return [base, `${base}e`, `${base}es`];
  if (base.endsWith('en')) return [base, `${base}ne`, `${base}s`, `${base}nes`];
  return [base, `${base}e`, `${base}s`, `${base}es`];
}

/** The French locale. */
export const fr: EntityLocale = localeFromWords('fr', words, {
  inflectDemonym(base: string): string[] {
    return /^\p{Lu}/u.test(base) ? [base] : agree(base);
  },
});
