/**
 * `GET /api/entities` and `GET /api/entities/:id` (names per language, mentions per item and per
 * day, related stories).
 */
import { Hono } from 'hono';
import type { EntityType } from '../pipeline/types.js';
import type { Store } from '../store/store.js';
import { HttpError, notFound } from './errors.js';
import { intParam, pageParams, textParam } from './params.js';
import { storySummary } from './story-filter.js';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'EQUIPMENT', 'AGREEMENT', 'EVENT', 'MISC'];
/** Items listed on an entity page: enough to read, few enough to render at once. */
export const ENTITY_ITEMS = 200;
/** Characters of context shown either side of a mention. */
export const CONTEXT_CHARS = 60;

/** The entity routes, reading from `store`. */
export function entityRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/entities', async (c) => {
    const query = c.req.query();
    const { limit, offset } = pageParams(query);
    const type = query.type;
    if (type !== undefined && !TYPES.includes(type as EntityType)) throw new HttpError(400, 'bad_parameter', `type takes one of ${TYPES.join(', ')} (got "${type.slice(0, 40)}").`);
    const minMentions = intParam(query.minMentions, 'minMentions', 0, 0, 1_000_000);
    const q = textParam(query.q, 'q')?.toLowerCase();
    const all = await store.listEntities({ ...(type ? { type: type as EntityType } : {}), minMentions });
    const matching = q ? all.filter((e) => [e.name, ...Object.values(e.names).flat()].some((n) => n.toLowerCase().includes(q))) : all;
    return c.json({ total: matching.length, offset, limit, entities: matching.slice(offset, offset + limit) });
  });
  app.get('/entities/:id', async (c) => {
    const id = c.req.param('id');
    const entity = await store.getEntity(id);
    if (!entity) throw notFound('entity', id);
    const items = (await store.listItems()).filter((item) => item.mentions.some((m) => m.entity === id));
    const perDay = new Map<string, number>();
    const mentions = items.slice(0, ENTITY_ITEMS).map((item) => {
      const full = item.title ? `${item.title}\n\n${item.text}` : item.text;
      const own = item.mentions.filter((m) => m.entity === id);
      const day = (item.published?.date ?? item.capturedAt).slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + own.length);
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
    });
    const ids = new Set(items.map((i) => i.id));
    const stories = (await store.listStories()).filter((s) => s.itemIds.some((i) => ids.has(i))).map(storySummary);
    const timeline = [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, count]) => ({ date, count }));
    return c.json({ entity, items: items.length, mentions, timeline, stories });
  });
  return app;
}
