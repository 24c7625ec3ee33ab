/**
 * `GET /api/items/:id`, `GET /api/events`, `GET /api/search` and `GET /api/map/world`.
 */
import { Hono } from 'hono';
import { eventGroups } from '../cli/store-access.js';
import type { Store } from '../store/store.js';
import { notFound } from './errors.js';
import { itemView } from './item-view.js';
import { intParam, pageParams, requiredText, textParam } from './params.js';
import { worldMap } from './world.js';

/** Search hits when `limit` is not given. */
export const DEFAULT_HITS = 20;
/** Most search hits a client may ask for. */
export const MAX_HITS = 200;

/** The item, event, search and map routes, reading from `store`. */
export function readRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/items/:id', async (c) => {
    const id = c.req.param('id');
    const item = await store.getItem(id);
    if (!item) throw notFound('item', id);
    const events = await store.listEvents({ itemIds: [id] });
    const document = await store.getDocument(item.documentHash);
    const stories = (await store.listStories()).filter((s) => s.itemIds.includes(id)).map((s) => ({ id: s.id, title: s.title }));
    return c.json({
      item: itemView(item, events),
      fields: item.fields,
      byline: item.byline,
      messages: [...(document?.messages ?? []), ...item.messages],
      document: document ? { source: document.source, mediaType: document.mediaType, capturedAt: document.capturedAt, captureBasis: document.captureBasis, encoding: document.encoding, size: document.size } : null,
      events,
      stories,
    });
  });
  app.get('/events', async (c) => {
    const query = c.req.query();
    const { limit, offset } = pageParams(query);
    const storyId = textParam(query.story, 'story');
    let itemIds: string[] | undefined;
    if (storyId) {
      const story = await store.getStory(storyId);
      if (!story) throw notFound('story', storyId);
      itemIds = story.itemIds;
    }
    const groups = await eventGroups(store, itemIds);
    return c.json({ total: groups.length, offset, limit, events: groups.slice(offset, offset + limit) });
  });
  app.get('/search', async (c) => {
    const query = c.req.query();
    const q = requiredText(query.q, 'q');
    const limit = intParam(query.limit, 'limit', DEFAULT_HITS, 1, MAX_HITS);
    return c.json({ query: q, hits: await store.search(q, { limit }) });
  });
  app.get('/map/world', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.json(worldMap());
  });
  return app;
}
