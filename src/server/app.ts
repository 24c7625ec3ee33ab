/**
 * The HTTP application: the JSON API under `/api`, the OpenAPI document, and the web UI.
 */
import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { commitmentRoutes } from './commitment-routes.js';
import { deleteRoute } from './delete-route.js';
import { entityRoutes } from './entity-routes.js';
import { HttpError } from './errors.js';
import { securityHeaders } from './headers.js';
import { DEFAULT_MAX_UPLOAD, ingestRoute } from './ingest-route.js';
import { openApiDocument } from './openapi.js';
import { readRoutes } from './read-routes.js';
import { serveWeb, webRoot } from './static-files.js';
import { StoreCache } from './store-cache.js';
import { storyRoutes } from './story-routes.js';
import { Activity, ViewWarmer } from './warm.js';
import { writeQueue } from './write-queue.js';

/** What the app serves and how. */
export interface AppOptions {
  store: Store;
  /** The write token (DOSSIER_TOKEN); write endpoints answer 403 without one. */
  token?: string;
  /** Largest accepted request body in bytes (default {@link DEFAULT_MAX_UPLOAD}). */
  maxUploadBytes?: number;
  /** Directory of the web UI (default `web/` of the package). */
  webDir?: string;
  /**
   * Warm the largest stories' views in the background after each store change, while idle (see
   * `warm.ts`; default false here, true for {@link import('./start.js').startServer}).
   */
  warm?: boolean;
}

/** Builds the application. */
export function createApp(options: AppOptions): Hono {
  return buildApp(options).app;
}

/** Builds the application and, with `options.warm`, its view warmer (stop it before closing the store). */
export function buildApp(options: AppOptions): { app: Hono; warmer: ViewWarmer | null } {
  const app = new Hono();
  app.use('*', securityHeaders());
  const api = new Hono();
  const cache = new StoreCache(options.store);
  const activity = new Activity();
  app.use('*', async (_c, next) => {
    const end = activity.begin();
    try {
      await next();
    } finally {
      end();
    }
  });
  const warmer = options.warm ? new ViewWarmer(options.store, cache, activity) : null;
  const queue = writeQueue();
  api.get('/openapi.json', (c) => c.json(openApiDocument()));
  api.route('/', storyRoutes(options.store, cache));
  api.route('/', entityRoutes(options.store, cache));
  api.route('/', readRoutes(options.store, cache));
  api.route('/', commitmentRoutes(options.store, cache));
  api.route('/', ingestRoute(options.store, options.token, options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD, queue));
  api.route('/', deleteRoute(options.store, cache, options.token, queue));
  api.all('*', (c) => c.json({ error: 'not_found', message: `No API endpoint ${c.req.method} ${c.req.path}; see /api/openapi.json.` }, 404));
  app.route('/api', api);
  serveWeb(app, options.webDir ?? webRoot());
  app.notFound((c) => c.json({ error: 'not_found', message: `Nothing at ${c.req.path}.` }, 404));
  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json(error.body(), error.status);
    return c.json({ error: 'internal', message: 'The server failed on this request; its log has the details.' }, 500);
  });
  return { app, warmer };
}
