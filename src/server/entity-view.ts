/**
 * The entity page's view (`GET /api/entities/:id`): names, the newest mentions with context, the
 * entity's roles in the events of those items, mentions per publication period and related
 * stories. Every part is bounded, so a country named in most of a large store costs about what
 * a rare name does: the mentions and roles come from the newest {@link ENTITY_ITEMS} items, the
 * chart and related stories from at most {@link ENTITY_SAMPLE_ITEMS} items.
 */
import type { EventMention } from '../pipeline/types.js';
import type { EntitySummary, Store, StoredItem } from '../store/store.js';
import { storySummary, type StorySummary } from './story-filter.js';

/**
 * Items listed on an entity page (the newest), each read in full for its contexts and events:
 * several screens of reading. 200 (the first choice) cost a third of the page's time for an entity
 * named in most of the 100,000-item bench store; `dossier entity` and the stories list more.
 */
export const ENTITY_ITEMS = 100;
/** Characters of context shown either side of a mention. */
export const CONTEXT_CHARS = 60;
/**
 * Most items the chart and the related stories count. Counting costs about 5 ms per 1,000 items
 * for the two on the 100,000-item bench store at load 8 on 2 cores (a country named in 60,000
 * items took 0.5 s); with 2,000 the page of any of the ten commonest entities read its store parts
 * in a median 31 ms there (5,000: 45–75 ms), and a monthly chart of a two-year range still gets
 * some eighty items a month. An entity named in more items is counted over a uniform sample of
 * 2,000 of them (the first in id order; ids begin with the document's SHA-256), and the answer says so.
 */
export const ENTITY_SAMPLE_ITEMS = 2_000;
/** Related stories listed (those with the most items naming the entity). */
export const RELATED_STORIES = 50;

/** One mention row of the page: an item and up to three contexts of the entity in it. */
export interface EntityMentionRow {
  itemId: string;
  title: string | null;
  lang: string | null;
  published: string | null;
  count: number;
  contexts: { before: string; text: string; after: string }[];
}

/** How often the entity takes a role in events of one type. */
export interface EntityRole {
  /** `agent`, `counterpart` or `target` (an actor of the event), or `place` (where it happened). */
  role: string;
  /** The event type (`meet`, `agree` …). */
  type: string;
  count: number;
}

/** The entity page. */
export interface EntityView {
  entity: EntitySummary;
  /** Items counted for `timeline`, `undated` and `stories` (all items naming it unless `sample`). */
  items: number;
  /** Set when the entity is named in more items than {@link ENTITY_SAMPLE_ITEMS}: the chart and stories count a sample. */
  sample: { items: number } | null;
  mentions: EntityMentionRow[];
  /** Roles in the events of the items listed in `mentions`, most frequent first. */
  roles: EntityRole[];
  timeline: { date: string; count: number; items: number }[];
  undated: number;
  stories: (StorySummary & { mentioning: number })[];
}

function mentionRow(item: StoredItem, id: string): EntityMentionRow {
  const full = item.title ? `${item.title}\n\n${item.text}` : item.text;
  const own = item.mentions.filter((m) => m.entity === id);
  return {
    itemId: item.id,
    title: item.title,
    lang: item.lang?.code ?? null,
    published: item.published?.date ?? null,
    count: own.length,
    contexts: own.slice(0, 3).map((m) => ({
      before: full.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start),
      text: full.slice(m.start, m.end),
      after: full.slice(m.end, m.end + CONTEXT_CHARS),
    })),
  };
}

/** The roles `id` takes in `events`, by count, then role and type. */
export function entityRoles(events: readonly Pick<EventMention, 'type' | 'actors' | 'place'>[], id: string): EntityRole[] {
  const counts = new Map<string, EntityRole>();
  const add = (role: string, type: string): void => {
    const key = `${role}\u0000${type}`;
    const known = counts.get(key);
    if (known) known.count++;
    else counts.set(key, { role, type, count: 1 });
  };
  for (const event of events) {
    for (const actor of event.actors) if (actor.entity === id) add(actor.role, event.type);
    if (event.place === id) add('place', event.type);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.role.localeCompare(b.role) || a.type.localeCompare(b.type));
}

/** The page of `entity`, read from `store` with every part bounded (`sampleItems`: see {@link ENTITY_SAMPLE_ITEMS}). */
export async function entityView(store: Store, entity: EntitySummary, sampleItems = ENTITY_SAMPLE_ITEMS): Promise<EntityView> {
  const id = entity.id;
  const items = await store.itemsMentioning(id, { limit: ENTITY_ITEMS });
  const periods = await store.mentionsOverTime(id, { sampleItems });
  const stories = await store.storiesMentioning(id, { sampleItems, limit: RELATED_STORIES });
  const counted = periods.reduce((n, p) => n + p.items, 0);
  return {
    entity,
    items: counted,
    sample: counted >= sampleItems ? { items: counted } : null,
    mentions: items.map((item) => mentionRow(item, id)),
    // The items come with their event mentions: no second read.
    roles: entityRoles(items.flatMap((i) => i.events), id),
    timeline: periods.filter((p) => p.period !== null).map((p) => ({ date: p.period as string, count: p.mentions, items: p.items })),
    undated: periods.find((p) => p.period === null)?.mentions ?? 0,
    stories: stories.map((m) => ({ ...storySummary(m.story), mentioning: m.items })),
  };
}
