/**
 * The write guard: write endpoints need `Authorization: Bearer <token>` with the token the
 * operator set (DOSSIER_TOKEN). Without a configured token every write answers 403.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.js';

/** The environment variable holding the write token. */
export const TOKEN_ENV = 'DOSSIER_TOKEN';

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** Middleware that lets a request through only with the right bearer token. */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) {
      throw new HttpError(403, 'writes_disabled', `Write endpoints are disabled: start \`dossier serve\` with the environment variable ${TOKEN_ENV} set to a secret, then send it as "Authorization: Bearer <token>".`);
    }
    const given = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    // Compare digests so the comparison takes the same time whatever the lengths.
    if (!given || !timingSafeEqual(digest(given), digest(token))) {
      c.header('WWW-Authenticate', 'Bearer realm="dossier"');
      throw new HttpError(401, 'unauthorized', `This endpoint needs "Authorization: Bearer <token>" with the server's ${TOKEN_ENV}.`);
    }
    await next();
  };
}
