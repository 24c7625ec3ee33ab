/**
 * The JSON output contract of the CLI (documented in docs/cli.md). Fields may be added;
 * renames need a changelog note.
 */
import type { EventGroup } from '../events/index.js';
import type { Item, Mention } from '../pipeline/types.js';
import type { EntitySummary, StoryRecord, StoredItem } from '../store/store.js';

/** One item as printed by `dossier extract --format jsonl`. */
export function itemJson(item: Item): Record<string, unknown> {
  const published = item.published ?? { date: null, precision: null, basis: null, evidence: null };
  const json: Record<string, unknown> = {
    source: item.source,
    item: item.index,
    kind: item.kind,
    title: item.title,
    text: item.text,
    lang: item.lang?.code ?? 'und',
    published: { date: published.date, precision: published.precision, basis: published.basis, evidence: published.evidence },
    dateline: item.dateline,
    byline: item.byline,
    url: item.url,
    messages: item.messages.map((m) => ({ code: m.code, reason: m.reason })),
  };
  if (item.id !== null) json.id = item.id;
  return json;
}

/** One story as printed by `dossier stories --format json`. */
export function storyJson(story: StoryRecord, items: Map<string, StoredItem>): Record<string, unknown> {
  return {
    id: story.id,
    title: story.title,
    languages: story.languages,
    first: story.first,
    last: story.last,
    items: story.itemIds.map((id) => {
      const item = items.get(id);
      return { id, source: item?.source ?? null, item: item?.index ?? null, title: item?.title ?? null, lang: item?.lang?.code ?? 'und' };
    }),
  };
}

/** One event as printed by `dossier events --format json`. */
export function eventJson(event: EventGroup): Record<string, unknown> {
  const { id, type, actors, place, time, modality, evidence } = event;
  return { id, type, actors, place, time, open: event.open ?? null, modality, evidence };
}

/** One entity as printed by `dossier entities --format json`. */
export function entityJson(entity: EntitySummary): Record<string, unknown> {
  return { id: entity.id, type: entity.type, name: entity.name, names: entity.names, mentions: entity.mentions };
}

/**
 * One mention as printed by `dossier annotate --format json`: `rule` and `evidence` (added after
 * the first contract) say what joined the text to its entity (`entities/coref/surname` with the
 * full name, the catalogue form of a declined name, the role before a person).
 */
export function mentionJson(mention: Mention): Record<string, unknown> {
  return { start: mention.start, end: mention.end, text: mention.text, type: mention.type, entity: mention.entity, rule: mention.provenance.rule, evidence: mention.provenance.evidence ?? null };
}
