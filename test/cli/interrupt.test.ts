/**
 * A run killed mid-batch and started again ends with every document stored once: the ingest
 * process is killed (SIGKILL) once some documents are committed, then run again, and the store
 * must equal the store of one uninterrupted run.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { packageRoot } from '../../src/pipeline/paths.js';
import { cli, tempDir } from '../helpers/cli.js';

const CAPTURED = '2025-03-20T12:00:00Z';
/** Copies of each demo file: enough documents that the kill lands mid-batch. */
const COPIES = 12;
/** Kill once at least this many documents are committed. */
const KILL_AFTER = 8;
const main = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

function writeCorpus(dir: string): void {
  const source = join(packageRoot(), 'demo', 'nl');
  for (let n = 0; n < COPIES; n++) {
    const target = join(dir, `copy-${n}`);
    mkdirSync(target, { recursive: true });
    for (const name of readdirSync(source)) {
      const content = readFileSync(join(source, name), 'utf8');
      writeFileSync(join(target, name), name.endsWith('.html') ? `${content}\n<!-- copy ${n} -->\n` : `${content}\n${' '.repeat(n + 1)}\n`);
    }
  }
}

function storedDocuments(db: string): number {
  try {
    const connection = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (connection.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      connection.close();
    }
  } catch {
    return 0;
  }
}

/** Starts an ingest and kills it once KILL_AFTER documents are committed (or it ends by itself). */
function ingestAndKill(corpus: string, db: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, 'ingest', corpus, '--db', db, '--captured-at', CAPTURED], { stdio: 'ignore' });
    let killed = false;
    const timer = setInterval(() => {
      if (storedDocuments(db) >= KILL_AFTER) {
        killed = child.kill('SIGKILL');
        clearInterval(timer);
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(timer);
      resolve(killed);
    });
  });
}

describe('ingest killed mid-batch', () => {
  const { dir, cleanup } = tempDir();
  after(cleanup);

  it('ends, after a second run, with every document stored exactly once', async () => {
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus);
    const interrupted = join(dir, 'interrupted.db');
    const killed = await ingestAndKill(corpus, interrupted);
    assert.ok(killed, 'the first run should be killed mid-batch (the corpus is large enough)');
    const partial = storedDocuments(interrupted);
    assert.ok(partial >= KILL_AFTER);
    assert.equal((await cli(['ingest', corpus, '--db', interrupted, '--captured-at', CAPTURED])).status, 0);

    const clean = join(dir, 'clean.db');
    assert.equal((await cli(['ingest', corpus, '--db', clean, '--captured-at', CAPTURED])).status, 0);
    const keys = async (db: string) => {
      const stories = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout) as { items: { source: string; item: number }[] }[];
      return stories.flatMap((s) => s.items.map((i) => `${i.source}#${i.item}`)).sort();
    };
    const afterRestart = await keys(interrupted);
    assert.equal(new Set(afterRestart).size, afterRestart.length, 'no item stored twice');
    assert.deepEqual(afterRestart, await keys(clean));
    assert.equal(storedDocuments(interrupted), storedDocuments(clean));
  });
});
