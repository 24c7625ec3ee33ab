/**
 * The date locales Dossier knows, as data. Add a language by adding a folder beside this file and a
 * line here.
 */
import { ar } from './ar/index.js';
import { de } from './de/index.js';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { fr } from './fr/index.js';
import { it } from './it/index.js';
import { nl } from './nl/index.js';
import { ru } from './ru/index.js';
import type { DateLocale } from './types.js';

/** Every registered date locale by ISO 639-1 code. */
export const DATE_LOCALES: Readonly<Record<string, DateLocale>> = { en, de, nl, fr, es, it, ru, ar };

/** The locale for an ISO 639-1 code (a region suffix such as `de-AT` is ignored), or null when none is registered. */
export function dateLocale(code: string | null | undefined): DateLocale | null {
  if (!code) return null;
  const primary = code.toLowerCase().split(/[-_]/)[0] ?? '';
  return DATE_LOCALES[primary] ?? null;
}

/** All locales, the one for `first` (when registered) leading. */
export function localesStartingWith(first: string | null | undefined): DateLocale[] {
  const lead = dateLocale(first);
  const rest = Object.values(DATE_LOCALES).filter((locale) => locale !== lead);
  return lead ? [lead, ...rest] : rest;
}
