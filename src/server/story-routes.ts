/**
 * `GET /api/stories` (filtered, paged list) and `GET /api/stories/:id` (items, timeline, actor
 * graph and map points of one story).
 */
import { Hono } from 'hono';
import { eventGroups } from '../cli/store-access.js';
import type { Store } from '../store/store.js';
import { notFound } from './errors.js';
import { actorGraph } from './graph.js';
import { eventsByItem, itemView } from './item-view.js';
import { dateParam, langParam, pageParams, textParam } from './params.js';
import { storyPlaces } from './places.js';
import { filterStories, storySummary } from './story-filter.js';

/** Story pages kept in memory: the ones an analyst moves between in one sitting. */
export const STORY_CACHE = 32;

/** The story routes, reading from `store`. */
export function storyRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/stories', async (c) => {
    const query = c.req.query();
    const { limit, offset } = pageParams(query);
    const stories = await filterStories(store, {
      q: textParam(query.q, 'q'),
      lang: langParam(query.lang),
      from: dateParam(query.from, 'from'),
      to: dateParam(query.to, 'to', true),
      entity: textParam(query.entity, 'entity'),
      source: textParam(query.source, 'source'),
    });
    return c.json({ total: stories.length, offset, limit, stories: stories.slice(offset, offset + limit).map(storySummary) });
  });
  // Story pages are costly to assemble (merging events); keep recent ones until the store changes.
  const cache = new Map<string, { version: string; body: unknown }>();
  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const version = JSON.stringify(await store.counts());
    const cached = cache.get(id);
    if (cached?.version === version) return c.json(cached.body);
    const story = await store.getStory(id);
    if (!story) throw notFound('story', id);
    const items = await store.listItems({ ids: story.itemIds });
    const events = await store.listEvents({ itemIds: story.itemIds });
    const timeline = await eventGroups(store, story.itemIds);
    const entityIds = new Set([...items.flatMap((i) => i.mentions.map((m) => m.entity)), ...timeline.flatMap((g) => g.actors.map((a) => a.id))]);
    const entities: Record<string, { type: string; name: string; names: Record<string, string[]> }> = {};
    for (const entityId of entityIds) {
      const entity = await store.getEntity(entityId);
      if (entity) entities[entityId] = { type: entity.type, name: entity.name, names: entity.names };
    }
    const byItem = eventsByItem(events);
    const body = {
      story: storySummary(story),
      items: items.map((item) => itemView(item, byItem.get(item.id) ?? [])),
      timeline,
      graph: actorGraph(timeline),
      places: await storyPlaces(store, items, events),
      entities,
    };
    if (cache.size >= STORY_CACHE) cache.delete(cache.keys().next().value ?? '');
    cache.set(id, { version, body });
    return c.json(body);
  });
  return app;
}
