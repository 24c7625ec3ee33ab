/**
 * `GET /api/commitments`: the commitments of one story (`?story=ID`), or of the whole store while
 * it is small enough to read at once.
 */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import type { Store, StoredItem } from '../store/store.js';
import { commitmentViews, type CommitmentView } from './commitments-view.js';
import { HttpError, notFound } from './errors.js';
import { pageParams, textParam } from './params.js';
import type { StoreCache } from './store-cache.js';
import { MERGE_YIELD_MS, entitiesById, entityNames, storyBase } from './story-view.js';

/**
 * Most items read for commitments without a story. Reading commitments parses every sentence of
 * every item (about 1 ms an item, like the events stage); 2,000 items, a desk-sized store, take
 * a couple of seconds once per store state, while a larger store would stall other requests.
 */
export const MAX_COMMITMENT_ITEMS = 2_000;

/**
 * The commitments of `items`, kept across store changes while the items read for them are the
 * same (`StoreCache.lasting`, under a digest of every part commitments read): finding them parses
 * every sentence (0.5 s for a 500-item story), so an ingest that leaves a story alone should not
 * cost that again. The work waits a moment first, so requests already sent are answered before it.
 */
async function keptCommitments(cache: StoreCache, items: readonly StoredItem[]): Promise<CommitmentView[]> {
  const parts = items.map((i) => [i.id, i.source, i.index, i.title, i.text, i.lang, i.declaredLang, i.published, i.capturedAt, i.mentions, i.times]);
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest('base64');
  return cache.lasting(`commitments:${digest}`, async () => {
    await new Promise((resolve) => setTimeout(resolve, MERGE_YIELD_MS));
    return commitmentViews(items);
  });
}

/** The commitment route, reading from `store` through `cache`. */
export function commitmentRoutes(store: Store, cache: StoreCache): Hono {
  const app = new Hono();
  app.get('/commitments', async (c) => {
    const query = c.req.query();
    const { limit, offset } = pageParams(query);
    const storyId = textParam(query.story, 'story');
    let views: CommitmentView[];
    if (storyId) {
      const base = await storyBase(store, cache, storyId);
      if (!base) throw notFound('story', storyId);
      views = await cache.get(`story-commitments:${storyId}`, () => keptCommitments(cache, base.items));
    } else {
      const { items } = await cache.get('counts', () => store.counts());
      if (items > MAX_COMMITMENT_ITEMS) {
        throw new HttpError(400, 'story_required', `The store holds ${items} items, too many to read for commitments in one request (limit ${MAX_COMMITMENT_ITEMS}); add ?story=ID, or use \`dossier commitments\`.`);
      }
      views = await cache.get('commitments', async () => commitmentViews(await store.listItems()));
    }
    const page = views.slice(offset, offset + limit);
    const known = await entitiesById(store, cache, page.flatMap((v) => v.parties));
    return c.json({ total: views.length, offset, limit, commitments: page, entities: entityNames(known) });
  });
  return app;
}
