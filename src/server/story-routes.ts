/**
 * `GET /api/stories` (filtered, paged list), `GET /api/stories/:id` (a story with a page of its
 * items, its timeline, actor graph and map points), and the two halves the story page loads
 * apart: `GET /api/stories/:id/items` (paged) and `GET /api/stories/:id/events`.
 */
import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { notFound } from './errors.js';
import { dateParam, langParam, pageParams, textParam } from './params.js';
import type { StoreCache } from './store-cache.js';
import { filterStories, storyIndex, storySummary } from './story-filter.js';
import { storyBase, storyEvents, storyItems, type StoryBase } from './story-view.js';

/** The story routes, reading from `store` through `cache`. */
export function storyRoutes(store: Store, cache: StoreCache): Hono {
  const app = new Hono();
  const base = async (id: string): Promise<StoryBase> => {
    const found = await storyBase(store, cache, id);
    if (!found) throw notFound('story', id);
    return found;
  };
  app.get('/stories', async (c) => {
    const query = c.req.query();
    const { limit, offset } = pageParams(query);
    const filter = {
      q: textParam(query.q, 'q'),
      lang: langParam(query.lang),
      from: dateParam(query.from, 'from'),
      to: dateParam(query.to, 'to', true),
      entity: textParam(query.entity, 'entity'),
      source: textParam(query.source, 'source'),
    };
    const stories = await filterStories(store, cache, await storyIndex(store, cache), filter);
    return c.json({ total: stories.length, offset, limit, stories: stories.slice(offset, offset + limit).map(storySummary) });
  });
  app.get('/stories/:id', async (c) => {
    const { limit, offset } = pageParams(c.req.query());
    const story = await base(c.req.param('id'));
    const [events, page] = await Promise.all([storyEvents(store, cache, story), storyItems(store, cache, story, offset, limit)]);
    return c.json({
      story: storySummary(story.story),
      itemPage: { total: story.items.length, offset, limit },
      items: page.items,
      timeline: events.timeline,
      graph: events.graph,
      places: events.places,
      entities: { ...page.entities, ...events.entities },
    });
  });
  app.get('/stories/:id/items', async (c) => {
    const { limit, offset } = pageParams(c.req.query());
    const story = await base(c.req.param('id'));
    const page = await storyItems(store, cache, story, offset, limit);
    return c.json({ story: storySummary(story.story), total: story.items.length, offset, limit, items: page.items, entities: page.entities });
  });
  app.get('/stories/:id/events', async (c) => {
    const story = await base(c.req.param('id'));
    return c.json(await storyEvents(store, cache, story));
  });
  return app;
}
