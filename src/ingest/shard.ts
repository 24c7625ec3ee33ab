/**
 * Sharding the files of one ingest among several workers without coordination: worker K of N
 * reads the files whose path falls in shard K. Every worker walks the same inputs in the same
 * order, so each file is read by exactly one of them as long as all are given the same paths.
 */
import { createHash } from 'node:crypto';

/** Worker `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parses `K/N` (1 ≤ K ≤ N).
 * @throws Error naming the option and the form it takes
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard must be K/N with 1 ≤ K ≤ N, e.g. --shard 2/4 for the second of four workers; got "${text}".`);
  }
  return { index, count };
}

/**
 * True when `source` (a file path as walked) belongs to `shard`: a stable hash of the path,
 * modulo the worker count, so shards are even and a file's shard never depends on the others.
 */
export function inShard(source: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const bucket = createHash('sha1').update(source).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}
