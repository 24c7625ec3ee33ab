/**
 * Locating the package's own files (data/, demo/) from compiled or source code alike.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The directory holding Dossier's package.json (works from src/ and from dist/). */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'data'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Dossier cannot find its package root (a directory with package.json and data/); reinstall the package.');
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

/** Absolute path of a file under the package's `data/` directory. */
export function dataPath(...parts: string[]): string {
  return join(packageRoot(), 'data', ...parts);
}

/** The shared folder beside the repository (`../shared`), or null when absent. */
export function sharedPath(...parts: string[]): string | null {
  const path = join(packageRoot(), '..', 'shared', ...parts);
  return existsSync(path) ? path : null;
}
