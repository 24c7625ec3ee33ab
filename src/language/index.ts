/**
 * Language identification: {@link detectLanguage} for any text, {@link languageStage} for items, and
 * {@link otherLanguageParagraphs} for the paragraphs of mixed items.
 */
export { detectLanguage, detectLanguageDetailed, confidenceOf, UNDETERMINED, MIN_LETTERS, CONFIDENCE_FLOOR, CALIBRATION, LETTERS_CAP } from './detect.js';
export type { DetectedLanguage } from './detect.js';
export { scoreLanguages, countLetters } from './scores.js';
export type { LanguageEvidence } from './scores.js';
export { normaliseDeclared, sameLanguage } from './declared.js';
export { labelLanguage, languageStage } from './stage.js';
export { otherLanguageParagraphs, paragraphSpans, MIN_PARAGRAPH_CHARS, PARAGRAPH_CONFIDENCE_FLOOR } from './paragraphs.js';
