import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { demoGold, demoManifest } from '../cli/commands/demo.js';
import { readInputs } from '../ingest/index.js';
import { packageRoot } from '../pipeline/paths.js';
import type { Item } from '../pipeline/types.js';
import { extractDocument } from './index.js';
import { VOCABULARY } from './text/vocabulary.js';

const demoDir = join(packageRoot(), 'demo');
const skip = existsSync(join(demoDir, 'gold.json')) ? false : 'the demo corpus (demo/gold.json) is not present';

/** Gold item keys per file: indexes for pages, record ids for JSONL. */
function goldByFile(): Map<string, (number | string)[]> {
  const byFile = new Map<string, (number | string)[]>();
  for (const group of demoGold()) {
    for (const ref of group.items) byFile.set(ref.file, [...(byFile.get(ref.file) ?? []), ref.item]);
  }
  return byFile;
}

/** Every demo file extracted through ingest, with the capture time the manifest gives it. */
async function extractDemo(): Promise<Map<string, Item[]>> {
  const { files } = demoManifest();
  const out = new Map<string, Item[]>();
  for (const [file, capturedAt] of files) {
    const items: Item[] = [];
    for await (const event of readInputs([join(demoDir, file)], { capturedAt })) {
      assert.equal(event.kind, 'document', `${file} reads as documents`);
      if (event.kind === 'document') items.push(...extractDocument(event.document));
    }
    out.set(file, items);
  }
  return out;
}

const isJsonl = (file: string): boolean => file.endsWith('.jsonl');

describe('the demo corpus against demo/gold.json', { skip }, () => {
  let extracted = new Map<string, Item[]>();
  let gold = new Map<string, (number | string)[]>();
  before(async () => {
    extracted = await extractDemo();
    gold = goldByFile();
  });

  it('finds items in exactly the files the gold lists', () => {
    const withItems = [...extracted].filter(([, items]) => items.length > 0).map(([file]) => file).sort();
    assert.deepEqual(withItems, [...gold.keys()].sort());
  });

  it('finds the gold items of every page, no more and no fewer, the first of a page being its article', () => {
    for (const [file, keys] of gold) {
      if (isJsonl(file)) continue;
      const items = extracted.get(file) ?? [];
      const expected = [...keys].map(Number).sort((a, b) => a - b);
      assert.deepEqual(items.map((item) => item.index), expected, file);
      assert.deepEqual(items.map((item) => item.kind), expected.map((index) => (index === 0 ? 'article' : 'brief')), file);
    }
  });

  it('finds one article per JSONL record, by id', () => {
    for (const [file, keys] of gold) {
      if (!isJsonl(file)) continue;
      const items = extracted.get(file) ?? [];
      assert.deepEqual(items.map((item) => item.id).sort(), keys.map(String).sort(), file);
      assert.ok(items.every((item) => item.kind === 'article'), file);
    }
  });

  it('gives every brief its headline, dateline and own stamp, and keeps both out of its text', () => {
    for (const [file, items] of extracted) {
      for (const brief of items.filter((item) => item.kind === 'brief')) {
        const where = `${file} #${brief.index}`;
        assert.ok(brief.title, `${where} has a title`);
        assert.ok(brief.dateline, `${where} has a dateline`);
        assert.equal(brief.dateCandidates.filter((c) => c.origin === 'stamp' && c.own).length, 1, `${where} has its own stamp`);
        assert.ok(!brief.text.startsWith(brief.dateline.place), `${where}: dateline cut from the text`);
        assert.ok(!VOCABULARY.stampEnd.test(brief.text), `${where}: stamp cut from the text`);
      }
    }
  });

  it('titles every item with a headline of its own page, never a stamp, a prompt or a comment label', () => {
    for (const [file, items] of extracted) {
      for (const item of items) {
        const where = `${file} #${item.index}`;
        const title = item.title ?? '';
        assert.ok(title.split(/\s+/u).length >= 4, `${where} has a headline: "${title}"`);
        assert.ok(!VOCABULARY.stampLine.test(title) && !VOCABULARY.stampedEnd.test(title) && !VOCABULARY.updateStampLine.test(title), `${where}: "${title}"`);
        assert.ok(!/comment|kommentar|reactie|webmail/iu.test(title), `${where}: "${title}"`);
      }
    }
  });

  it('keeps an update stamp as an update date of its article, not as a report', () => {
    const updated = [...extracted.values()].flat().filter((item) => item.dateCandidates.some((c) => c.origin === 'updated'));
    assert.ok(updated.length > 0, 'the corpus has an update stamp');
    for (const item of updated) assert.equal(item.kind, 'article', `${item.source} #${item.index}`);
  });
});
