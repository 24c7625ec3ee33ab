/**
 * `GET /api/items` (paged), `GET /api/items/:id`, `GET /api/events`, `GET /api/search` and
 * `GET /api/map/world`.
 */
import { Hono } from 'hono';
import { eventGroups } from '../cli/store-access.js';
import type { Store, StoredItem } from '../store/store.js';
import { HttpError, notFound } from './errors.js';
import { itemView } from './item-view.js';
import { intParam, pageParams, requiredText, textParam } from './params.js';
import type { StoreCache } from './store-cache.js';
import { storyIndex } from './story-filter.js';
import { storyBase, storyEvents } from './story-view.js';
import { worldMap } from './world.js';

/** Search hits when `limit` is not given. */
export const DEFAULT_HITS = 20;
/** Most search hits a client may ask for. */
export const MAX_HITS = 200;

/**
 * Most event mentions `GET /api/events` merges without a story. The merge holds the process (about
 * 0.55 s per 5,000 mentions measured on the 100,000-item bench store, under load), so a whole
 * large store would stall every other request; 20,000, a desk-sized store's worth, take a few seconds.
 */
export const MAX_MERGED_EVENTS = 20_000;

/** One row of the item list. */
export interface ItemSummary {
  id: string;
  source: string;
  index: number;
  kind: 'article' | 'brief';
  title: string | null;
  lang: string | null;
  published: string | null;
  capturedAt: string;
}

/** The list row of an item. */
export function itemSummary(item: StoredItem): ItemSummary {
  return { id: item.id, source: item.source, index: item.index, kind: item.kind, title: item.title, lang: item.lang?.code ?? null, published: item.published?.date ?? null, capturedAt: item.capturedAt };
}

/** The item, event, search and map routes, reading from `store` through `cache`. */
export function readRoutes(store: Store, cache: StoreCache): Hono {
  const app = new Hono();
  app.get('/items', async (c) => {
    const { limit, offset } = pageParams(c.req.query());
    const { items: total } = await cache.get('counts', () => store.counts());
    const items = offset < total ? await store.listItems({ limit, offset }) : [];
    return c.json({ total, offset, limit, items: items.map(itemSummary) });
  });
  app.get('/items/:id', async (c) => {
    const id = c.req.param('id');
    const item = await store.getItem(id);
    if (!item) throw notFound('item', id);
    const events = await store.listEvents({ itemIds: [id] });
    const document = await store.getDocument(item.documentHash);
    const stories = ((await storyIndex(store, cache)).storiesOfItem.get(id) ?? []).map((s) => ({ id: s.id, title: s.title }));
    return c.json({
      item: itemView(item, events),
      fields: item.fields,
      byline: item.byline,
      messages: [...(document?.messages ?? []), ...item.messages],
      document: document ? { hash: document.hash, source: document.source, mediaType: document.mediaType, capturedAt: document.capturedAt, captureBasis: document.captureBasis, encoding: document.encoding, size: document.size } : null,
      events,
      stories,
    });
  });
  app.get('/events', async (c) => {
    const query = c.req.query();
    const { limit, offset } = pageParams(query);
    const storyId = textParam(query.story, 'story');
    let groups;
    if (storyId) {
      const base = await storyBase(store, cache, storyId);
      if (!base) throw notFound('story', storyId);
      groups = (await storyEvents(store, cache, base)).timeline;
    } else {
      const { events } = await cache.get('counts', () => store.counts());
      if (events > MAX_MERGED_EVENTS) {
        throw new HttpError(400, 'story_required', `The store holds ${events} event mentions, too many to merge in one request (limit ${MAX_MERGED_EVENTS}); add ?story=ID, or use \`dossier events\`.`);
      }
      groups = await cache.get('events', () => eventGroups(store));
    }
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
