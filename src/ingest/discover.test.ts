/**
 * Discovery: directory walks in sorted order, hidden entries and node_modules passed over,
 * unknown types reported as skipped, missing paths as unreadable.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { discoverInputs, listInputFiles } from './discover.js';
import { readInputs } from './index.js';

let root = '';

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-ingest-discover-'));
  const files: Record<string, string> = {
    'b.txt': 'bee',
    'a.html': '<p>a</p>',
    'A.htm': '<p>upper</p>',
    'nl/z.txt': 'zed',
    'nl/deep/y.ndjson': '{"text":"why"}\n',
    'c.jsonl': '{"text":"sea"}\n',
    'notes.md': '# not read',
    'README': 'no extension',
    'page.XHTML': '<p>x</p>',
    '.hidden.html': '<p>hidden</p>',
    '.git/config.txt': 'hidden dir',
    'node_modules/pkg/readme.txt': 'dependency',
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(root, name, '..'), { recursive: true });
    await writeFile(join(root, name), text);
  }
  await symlink(join(root, 'nl'), join(root, 'nl', 'deep', 'loop')); // a cycle must not be walked forever
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

test('a directory is walked recursively in code-unit order, skipping hidden entries and node_modules', async () => {
  const found: string[] = [];
  for await (const entry of discoverInputs([root])) {
    if (entry.kind === 'file') found.push(`${entry.format} ${entry.source.slice(root.length + 1)}`);
    else if (entry.kind === 'skipped') found.push(`skipped ${entry.source.slice(root.length + 1)}`);
    else assert.fail(`unexpected ${entry.kind}`);
  }
  assert.deepEqual(found, [
    'html A.htm',
    'skipped README',
    'html a.html',
    'text b.txt',
    'jsonl c.jsonl',
    'jsonl nl/deep/y.ndjson',
    'text nl/z.txt',
    'skipped notes.md',
    'html page.XHTML',
  ]);
});

test('sources join the path as given with the path found under it', async () => {
  const previous = process.cwd();
  process.chdir(root);
  try {
    const listed: unknown[] = [];
    for await (const entry of listInputFiles(['nl', 'b.txt', '.hidden.html'])) listed.push(entry);
    // An explicitly named hidden file is read; unknown extensions named explicitly are sniffed later.
    assert.deepEqual(listed, ['nl/deep/y.ndjson', 'nl/z.txt', 'b.txt', '.hidden.html']);
  } finally {
    process.chdir(previous);
  }
});

test('skipped files are reported with a reason naming them', async () => {
  const skipped: { source: string; reason: string }[] = [];
  for await (const event of readInputs([root])) if (event.kind === 'skipped') skipped.push(event);
  assert.equal(skipped.length, 2);
  assert.match(skipped[0]?.reason ?? '', /README: skipped, Dossier does not read this file type/);
});

test('a missing path is an unreadable failure naming it, and the batch goes on', async () => {
  const missing = join(root, 'no-such-file.html');
  const results: unknown[] = [];
  for await (const entry of listInputFiles([missing, join(root, 'b.txt')])) results.push(entry);
  assert.equal(results.length, 2);
  const [failure] = results as { source: string; messages: { code: string; reason: string; severity: string }[] }[];
  assert.equal(failure?.source, missing);
  assert.equal(failure?.messages[0]?.code, 'ingest/unreadable');
  assert.equal(failure?.messages[0]?.severity, 'error');
  assert.equal(failure?.messages[0]?.reason, `${missing}: the path does not exist.`);
  assert.equal(results[1], join(root, 'b.txt'));
});
