/**
 * The language stage: sets `item.lang` from the title and text, using the page's declared language
 * when the detector is unsure.
 */
import { message } from '../pipeline/codes.js';
import type { Stage } from '../pipeline/stage.js';
import type { Item, LanguageLabel } from '../pipeline/types.js';
import { itemFullText } from '../pipeline/types.js';
import { normaliseDeclared, sameLanguage } from './declared.js';
import { detectLanguageDetailed, UNDETERMINED, type DetectedLanguage } from './detect.js';
import { otherLanguageParagraphs } from './paragraphs.js';

/** Characters of the item's text quoted as evidence of a detection. */
const EVIDENCE_CHARS = 120;

/** The start of `text` on one line, cut at a word near {@link EVIDENCE_CHARS}. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EVIDENCE_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', EVIDENCE_CHARS);
  return `${flat.slice(0, cut > EVIDENCE_CHARS / 2 ? cut : EVIDENCE_CHARS)} …`;
}

/**
 * Decides the language label of one item (without touching it).
 *
 * - detector sure, nothing declared or the same language declared → the detector's code (`language/eld`);
 * - detector sure, another language declared → the detector's code; the evidence notes the overruled
 *   declaration (a page template's `lang` is often wrong, a confident detector rarely is);
 * - detector unsure, a language declared → the declared code, `stated` (`language/declared`);
 * - detector unsure, nothing declared → `und`.
 * @param item an item with title, text and declaredLang
 */
export function labelLanguage(item: Pick<Item, 'title' | 'text' | 'declaredLang'>): LanguageLabel {
  return decide(item, detectLanguageDetailed(itemFullText(item)));
}

/** {@link labelLanguage} given the detector's answer. */
function decide(item: Pick<Item, 'title' | 'text' | 'declaredLang'>, detected: DetectedLanguage): LanguageLabel {
  const text = itemFullText(item);
  const declared = normaliseDeclared(item.declaredLang);
  const evidence = excerpt(text);
  if (detected.code !== UNDETERMINED) {
    const label: LanguageLabel = {
      code: detected.code,
      confidence: detected.confidence,
      provenance: { certainty: 'inferred', rule: 'language/eld', evidence },
    };
    if (declared && !sameLanguage(declared, detected.code)) {
      label.provenance.evidence = `${evidence} [note: declared "${item.declaredLang}" overruled; detector ${detected.code} at ${detected.confidence}]`;
    }
    return label;
  }
  if (declared) {
    const said = detected.best ? `; detector unsure (${detected.best} at ${detected.confidence})` : '';
    return {
      code: declared,
      confidence: detected.confidence,
      provenance: { certainty: 'stated', rule: 'language/declared', evidence: `lang="${item.declaredLang}"${said}` },
    };
  }
  return {
    code: UNDETERMINED,
    confidence: detected.confidence,
    provenance: { certainty: 'inferred', rule: 'language/eld', evidence },
  };
}

/**
 * The language stage (`language`): sets `item.lang`, with the paragraphs of a mixed item that are in
 * another language (`lang.paragraphs`, see `paragraphs.ts`); adds `language/undetermined` when it is `und`.
 */
export const languageStage: Stage = {
  name: 'language',
  run(item: Item): void {
    const text = itemFullText(item);
    const detected = detectLanguageDetailed(text);
    item.lang = decide(item, detected);
    const paragraphs = otherLanguageParagraphs(text, item.lang.code);
    if (paragraphs.length > 0) item.lang.paragraphs = paragraphs;
    if (item.lang.code === UNDETERMINED) {
      const guess = detected.best ? ` (best guess ${detected.best} at ${detected.confidence})` : '';
      item.messages.push(
        message(
          'language/undetermined',
          `${item.source} item ${item.index}: language not determined${guess}; the text is too short or too mixed.`,
          { source: item.source },
        ),
      );
    }
  },
};
