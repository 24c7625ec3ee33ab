/**
 * Starting the HTTP server on a host and port.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';

/** Address bound when none is given: loopback only. */
export const DEFAULT_HOST = '127.0.0.1';
/** Port used when none is given. */
export const DEFAULT_PORT = 8080;

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  /** Stops accepting connections and resolves when closed. */
  close(): Promise<void>;
}

/** Starts the app on `host:port` (port 0 picks a free port). */
export function startServer(options: AppOptions & { host?: string; port?: number }): Promise<RunningServer> {
  const app = createApp(options);
  const host = options.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    server.once('error', reject);
  });
}
