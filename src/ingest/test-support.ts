/**
 * Helpers for ingest tests: a temporary input directory whose files get a fixed modification
 * time (the capture-time fallback), and reading inputs into a list of events.
 */
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { readInputs, type IngestEvent, type ReadOptions } from './index.js';

/** Reads `inputs` and returns every event in order. */
export async function collectEvents(inputs: string[], options?: ReadOptions): Promise<IngestEvent[]> {
  const events: IngestEvent[] = [];
  for await (const event of readInputs(inputs, options)) events.push(event);
  return events;
}

/**
 * Registers a temporary directory for the current test file (made before its tests, removed
 * after) and returns a writer of files in it, each with modification time `mtime`.
 * @param prefix the directory name prefix
 * @param mtime the modification time given to every file written
 */
export function inputDir(prefix: string, mtime: Date): { write(name: string, data: string | Buffer): Promise<string>; path(): string } {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return {
    async write(name, data) {
      const path = join(dir, name);
      await writeFile(path, data);
      await utimes(path, mtime, mtime);
      return path;
    },
    path: () => dir,
  };
}
