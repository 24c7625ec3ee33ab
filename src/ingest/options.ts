/**
 * Options of {@link import('./index.js').readInputs} and their validation. Misuse (a bad
 * `--captured-at`, a non-positive size limit) throws an Error naming the option and the fix.
 */
import { parseIsoInstant } from './iso.js';
import type { Shard } from './shard.js';

/**
 * Largest input read whole, in bytes (20 MiB). Real news pages, even with inline scripts and
 * styles, are a few hundred KiB to a few MiB; 20 MiB leaves ample room for those while keeping
 * one document (decoded to a UTF-16 string and parsed into a DOM later, several times its
 * size in memory) from exhausting the process. For JSONL the limit applies to each line.
 */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** How {@link import('./index.js').readInputs} reads its inputs. */
export interface ReadOptions {
  /** Capture time of every document (ISO 8601 with `Z` or an offset), from `--captured-at`. */
  capturedAt?: string;
  /** Size limit per file (or per JSONL line) in bytes; default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
  /** The stream read for the input `-`; default `process.stdin`. */
  stdin?: NodeJS.ReadableStream;
  /** The clock used for stdin capture times; default the system clock (tests pass their own). */
  now?: () => Date;
  /** Read only the files of this shard (`--shard K/N`: one of N workers given the same inputs). */
  shard?: Shard;
}

/** {@link ReadOptions} after validation, with defaults filled in. */
export interface ResolvedOptions {
  /** The normalised capture time from the option, if given. */
  capturedAt: string | null;
  maxBytes: number;
  stdin: () => NodeJS.ReadableStream;
  now: () => Date;
  shard: Shard | null;
}

/**
 * Validates `options` and fills in the defaults.
 * @throws Error naming the option when `capturedAt` or `maxBytes` is malformed
 */
export function resolveOptions(options: ReadOptions): ResolvedOptions {
  let capturedAt: string | null = null;
  if (options.capturedAt !== undefined) {
    capturedAt = parseIsoInstant(String(options.capturedAt));
    if (capturedAt === null) {
      throw new Error(
        `--captured-at (capturedAt) must be an ISO 8601 date-time with Z or an offset, e.g. 2024-04-10T09:00:00+02:00; got "${String(options.capturedAt)}".`,
      );
    }
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new Error(`maxBytes must be a positive whole number of bytes (default ${DEFAULT_MAX_BYTES}); got ${String(options.maxBytes)}.`);
  }
  const stream = options.stdin;
  return {
    capturedAt,
    maxBytes,
    stdin: () => stream ?? process.stdin,
    now: options.now ?? (() => new Date()),
    shard: options.shard ?? null,
  };
}
