/**
 * `GET /api/entities` and `GET /api/entities/:id` (names per language, the newest mentions with
 * their contexts, mentions per publication period, related stories).
 */
import { Hono } from 'hono';
import type { EntityType } from '../pipeline/types.js';
import type { EntitySummary, Store } from '../store/store.js';
import { HttpError, notFound } from './errors.js';
import { intParam, pageParams, textParam } from './params.js';
import type { StoreCache } from './store-cache.js';
import { storySummary } from './story-filter.js';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'EQUIPMENT', 'AGREEMENT', 'EVENT', 'MISC'];
/** Items listed on an entity page (the newest): enough to read, few enough to render at once. */
export const ENTITY_ITEMS = 200;
/** Characters of context shown either side of a mention. */
export const CONTEXT_CHARS = 60;

/** An entity of the cached list, with its names lower-cased and joined once for the `q` filter. */
interface ListedEntity {
  entity: EntitySummary;
  /** Every name, lower case, separated by a character no query holds (so no match spans two names). */
  haystack: string;
}

/** The entity routes, reading from `store` through `cache`. */
export function entityRoutes(store: Store, cache: StoreCache): Hono {
  const app = new Hono();
  // Mention counts are a GROUP BY over every mention: computed once per store state, then filtered in memory.
  const listed = (): Promise<{ all: ListedEntity[]; byType: Map<string, ListedEntity[]> }> =>
    cache.get('entities', async () => {
      const all = (await store.listEntities()).map((entity) => ({ entity, haystack: [entity.name, ...Object.values(entity.names).flat()].join('\u0000').toLowerCase() }));
      const byType = new Map<string, ListedEntity[]>();
      for (const e of all) {
        const list = byType.get(e.entity.type);
        if (list) list.push(e);
        else byType.set(e.entity.type, [e]);
      }
      return { all, byType };
    });
  app.get('/entities', async (c) => {
    const query = c.req.query();
    const { limit, offset } = pageParams(query);
    const type = query.type;
    if (type !== undefined && !TYPES.includes(type as EntityType)) throw new HttpError(400, 'bad_parameter', `type takes one of ${TYPES.join(', ')} (got "${type.slice(0, 40)}").`);
    const minMentions = intParam(query.minMentions, 'minMentions', 0, 0, 1_000_000);
    const q = textParam(query.q, 'q')?.toLowerCase();
    const { all, byType } = await listed();
    let matching = type ? (byType.get(type) ?? []) : all;
    if (minMentions > 0) {
      // Sorted by descending mentions: keep the head up to the first entity below the floor.
      const end = matching.findIndex(({ entity }) => entity.mentions < minMentions);
      if (end >= 0) matching = matching.slice(0, end);
    }
    if (q) matching = matching.filter(({ haystack }) => haystack.includes(q));
    return c.json({ total: matching.length, offset, limit, entities: matching.slice(offset, offset + limit).map((e) => e.entity) });
  });
  app.get('/entities/:id', async (c) => {
    const id = c.req.param('id');
    const entity = await store.getEntity(id);
    if (!entity) throw notFound('entity', id);
    const [items, periods, stories] = await Promise.all([store.itemsMentioning(id, { limit: ENTITY_ITEMS }), store.mentionsOverTime(id), store.storiesMentioning(id)]);
    const mentions = items.map((item) => {
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
    });
    return c.json({
      entity,
      items: periods.reduce((n, p) => n + p.items, 0),
      mentions,
      timeline: periods.filter((p) => p.period !== null).map((p) => ({ date: p.period, count: p.mentions, items: p.items })),
      undated: periods.find((p) => p.period === null)?.mentions ?? 0,
      stories: stories.map((m) => ({ ...storySummary(m.story), mentioning: m.items })),
    });
  });
  return app;
}
