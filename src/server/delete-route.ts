/**
 * `DELETE /api/documents/:hash`: removes a stored document with its items, their mentions and
 * events, and entities no other item names; then recomputes the stories. Needs the token.
 */
import { Hono } from 'hono';
import { recluster } from '../pipeline/process.js';
import type { Store } from '../store/store.js';
import { requireToken } from './auth.js';
import { HttpError, notFound } from './errors.js';
import type { StoreCache } from './store-cache.js';
import type { WriteQueue } from './write-queue.js';

/** A document hash as stored: sha256, 64 lower-case hex digits. */
const HASH = /^[0-9a-f]{64}$/;

/** The delete route, writing to `store` one job at a time through `queue`; `token` guards it. */
export function deleteRoute(store: Store, cache: StoreCache, token: string | undefined, queue: WriteQueue): Hono {
  const app = new Hono();
  app.delete('/documents/:hash', requireToken(token), async (c) => {
    const hash = c.req.param('hash');
    if (!HASH.test(hash)) {
      throw new HttpError(400, 'bad_parameter', `hash takes the 64 hex digits of a stored document (GET /api/items/:id answers its document.hash); got "${hash.slice(0, 80)}".`);
    }
    const result = await queue(async () => {
      const deleted = await store.deleteDocument(hash);
      if (!deleted.deleted) return null;
      const stories = await recluster(store);
      return { ...deleted, stories };
    });
    cache.clear();
    if (!result) throw notFound('document', hash);
    return c.json({ deleted: hash, items: result.itemIds, stories: result.stories });
  });
  return app;
}
