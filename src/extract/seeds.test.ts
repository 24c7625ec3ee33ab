import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sharedPath } from '../pipeline/paths.js';
import type { Item } from '../pipeline/types.js';
import { extractDocument } from './index.js';
import { testDocument } from './test-support.js';

const seedDir = sharedPath('seeds');
const skip = seedDir === null ? 'the shared seed captures (../shared/seeds) are not present' : false;

function extractSeed(prefix: string): Item[] {
  const name = readdirSync(seedDir ?? '.').find((file) => file.startsWith(prefix));
  assert.ok(name, `seed ${prefix} exists`);
  return extractDocument(testDocument(readFileSync(join(seedDir ?? '.', name), 'utf8'), 'text/plain'));
}

function everywhere(item: Item): string {
  return [item.title ?? '', item.text].join('\n');
}

function assertDigest(items: Item[], briefs: number, titled: boolean): void {
  assert.deepEqual(items.map((i) => i.kind), ['article', ...new Array<string>(briefs).fill('brief')]);
  assert.deepEqual(items.map((i) => i.index), items.map((_, i) => i));
  const article = items[0];
  for (const brief of items.slice(1)) {
    assert.ok(brief.dateline && brief.dateline.agencies.includes('ANP'), `brief ${brief.index} has a dateline`);
    const stamps = brief.dateCandidates.filter((c) => c.origin === 'stamp' && c.own);
    assert.equal(stamps.length, 1, `brief ${brief.index} has its own stamp`);
    assert.match(stamps[0]?.text ?? '', /geleden$/u);
    assert.equal(brief.title !== null, titled, `brief ${brief.index} title`);
    assert.ok(!brief.text.startsWith(brief.dateline?.place ?? '-'), 'dateline removed from the text');
    assert.ok(!article?.text.includes(brief.text.slice(0, 40)), `the article does not absorb brief ${brief.index}`);
  }
  assert.ok(!article?.text.includes('Meer uit'));
  assert.ok(!article?.dateCandidates.some((c) => c.origin === 'stamp'));
}

describe('seed captures', { skip }, () => {
  it('000: the US–Japan article and seven stamped briefs', () => {
    const items = extractSeed('000');
    assertDigest(items, 7, false);
    const [article] = items;
    assert.match(article?.title ?? '', /VS en Japan.*upgrade/u);
    assert.deepEqual(article?.dateline, { place: 'WASHINGTON/TOKIO', agencies: ['ANP'] });
    assert.ok(article?.text.startsWith('De Verenigde Staten'));
    assert.deepEqual(items.map((i) => i.dateline?.place), ['WASHINGTON/TOKIO', 'PARIJS', 'KOPENHAGEN', 'KYIV', 'WARSCHAU', 'KYIV', 'TOKYO', 'WARSCHAU']);
    assert.equal(items[1]?.dateCandidates[0]?.text, '42 minuten geleden');
    assert.equal(items[7]?.dateCandidates[0]?.text, '5 uur geleden');
  });

  it('001: one article with its caption, source, author line and no ad or comment marker', () => {
    const items = extractSeed('001');
    assert.equal(items.length, 1);
    const [article] = items;
    assert.equal(article?.title, null);
    assert.ok(article?.text.startsWith('Die Ankündigung'));
    assert.deepEqual(article?.fields.sources, [readSource()]);
    assert.equal(article?.fields.captions.length, 1);
    assert.ok(article?.fields.captions[0]?.endsWith('Foto: Pool'));
    assert.ok(article?.fields.credits.includes('Foto: Pool'));
    assert.equal(article?.byline, 'Ngoc Anh');
    for (const absent of ['[Anzeige_2]', 'Kommentar (0)', 'Quelle:', 'Foto: Pool', 'Ngoc Anh', 'Iikura']) assert.ok(!everywhere(article as Item).includes(absent), absent);
  });

  it('002: one article without the teaser list and page chrome', () => {
    const items = extractSeed('002');
    assert.equal(items.length, 1);
    const [article] = items;
    assert.match(article?.title ?? '', /^Allianz gegen China/u);
    const all = everywhere(article as Item);
    for (const absent of ['Ballermann', 'Tanker', 'vor 13 Minuten', 'Lesedauer', 'Artikel teilen', 'Kommentare', 'Logo Epoch Times', 'author-image', 'top-article-image', '(dpa/red)', 'Foto:', 'Apec Gipfel', 'Mehr dazu']) {
      assert.ok(!all.includes(absent), absent);
    }
    assert.ok(article?.fields.credits.some((credit) => credit.startsWith('Foto: Franck')));
    assert.ok(article?.fields.credits.includes('(dpa/red)'));
    assert.equal(article?.fields.captions.length, 1);
    assert.equal(article?.byline, 'Redaktion');
    assert.ok(article?.text.startsWith('Die USA sind Japans Schutzmacht.'));
    assert.ok(article?.text.includes('Trump nutzt seine Reise'));
    assert.ok(article?.text.endsWith('Sicherheitspolitik.'));
    assert.deepEqual(article?.dateCandidates, []);
  });

  it('003: the China–Russia article and seven titled, stamped briefs, without webmail prompts', () => {
    const items = extractSeed('003');
    assertDigest(items, 7, true);
    const [article] = items;
    assert.match(article?.title ?? '', /China.*Rusland/u);
    assert.deepEqual(article?.dateline, { place: 'BEIJING', agencies: ['ANP', 'AFP'] });
    for (const item of items) assert.ok(!everywhere(item).toLowerCase().includes('webmail'));
    assert.match(items[1]?.title ?? '', /Myanmar/u);
    assert.equal(items[1]?.dateCandidates[0]?.text, '2 minuten geleden');
    assert.match(items[7]?.title ?? '', /Franse verkiezingen/u);
  });

  it('004: one article titled by its first line, bullets kept, prompts and the related headline dropped', () => {
    const items = extractSeed('004');
    assert.equal(items.length, 1);
    const [article] = items;
    assert.match(article?.title ?? '', /^Die USA fordern Japan auf/u);
    assert.ok(article?.text.startsWith('• Botschafter Rahm Emanuel'));
    assert.equal(article?.text.split('\n').filter((line) => line.startsWith('• ')).length, 3);
    for (const absent of ['KLICKEN SIE HIER', 'source site', 'Leave a Reply', 'US-Botschaft über AP', 'Südkorea führen']) assert.ok(!everywhere(article as Item).includes(absent), absent);
    assert.equal(article?.fields.captions.length, 1);
    assert.ok(article?.fields.captions[0]?.endsWith('(US-Botschaft über AP)'));
    assert.ok(article?.text.endsWith('sagte Emanuel.'));
  });
});

/** The URL of seed 001's source line, read from the seed itself (not copied into the repository). */
function readSource(): string {
  const name = readdirSync(seedDir ?? '.').find((file) => file.startsWith('001')) ?? '';
  const line = readFileSync(join(seedDir ?? '.', name), 'utf8').split('\n').find((l) => l.startsWith('Quelle:')) ?? '';
  return line.replace(/^Quelle:\s*/u, '').trim();
}
