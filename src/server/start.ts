/**
 * Starting the HTTP server on a host and port.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { buildApp, type AppOptions } from './app.js';
import type { ViewWarmer } from './warm.js';

/** Address bound when none is given: loopback only. */
export const DEFAULT_HOST = '127.0.0.1';
/** Port used when none is given. */
export const DEFAULT_PORT = 8080;

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  /** The background warmer of story views, or null with `warm: false`. */
  warmer: ViewWarmer | null;
  /** Stops accepting connections and resolves when closed. */
  close(): Promise<void>;
}

/**
 * Starts the app on `host:port` (port 0 picks a free port). Views are warmed in the background after
 * store changes, including other processes' writes (unless `warm: false`).
 */
export function startServer(options: AppOptions & { host?: string; port?: number }): Promise<RunningServer> {
  const { app, warmer } = buildApp({ ...options, warm: options.warm ?? true });
  warmer?.poll();
  const host = options.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        warmer,
        close: () =>
          new Promise<void>((done) => {
            warmer?.stop();
            if ('closeAllConnections' in server) server.closeAllConnections();
            // Resolve only when no warm-up still reads the store, so the caller may close it.
            server.close(() => void (warmer ? warmer.settled() : Promise.resolve()).then(done));
          }),
      });
    });
    server.once('error', reject);
  });
}
