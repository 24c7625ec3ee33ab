/**
 * Language identification: `eld` scores turned into one ISO 639-1 code and a calibrated confidence,
 * or `und` when the text is too short or the detector too unsure to say.
 */
import { alphabetVeto, floorFor } from './alphabets.js';
import { scoreLanguages, type LanguageEvidence } from './scores.js';

/** The code for "not determined" (ISO 639-2 `und`). */
export const UNDETERMINED = 'und';

/**
 * Texts with fewer letters are `und` whatever the detector says. Measured with
 * `scripts/eval-langid.ts --fit` on 1- and 2-word prefixes of the lingua sentences: from 7 letters on,
 * the answers at or above the floor stay 94–97 % right at every length; at 5–6 letters they fall to
 * 87–91 %. Seven keeps stamps such as "gestern".
 */
export const MIN_LETTERS = 7;

/**
 * Confidence below which the detector's answer is not used. Chosen with
 * `scripts/eval-langid.ts --fit`: the lowest floor at which the detector's accepted answers on
 * 3-word prefixes of the lingua sentences (9 languages) are at least 98 % right (98.1 %, 58 % of them
 * kept; 2-word prefixes 96.5 %, whole sentences 99.8 % with 99.8 % kept).
 */
export const CONFIDENCE_FLOOR = 0.9;

/**
 * Logistic calibration of the confidence: `1 / (1 + e^-(B0 + B_MARGIN·margin + B_LETTERS·ln(1 + letters)))`,
 * where margin is the gap between the best and second-best averaged `eld` score and letters is capped
 * at {@link LETTERS_CAP}. Fitted (log loss) by `scripts/eval-langid.ts --fit` on the lingua sentences of
 * en, de, nl, fr, es, it, pl, ru, pt and their 1-, 2-, 3- and 5-word prefixes.
 */
export const CALIBRATION = { b0: -1.845, bMargin: 13.06, bLetters: 1.092 } as const;

/** Letters beyond this add no confidence: `eld` reads about 350 bytes per chunk, the fit saw no more. */
export const LETTERS_CAP = 300;

/** A detected language with its confidence. */
export interface DetectedLanguage {
  /** ISO 639-1 code, or `und`. */
  code: string;
  /** Calibrated confidence in [0, 1] that the best-scoring language is right. */
  confidence: number;
  /** The best-scoring language even when `code` is `und` (empty when nothing scored). */
  best: string;
}

/**
 * The calibrated confidence that the best language in `evidence` is right.
 * @param evidence scores from {@link scoreLanguages}
 */
export function confidenceOf(evidence: LanguageEvidence): number {
  const first = evidence.ranked[0];
  if (!first || evidence.letters === 0) return 0;
  const margin = first.score - (evidence.ranked[1]?.score ?? 0);
  const letters = Math.min(evidence.letters, LETTERS_CAP);
  const z = CALIBRATION.b0 + CALIBRATION.bMargin * margin + CALIBRATION.bLetters * Math.log(1 + letters);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Identifies the language of `text`, with the best guess kept apart from the decision.
 * @param text any text
 */
export function detectLanguageDetailed(text: string): DetectedLanguage {
  const evidence = scoreLanguages(text);
  const best = evidence.ranked[0]?.code ?? '';
  const confidence = Math.round(confidenceOf(evidence) * 1000) / 1000;
  const sure = best !== '' && evidence.letters >= MIN_LETTERS && confidence >= floorFor(best, CONFIDENCE_FLOOR) && !alphabetVeto(best, text);
  return { code: sure ? best : UNDETERMINED, confidence, best };
}

/**
 * Identifies the language of `text`: an ISO 639-1 code, or `und` when the text has fewer than
 * {@link MIN_LETTERS} letters, the confidence is below {@link CONFIDENCE_FLOOR} (for the Cyrillic
 * alphabets of `alphabets.ts`, their own floor), or the text uses letters the language lacks.
 * @param text any text (title and body, a line, a stamp)
 */
export function detectLanguage(text: string): { code: string; confidence: number } {
  const { code, confidence } = detectLanguageDetailed(text);
  return { code, confidence };
}
