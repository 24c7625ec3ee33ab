/**
 * Reading gzip-compressed and plain pages of a set.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readGzPage } from './common.js';

describe('readGzPage', () => {
  const first = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  const second = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  after(() => {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  });
  writeFileSync(join(second, 'page.html.gz'), gzipSync(Buffer.from('<p>zipped</p>')));
  writeFileSync(join(first, 'plain-page'), '<p>plain</p>');

  it('finds NAME.gz in a later directory and decompresses it', () => {
    assert.equal(readGzPage([first, second], 'page.html')?.toString(), '<p>zipped</p>');
  });

  it('reads a page stored uncompressed under its own name', () => {
    assert.equal(readGzPage([first, second], 'plain-page')?.toString(), '<p>plain</p>');
  });

  it('is null when no directory holds the page', () => {
    assert.equal(readGzPage([first, second], 'missing.html'), null);
  });
});
