/**
 * Language identification: {@link detectLanguage} for any text and {@link languageStage} for items.
 */
export { detectLanguage, detectLanguageDetailed, confidenceOf, UNDETERMINED, MIN_LETTERS, CONFIDENCE_FLOOR, CALIBRATION, LETTERS_CAP } from './detect.js';
export type { DetectedLanguage } from './detect.js';
export { scoreLanguages, countLetters } from './scores.js';
export type { LanguageEvidence } from './scores.js';
export { normaliseDeclared, sameLanguage } from './declared.js';
export { labelLanguage, languageStage } from './stage.js';
