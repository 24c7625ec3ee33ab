/**
 * The extraction vocabularies of every supported language. Extraction uses their union, so a
 * page is cleaned before its language is known; adding a language means adding
 * `locales/<lang>/index.ts` and one entry in {@link EXTRACT_LOCALES}.
 */
import { DE } from './de/index.js';
import { EN } from './en/index.js';
import { ES } from './es/index.js';
import { FR } from './fr/index.js';
import { IT } from './it/index.js';
import { NL } from './nl/index.js';
import { PL } from './pl/index.js';
import { PT } from './pt/index.js';
import type { ExtractLocale } from './types.js';

export type { ExtractLocale } from './types.js';

/** All extraction vocabularies, one per language. */
export const EXTRACT_LOCALES: readonly ExtractLocale[] = [NL, DE, EN, FR, ES, IT, PT, PL];
