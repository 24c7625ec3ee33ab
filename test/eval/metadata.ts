/**
 * Comparing extracted page metadata (title, byline, language) with the expected values of
 * Readability's test pages (`expected-metadata.json`). Pure functions.
 *
 * - Title and byline match when they are equal after whitespace normalisation (case kept).
 *   An expected null or empty value matches only an absent or empty answer.
 * - Language matches on the primary subtag, lowercased (`en-US` = `en`), because Dossier
 *   stores ISO 639-1 codes while the test pages keep the raw `lang` attribute.
 */
import { normaliseSpace } from './snippets.js';

/** The metadata fields compared. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  lang: string | null;
}

/** Which fields of one page matched. */
export interface MetadataMatch {
  title: boolean;
  byline: boolean;
  lang: boolean;
}

const text = (value: string | null | undefined): string => normaliseSpace(value ?? '');

/** The primary language subtag, lowercased (`''` for none). */
export function primaryLanguage(value: string | null | undefined): string {
  return text(value).split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * Which of `got`'s fields equal `expected`'s, by the rules in this module's comment.
 * @param expected the gold metadata
 * @param got an extractor's metadata
 */
export function matchMetadata(expected: PageMetadata, got: PageMetadata): MetadataMatch {
  return {
    title: text(expected.title) === text(got.title),
    byline: text(expected.byline) === text(got.byline),
    lang: primaryLanguage(expected.lang) === primaryLanguage(got.lang),
  };
}
