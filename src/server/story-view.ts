/**
 * The parts of a story page, each kept in the {@link StoreCache} while the store is unchanged:
 * the story with its items in reading order, and its merged events with the views built from
 * them (timeline, actor graph, map points). Merging the events of a large story is the costly
 * step, so it is done once per story and store state, and served apart from the items so the
 * page can show the items first.
 */
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

const readingTime = (item: StoredItem): string => item.published?.date ?? item.capturedAt;

/** The story `id` with its items and events, or null when there is no such story. */
export function storyBase(store: Store, cache: StoreCache, id: string): Promise<StoryBase | null> {
  return cache.get(`story:${id}`, async () => {
    const story = await store.getStory(id);
    if (!story) return null;
    const items = (await store.listItems({ ids: story.itemIds })).sort((a, b) => readingTime(a).localeCompare(readingTime(b)) || (a.id < b.id ? -1 : 1));
    return { story, items, events: await store.listEvents({ itemIds: story.itemIds }) };
  });
}

/** The stored entities among `ids`, by id (null for ids not stored). */
export async function entitiesById(store: Store, ids: Iterable<string>): Promise<Map<string, Entity | null>> {
  const wanted = [...new Set(ids)];
  const found = new Map<string, Entity | null>(wanted.map((id) => [id, null]));
  for (const entity of await store.getEntities(wanted)) found.set(entity.id, entity);
  return found;
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
    const known = await entitiesById(store, [...placeIds, ...datelineIds]);
    const timeline = mergeEvents(dated, (id) => known.get(id)?.name ?? id);
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
export async function storyItems(store: Store, base: StoryBase, offset: number, limit: number): Promise<{ items: ItemView[]; entities: Record<string, EntityNames> }> {
  const page = base.items.slice(offset, offset + limit);
  const byItem = eventsByItem(base.events);
  const known = await entitiesById(store, page.flatMap((i) => i.mentions.map((m) => m.entity)));
  return { items: page.map((item) => itemView(item, byItem.get(item.id) ?? [])), entities: entityNames(known) };
}
