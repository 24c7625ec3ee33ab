/**
 * The parts of a story page, each kept in the {@link StoreCache} while the store is unchanged:
 * the story with its items in reading order, and its merged events with the views built from
 * them (timeline, actor graph, map points). Merging the events of a large story is the costly
 * step, so it is done once per story and store state, and served apart from the items so the
 * page can show the items first.
 */
import { createHash } from 'node:crypto';
import { mergeEvents, type EventGroup } from '../events/index.js';
import type { Entity } from '../pipeline/types.js';
import type { Store, StoredEvent, StoredItem, StoryRecord } from '../store/store.js';
import { actorGraph, type ActorGraph } from './graph.js';
import { eventsByItem, itemView, type ItemView } from './item-view.js';
import { storyPlaces, type StoryPlaces } from './places.js';
import type { StoreCache } from './store-cache.js';

/** Names of an entity as the UI shows them. */
export interface EntityNames {
  type: string;
  name: string;
  names: Record<string, string[]>;
}

/** A story with every item (in reading order: publication time, else capture time) and their event mentions. */
export interface StoryBase {
  story: StoryRecord;
  items: StoredItem[];
  events: StoredEvent[];
}

/** The merged events of a story and what is drawn from them. */
export interface StoryEvents {
  timeline: EventGroup[];
  graph: ActorGraph;
  places: StoryPlaces;
  /** Names of the actors and places. */
  entities: Record<string, EntityNames>;
  /** The item id behind each evidence sentence's `source` and `item` (index). */
  evidenceItems: { source: string; index: number; id: string }[];
}

/**
 * Milliseconds the merge waits before it starts: one turn of the event loop is not enough (the
 * store's reads are synchronous, so a request sent alongside may not have been read yet); 10 ms
 * lets the socket be read and costs little beside a merge of hundreds of milliseconds.
 */
export const MERGE_YIELD_MS = 10;

const readingTime = (item: StoredItem): string => item.published?.date ?? item.capturedAt;

/** The story `id` with its items and events, or null when there is no such story. */
export function storyBase(store: Store, cache: StoreCache, id: string): Promise<StoryBase | null> {
  return cache.get(`story:${id}`, async () => {
    const story = await store.getStory(id);
    if (!story) return null;
    const stored = await store.listItems({ ids: story.itemIds });
    // The items carry their events in position order, and a stored event's id is `<item id>:e<n>`
    // (Store): listing them again from the store took a quarter of this view's time.
    const events = stored.flatMap((item) => item.events.map((event, n): StoredEvent => ({ ...event, id: `${item.id}:e${n}`, itemId: item.id })));
    const items = stored.sort((a, b) => readingTime(a).localeCompare(readingTime(b)) || (a.id < b.id ? -1 : 1));
    return { story, items, events };
  });
}

/**
 * Entities read for their names, kept per store state. Reading an entity counts its mentions,
 * which costs milliseconds for a country named in half the store; the views need only names.
 * Bounded so a long session over a huge store cannot grow it without end.
 */
const KEPT_ENTITIES = 100_000;

/** The stored entities among `ids`, by id (null for ids not stored), read once per store state. */
export async function entitiesById(store: Store, cache: StoreCache, ids: Iterable<string>): Promise<Map<string, Entity | null>> {
  const kept = await cache.get('entity-names', async () => new Map<string, Entity | null>());
  const wanted = [...new Set(ids)];
  const missing = wanted.filter((id) => !kept.has(id));
  if (missing.length > 0) {
    const found = new Map((await store.getEntities(missing)).map((e) => [e.id, e]));
    if (kept.size + missing.length > KEPT_ENTITIES) kept.clear();
    for (const id of missing) kept.set(id, found.get(id) ?? null);
  }
  return new Map(wanted.map((id) => [id, kept.get(id) ?? null]));
}

/** The UI's names of the entities in `known`. */
export function entityNames(known: ReadonlyMap<string, Entity | null>): Record<string, EntityNames> {
  const names: Record<string, EntityNames> = {};
  for (const [id, entity] of known) if (entity) names[id] = { type: entity.type, name: entity.name, names: entity.names };
  return names;
}

/** The merged events of a story (as `dossier events --story`), its actor graph and map points. */
export function storyEvents(store: Store, cache: StoreCache, base: StoryBase): Promise<StoryEvents> {
  return cache.get(`story-events:${base.story.id}`, async () => {
    const items = new Map(base.items.map((item) => [item.id, item]));
    const dated = base.events.map((event) => {
      const item = items.get(event.itemId);
      return { itemId: event.itemId, source: item?.source ?? event.itemId, index: item?.index ?? 0, published: item?.published?.date ?? null, event };
    });
    const placeIds = new Set(base.events.flatMap((e) => [...e.actors.map((a) => a.entity), ...(e.place ? [e.place] : [])]));
    const datelineIds = base.items.filter((i) => i.dateline).flatMap((i) => i.mentions.map((m) => m.entity));
    const known = await entitiesById(store, cache, [...placeIds, ...datelineIds]);
    // The merge depends only on these mentions, their items and the names: after a store change
    // that left them alone (an ingest of other stories' pages), the timeline is not merged again.
    const inputs = createHash('sha256')
      .update(JSON.stringify([base.story.id, dated, [...known].map(([id, e]) => [id, e?.name ?? null])]))
      .digest('base64');
    const timeline = await cache.lasting(`merged:${inputs}`, async () => {
      // Merging blocks the process for a moment on a large story: let requests already under way
      // (the page's first page of items, sent with this one) be read and answered first.
      await new Promise((resolve) => setTimeout(resolve, MERGE_YIELD_MS));
      return mergeEvents(dated, (id) => known.get(id)?.name ?? id);
    });
    const used = new Set(timeline.flatMap((g) => g.evidence.map((e) => `${e.item}\u0000${e.source}`)));
    const places = await storyPlaces(store, base.items, base.events, known);
    for (const point of places.points) placeIds.add(point.entity);
    return {
      timeline,
      graph: actorGraph(timeline),
      places,
      entities: entityNames(new Map([...known].filter(([id]) => placeIds.has(id)))),
      evidenceItems: base.items.filter((i) => used.has(`${i.index}\u0000${i.source}`)).map((i) => ({ source: i.source, index: i.index, id: i.id })),
    };
  });
}

/** One page of a story's items as the reader sees them, with the names of the entities they mention. */
export async function storyItems(store: Store, cache: StoreCache, base: StoryBase, offset: number, limit: number): Promise<{ items: ItemView[]; entities: Record<string, EntityNames> }> {
  const page = base.items.slice(offset, offset + limit);
  const byItem = eventsByItem(base.events);
  const known = await entitiesById(store, cache, page.flatMap((i) => i.mentions.map((m) => m.entity)));
  return { items: page.map((item) => itemView(item, byItem.get(item.id) ?? [])), entities: entityNames(known) };
}
