/**
 * `GET /api/entities` and `GET /api/entities/:id` (the entity page, built by `entity-view.ts`).
 */
import { Hono } from 'hono';
import type { EntityType } from '../pipeline/types.js';
import type { EntitySummary, Store } from '../store/store.js';
import { HttpError, notFound } from './errors.js';
import { intParam, pageParams, textParam } from './params.js';
import { StoreCache } from './store-cache.js';
import { entityView } from './entity-view.js';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'EQUIPMENT', 'AGREEMENT', 'EVENT', 'MISC'];

/**
 * Entity pages kept until the store changes: going back to an entity just left (the browser's
 * Back re-renders the page) costs nothing. Each is at most 100 mentions with context, 50 stories
 * and a chart, well under a megabyte.
 */
export const KEPT_ENTITY_PAGES = 16;

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
  // Entity pages, kept apart from the shared views so that browsing entities never evicts a story.
  const pages = new StoreCache(store, KEPT_ENTITY_PAGES);
  app.get('/entities/:id', async (c) => {
    const id = c.req.param('id');
    const view = await pages.get(`entity:${id}`, async () => {
      const entity = await store.getEntity(id);
      return entity ? entityView(store, entity) : null;
    });
    if (!view) throw notFound('entity', id);
    return c.json(view);
  });
  return app;
}
