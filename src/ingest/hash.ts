/**
 * Content hashes: the idempotency key of the store. Same bytes (or same JSONL record) → same hash.
 */
import { createHash } from 'node:crypto';

/** sha256 of the bytes or text (UTF-8), as lower-case hex. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with object keys sorted at every depth, so equal records serialise equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The hash of a JSONL record: sha256 of its canonical JSON without `capturedAt` (re-capturing the same record is no new document). */
export function recordHash(record: Record<string, unknown>): string {
  const { capturedAt: _ignored, ...rest } = record;
  return sha256Hex(canonicalJson(rest));
}
