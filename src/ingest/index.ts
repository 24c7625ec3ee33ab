/**
 * Ingest: turns paths and stdin into raw documents, or failures that say what is wrong with
 * which file (and line). Never throws on bad data; throws only on misuse of the options.
 *
 * Inputs are files, directories (walked recursively in sorted order) and `-` for stdin. Types
 * by extension: `.warc` `.warc.gz` (web archives, one document per archived page, streamed),
 * `.rss` `.atom` `.xml` (feeds, one document per entry), `.html` `.htm` `.xhtml` (HTML), `.txt` (text), `.jsonl` `.ndjson` (one record
 * per line). Explicitly named files of another type, and stdin, are sniffed.
 */
import { discoverInputs, STDIN_INPUT } from './discover.js';
import type { IngestEvent } from './events.js';
import { fileEvents } from './file.js';
import { resolveOptions, type ReadOptions, type ResolvedOptions } from './options.js';
import { inShard } from './shard.js';
import { stdinEvents } from './stdin.js';

export { DEFAULT_MAX_BYTES, type ReadOptions } from './options.js';
export type { IngestEvent } from './events.js';
export { discoverInputs, listInputFiles, STDIN_INPUT, type DiscoveredInput, type FoundFile } from './discover.js';
export { EXTENSION_FORMATS, formatForPath, type InputFormat } from './formats.js';
export { STDIN_SOURCE } from './stdin.js';
export { decodeBytes, FALLBACK_ENCODING, type Decoded, type EncodingRule } from './charset.js';
export { binaryKind } from './binary.js';
export { sniffFormat } from './sniff.js';
export { parseIsoInstant } from './iso.js';
export { inShard, parseShard, type Shard } from './shard.js';

async function* generate(inputs: readonly string[], options: ResolvedOptions): AsyncGenerator<IngestEvent> {
  for await (const found of discoverInputs(inputs)) {
    if (found.kind === 'file') {
      if (options.shard === null || inShard(found.source, options.shard)) yield* fileEvents(found, options);
    }
    else if (found.kind === 'stdin') yield* stdinEvents(options);
    else yield found;
  }
}

/**
 * Reads the inputs in order and yields one event per document (a JSONL line is one document),
 * per failure, and per file skipped in a directory walk for its type.
 * @param inputs file and directory paths, and `-` for stdin (at most once)
 * @param options capture time, size limit, stdin stream and clock
 * @throws Error at call time when `capturedAt` or `maxBytes` is malformed, or `-` is given twice
 */
export function readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<IngestEvent> {
  const resolved = resolveOptions(options);
  if (inputs.filter((input) => input === STDIN_INPUT).length > 1) {
    throw new Error('readInputs: "-" (stdin) can be read only once; give it once among the inputs.');
  }
  if (resolved.shard !== null && resolved.shard.count > 1 && inputs.includes(STDIN_INPUT)) {
    throw new Error('--shard splits files among workers; stdin (-) cannot be sharded: give it to one worker without --shard.');
  }
  return generate([...inputs], resolved);
}
