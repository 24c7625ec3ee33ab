/**
 * The registry of event locales: one entry per language folder under `src/events/locales/`.
 */
import type { EventLocale } from '../locale.js';
import { de } from './de/index.js';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { fr } from './fr/index.js';
import { nl } from './nl/index.js';

/** Every language the events stage reads, keyed by ISO 639-1 code. */
export const EVENT_LOCALES: Readonly<Record<string, EventLocale>> = { de, en, es, fr, nl };

/** The rules for `lang` (ISO 639-1, case-insensitive, region ignored: `de-AT` → `de`), or null when unsupported. */
export function localeFor(lang: string): EventLocale | null {
  const code = lang.toLowerCase().split(/[-_]/u)[0] ?? '';
  return EVENT_LOCALES[code] ?? null;
}
