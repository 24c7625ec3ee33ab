/**
 * Map points of a story: the places of its events and the datelines of its items, placed by the
 * coordinates of their entities (cities carry `geo`; countries use the centroid of their outline).
 */
import type { Entity } from '../pipeline/types.js';
import type { Store, StoredEvent, StoredItem } from '../store/store.js';
import { countryCentroid } from './world.js';

/** One point on the map. */
export interface MapPoint {
  entity: string;
  name: string;
  lat: number;
  lon: number;
  /** Whether it is the place of an event, the dateline of an item, or both. */
  kinds: ('event' | 'dateline')[];
  /** How many events and datelines name it. */
  count: number;
}

/** The map points, and the place names that could not be placed (no coordinates known). */
export interface StoryPlaces {
  points: MapPoint[];
  unplaced: string[];
}

/** Coordinates of an entity: its own `geo`, or the centroid of its country for `gpe:XX`. */
export function coordinates(entity: Pick<Entity, 'id' | 'geo'>): { lat: number; lon: number } | null {
  if (entity.geo) return entity.geo;
  const country = /^gpe:([A-Z]{2})$/.exec(entity.id)?.[1];
  const c = country ? countryCentroid(country) : null;
  return c ? { lon: c[0], lat: c[1] } : null;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The entity an item's dateline names: one of the item's mentioned entities with that name. */
function datelineEntity(item: StoredItem, entities: ReadonlyMap<string, Entity | null>): Entity | null {
  if (!item.dateline) return null;
  // `ANTWERP/ROTTERDAM`: a dateline naming two places is placed at the first that is known.
  for (const part of item.dateline.place.split(/[/,;]/)) {
    const wanted = fold(part);
    for (const id of new Set(item.mentions.map((m) => m.entity))) {
      const entity = entities.get(id) ?? null;
      if (entity && [entity.name, ...Object.values(entity.names).flat()].some((n) => fold(n) === wanted)) return entity;
    }
  }
  return null;
}

/** `known` with every place of `events` and every entity of a datelined item in `items` added, read in one call. */
async function placeEntities(store: Store, items: StoredItem[], events: StoredEvent[], known: ReadonlyMap<string, Entity | null>): Promise<Map<string, Entity | null>> {
  const entities = new Map<string, Entity | null>(known);
  const wanted = new Set<string>();
  for (const event of events) if (event.place && !entities.has(event.place)) wanted.add(event.place);
  for (const item of items) if (item.dateline) for (const m of item.mentions) if (!entities.has(m.entity)) wanted.add(m.entity);
  for (const id of wanted) entities.set(id, null);
  for (const entity of await store.getEntities([...wanted])) entities.set(entity.id, entity);
  return entities;
}

/** The map points of these items and their events; `known` holds entities already read (null: not stored). */
export async function storyPlaces(store: Store, items: StoredItem[], events: StoredEvent[], known: ReadonlyMap<string, Entity | null> = new Map()): Promise<StoryPlaces> {
  const entities = await placeEntities(store, items, events, known);
  const points = new Map<string, MapPoint>();
  const unplaced = new Set<string>();
  const add = (entity: Entity, kind: 'event' | 'dateline'): void => {
    const c = coordinates(entity);
    if (!c) return void unplaced.add(entity.name);
    const point = points.get(entity.id) ?? { entity: entity.id, name: entity.name, lat: c.lat, lon: c.lon, kinds: [], count: 0 };
    if (!point.kinds.includes(kind)) point.kinds.push(kind);
    point.count++;
    points.set(entity.id, point);
  };
  for (const event of events) {
    const entity = event.place ? (entities.get(event.place) ?? null) : null;
    if (entity) add(entity, 'event');
  }
  for (const item of items) {
    const entity = datelineEntity(item, entities);
    if (entity) add(entity, 'dateline');
    else if (item.dateline) unplaced.add(item.dateline.place);
  }
  return { points: [...points.values()].sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity)), unplaced: [...unplaced].sort() };
}
