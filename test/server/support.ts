/**
 * A server over a real SQLite store built from the demo corpus, on an ephemeral port on 127.0.0.1,
 * for the API and end-to-end tests.
 */
import { join } from 'node:path';
import { ingestDemo } from '../../src/cli/commands/demo.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers/cli.js';

/** A running server, its store, and a way to stop both and remove the store. */
export interface TestServer {
  server: RunningServer;
  store: Store;
  url: string;
  /** GETs `path` (relative to the server) and returns status, headers and parsed JSON body. */
  get(path: string): Promise<{ status: number; headers: Headers; body: any }>;
  stop(): Promise<void>;
}

/** Starts a server; `demo` fills the store with the demo corpus first. */
export async function testServer(options: { demo?: boolean; token?: string; maxUploadBytes?: number } = {}): Promise<TestServer> {
  const { dir, cleanup } = tempDir('dossier-server-');
  const store = await openStore(join(dir, 'store.db'));
  if (options.demo) await ingestDemo(store);
  const server = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    ...(options.token ? { token: options.token } : {}),
    ...(options.maxUploadBytes ? { maxUploadBytes: options.maxUploadBytes } : {}),
  });
  return {
    server,
    store,
    url: server.url,
    async get(path) {
      const response = await fetch(server.url + path);
      const text = await response.text();
      let body: unknown = text;
      if ((response.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
      return { status: response.status, headers: response.headers, body };
    },
    async stop() {
      await server.close();
      await store.close();
      cleanup();
    },
  };
}
