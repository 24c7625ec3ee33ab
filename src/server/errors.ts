/**
 * Errors the API answers with: an HTTP status, a stable code and one sentence that says what to do.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The body of every error response. */
export interface ErrorBody {
  error: string;
  message: string;
}

/** Thrown by route handlers; the app turns it into a JSON response with this status. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  /**
   * @param status the HTTP status (4xx for the caller's mistakes)
   * @param code a stable machine code such as `bad_parameter`
   * @param message one sentence naming the problem and the fix
   */
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** The JSON body for this error. */
  body(): ErrorBody {
    return { error: this.code, message: this.message };
  }
}

/** Characters of a requested id repeated in an error message (ids are far shorter; a path can be 16 KB). */
const QUOTED_ID = 200;

/** A 404 for a resource kind and id. */
export function notFound(kind: string, id: string): HttpError {
  const quoted = id.length > QUOTED_ID ? `${id.slice(0, QUOTED_ID)}…` : id;
  return new HttpError(404, 'not_found', `No ${kind} with id "${quoted}" is stored.`);
}
