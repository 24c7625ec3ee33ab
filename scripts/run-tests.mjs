#!/usr/bin/env node
// Runs every compiled test file (dist/**/*.test.js) on node's built-in test runner.
// Node 20's `--test` takes no globs, so the files are listed here. Extra arguments
// narrow the run: `npm test -- store` runs only test files whose path contains "store".
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

/** @param {string} dir @returns {string[]} */
function findTests(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (name.endsWith('.test.js')) found.push(path);
  }
  return found;
}

const filters = process.argv.slice(2);
const files = findTests(dist)
  .filter((file) => filters.length === 0 || filters.some((f) => relative(root, file).includes(f)))
  .sort();
if (files.length === 0) {
  console.error(`run-tests: no test files in ${dist} match ${filters.join(', ') || '*.test.js'}; run \`npm run build\` first.`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
