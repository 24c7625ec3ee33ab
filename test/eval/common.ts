/**
 * Plumbing shared by the evaluation scripts: where the external sets live, reading their
 * gzip-compressed pages one at a time, telling whether a module runs as the script, and
 * writing result JSON to `test/eval/results/` (gitignored).
 *
 * The sets are never copied into the repository: they are read from `../shared/eval/` at run
 * time, and every script says plainly when that folder or one set is absent.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { packageRoot, sharedPath } from '../../src/pipeline/paths.js';

/** Where to send the lines a script prints (console.log in the scripts, a collector in the gate). */
export type Log = (line: string) => void;

/**
 * The directory of one evaluation set under `../shared/eval/`, or null when it (or the whole
 * shared folder) is absent; in that case `log` is told so in one plain sentence.
 * @param log where to say that the set is absent
 * @param parts the set's path below `../shared/eval/`, e.g. `'dates', 'htmldate-eval'`
 */
export function evalSet(log: Log, ...parts: string[]): string | null {
  if (!sharedPath('eval')) {
    log(`The shared evaluation folder ../shared/eval is absent; ${parts.join('/')} skipped.`);
    return null;
  }
  const dir = sharedPath('eval', ...parts);
  if (!dir) log(`The evaluation set ../shared/eval/${parts.join('/')} is absent; skipped.`);
  return dir;
}

/**
 * The bytes of one page of a set, from the first of `dirs` that holds it: stored as `NAME.gz`
 * (the gold files name it without `.gz`) and decompressed, or, for the odd page stored
 * uncompressed, as `NAME` itself. Null when no directory holds it.
 * @param dirs directories to look in, in order
 * @param name the file name as the gold file gives it
 */
export function readGzPage(dirs: readonly string[], name: string): Buffer | null {
  for (const dir of dirs) {
    const path = join(dir, `${name}.gz`);
    if (existsSync(path)) return gunzipSync(readFileSync(path));
    const plain = join(dir, name);
    if (existsSync(plain) && statSync(plain).isFile()) return readFileSync(plain);
  }
  return null;
}

/** True when the module at `moduleUrl` (pass `import.meta.url`) is the script node was started with. */
export function isEntry(moduleUrl: string): boolean {
  const started = process.argv[1];
  if (started === undefined || !existsSync(started)) return false;
  return realpathSync(resolve(started)) === realpathSync(fileURLToPath(moduleUrl));
}

/**
 * Writes `value` as JSON to `test/eval/results/NAME.json` in the repository (gitignored) and
 * returns the path written.
 */
export function writeResults(name: string, value: unknown): string {
  const dir = join(packageRoot(), 'test', 'eval', 'results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

/** Seconds elapsed since `start` (a `performance.now()` reading). */
export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}
