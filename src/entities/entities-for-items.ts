/**
 * The canonical entity records that items' mentions point to, with the names seen per
 * language merged into the catalogue's names.
 */
import type { Entity, Item } from '../pipeline/types.js';
import { catalogueEntity } from './catalogue.js';

const NAME_RULES = /^entities\/(gazetteer|person)\//;

function addName(entity: Entity, lang: string, name: string): void {
  const list = entity.names[lang] ?? [];
  if (!list.includes(name)) list.push(name);
  entity.names[lang] = list;
}

/** True when `name` is already one of the entity's names in some language. */
function knownName(entity: Entity, name: string): boolean {
  return Object.values(entity.names).some((list) => list.includes(name));
}

/**
 * The entities mentioned in `items`, one record per id, in order of first mention. Catalogue
 * entities keep their catalogue names and gain the catalogue names seen in each item's language;
 * persons get the names they were written with, per language, and the longest full name as display.
 */
export function entitiesForItems(items: readonly Item[]): Entity[] {
  const found = new Map<string, Entity>();
  const catalogueNames = new Map<string, Set<string>>();
  for (const item of items) {
    const lang = item.lang?.code ?? 'und';
    for (const mention of item.mentions) {
      let entity = found.get(mention.entity);
      if (!entity) {
        const known = catalogueEntity(mention.entity);
        // A coreference mention (`Biden`) carries the full name it was linked to as evidence.
        const name = NAME_RULES.test(mention.provenance.rule) ? mention.text : (mention.provenance.evidence ?? mention.text);
        entity = known ? structuredClone(known) : { id: mention.entity, type: mention.type, name, names: {} };
        if (known) catalogueNames.set(mention.entity, new Set(Object.values(known.names).flat()));
        found.set(mention.entity, entity);
      }
      if (!NAME_RULES.test(mention.provenance.rule)) continue;
      const catalogue = catalogueNames.get(mention.entity);
      if (catalogue) {
        // Only real names: not declined or capitalised variants of them.
        if (catalogue.has(mention.text) && lang !== 'und') addName(entity, lang, mention.text);
        continue;
      }
      if (!knownName(entity, mention.text)) addName(entity, lang, mention.text);
      if (mention.type === 'PER' && mention.text.split(/\s+/).length > entity.name.split(/\s+/).length) entity.name = mention.text;
    }
  }
  return [...found.values()];
}
