/**
 * Serving the web UI: the files under `web/` (listed once at start, so no request path reaches the
 * file system), with `index.html` for `/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Hono } from 'hono';
import { packageRoot } from '../pipeline/paths.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The directory the web UI is served from. */
export function webRoot(): string {
  return join(packageRoot(), 'web');
}

/** Every servable file under `root`, by URL path (`/app.js`). */
export function webFiles(root: string): Map<string, { type: string; body: Buffer }> {
  const files = new Map<string, { type: string; body: Buffer }>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const type = TYPES[extname(name)];
        if (type && !name.endsWith('.d.ts')) files.set('/' + relative(root, path).split(sep).join('/'), { type, body: readFileSync(path) });
      }
    }
  };
  walk(root);
  return files;
}

/** Adds GET routes for the web UI's files to `app`. */
export function serveWeb(app: Hono, root: string = webRoot()): void {
  const files = webFiles(root);
  app.get('*', (c, next) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    const file = files.get(path);
    if (!file) return next();
    c.header('Content-Type', file.type);
    c.header('Cache-Control', 'no-cache');
    return c.body(new Uint8Array(file.body));
  });
}
