// @ts-check
/** Reading the JSON API. */

/** An API error with the server's message. */
export class ApiError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * GETs `/api` + `path` and returns the parsed JSON.
 * @param {string} path
 * @returns {Promise<any>}
 */
export async function get(path) {
  const response = await fetch(`/api${path}`, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => ({ message: response.statusText }));
  if (!response.ok) throw new ApiError(response.status, body.message ?? response.statusText);
  return body;
}

/** @type {Promise<any> | null} */
let world = null;

/** The world map outlines (fetched once). */
export function worldMap() {
  world ??= get('/map/world');
  return world;
}
