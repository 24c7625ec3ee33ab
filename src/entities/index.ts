/**
 * Multilingual entity recognition and normalisation (en, de, nl, fr, es; other languages get
 * the merged rules). Ids are language-independent: `gpe:US` for Verenigde Staten and Vereinigte
 * Staaten alike, `org:nato` for NAVO and Nato, `per:joe-biden` for every Joe Biden.
 */
import type { Stage } from '../pipeline/stage.js';
import { itemFullText, type Entity } from '../pipeline/types.js';
import { annotate } from './annotate.js';
import { catalogueEntity } from './catalogue.js';

export { annotate } from './annotate.js';
export { entitiesForItems } from './entities-for-items.js';
export { resolveAcrossItems, SURNAME_ACROSS_RULE } from './across.js';
export { SURNAME_COREF_RULE, SURNAME_ONLY_RULE } from './coref.js';
export { PROPOSAL_RULE, TAGGER_RULE } from './tagger/candidates.js';

/** The per-item stage: `item.mentions` = the mentions of the title and text in the item's language. */
export const entitiesStage: Stage = {
  name: 'entities',
  run(item) {
    item.mentions = annotate(itemFullText(item), item.lang?.code ?? 'und');
  },
};

/** A catalogue entity (country, city, organisation, place, equipment, agreement, event) by id; null for unknown ids and persons. */
export function lookupEntity(id: string): Entity | null {
  const entity = catalogueEntity(id);
  return entity ? structuredClone(entity) : null;
}
