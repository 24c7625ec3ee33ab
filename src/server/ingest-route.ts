/**
 * `POST /api/ingest`: store uploaded captures. Takes `multipart/form-data` with one or more `file`
 * fields (HTML, text captures, JSONL), or a JSONL body (`application/x-ndjson`,
 * `application/jsonl` or `application/json`). Uploads are written to a private temporary
 * directory and read by the same pipeline as `dossier ingest`; stories are recomputed after.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { EXTENSION_FORMATS, formatForPath } from '../ingest/index.js';
import { ingestInputs, type IngestSummary } from '../pipeline/process.js';
import type { Store } from '../store/store.js';
import { requireToken } from './auth.js';
import { HttpError } from './errors.js';
import { dateParam } from './params.js';
import { writeQueue, type WriteQueue } from './write-queue.js';

/** Upload size limit when none is configured: 20 MB, room for a day's captures of one site. */
export const DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024;
/** Files accepted in one upload. */
export const MAX_FILES = 200;

const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/json'];

/** A safe file name for an upload: its base name with only plain characters, keeping the extension. */
export function safeName(name: string, n: number): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '').slice(-100);
  if (formatForPath(clean) === null) {
    const types = [...Object.keys(EXTENSION_FORMATS), '.warc.gz'].join(', ');
    throw new HttpError(415, 'unsupported_file', `"${base.slice(0, 80)}" is not a type Dossier reads; upload files of these types: ${types}.`);
  }
  return `${String(n).padStart(3, '0')}-${clean}`;
}

async function uploads(c: { req: { header(name: string): string | undefined; parseBody(o: { all: true }): Promise<Record<string, unknown>>; text(): Promise<string> } }): Promise<{ name: string; data: string | Uint8Array }[]> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'multipart/form-data') {
    const body = await c.req.parseBody({ all: true });
    const files = [body.file ?? []].flat().filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f);
    if (files.length === 0) throw new HttpError(400, 'no_files', 'The form has no "file" field with a file; send each capture as a "file" field.');
    if (files.length > MAX_FILES) throw new HttpError(413, 'too_many_files', `At most ${MAX_FILES} files per upload (got ${files.length}).`);
    return Promise.all(files.map(async (f, i) => ({ name: safeName(f.name, i), data: new Uint8Array(await f.arrayBuffer()) })));
  }
  if (JSONL_TYPES.includes(type)) {
    const text = await c.req.text();
    if (text.trim() === '') throw new HttpError(400, 'empty_body', 'The body is empty; send one JSON object per line.');
    return [{ name: '000-upload.jsonl', data: text }];
  }
  throw new HttpError(415, 'unsupported_media_type', `Send multipart/form-data with "file" fields, or a JSONL body as application/x-ndjson (got "${type || 'no content type'}").`);
}

/**
 * The ingest route, writing to `store`; `token` guards it, `maxBytes` limits the request body,
 * `queue` runs one write at a time (each recomputes the stories over the whole store).
 */
export function ingestRoute(store: Store, token: string | undefined, maxBytes: number, queue: WriteQueue = writeQueue()): Hono {
  const app = new Hono();
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError(413, 'too_large', `The request is larger than the server's limit of ${maxBytes} bytes; send fewer files per request.`);
    },
  });
  app.post('/ingest', requireToken(token), limit, async (c) => {
    const capturedAt = dateParam(c.req.query('capturedAt'), 'capturedAt');
    const files = await uploads(c);
    const dir = await mkdtemp(join(tmpdir(), 'dossier-upload-'));
    try {
      for (const f of files) await writeFile(join(dir, f.name), f.data);
      const summary: IngestSummary = await queue(() => ingestInputs(store, [dir], capturedAt === undefined ? {} : { capturedAt: new Date(capturedAt).toISOString() }));
      const shown = (s: string): string => s.split(`${dir}/`).join('upload:');
      return c.json({
        ...summary,
        failures: summary.failures.map((f) => ({ source: shown(f.source), messages: f.messages.map((m) => ({ ...m, reason: shown(m.reason), ...(m.place ? { place: { ...m.place, source: shown(m.place.source) } } : {}) })) })),
        warnings: summary.warnings.map((m) => ({ ...m, reason: shown(m.reason), ...(m.place ? { place: { ...m.place, source: shown(m.place.source) } } : {}) })),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  return app;
}
