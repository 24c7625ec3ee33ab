/**
 * Web archives and feeds end to end through the CLI on the embedded store: a `.warc.gz` crawl
 * and an RSS feed (texts written for this test) become items with their URLs, capture times
 * from the archive, titles and dates from the feed; a second run stores nothing twice.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipPerRecord, htmlResponse, warcRecord } from '../../src/ingest/warc/test-support.js';
import { cli, tempDir } from '../helpers/cli.js';

const ARTICLE = `<!doctype html><html lang="de"><head><title>Werft in Kiel erhält Großauftrag | Küstenblatt</title></head><body>
<nav><a href="/">Start</a> <a href="/wirtschaft">Wirtschaft</a></nav>
<article><h1>Werft in Kiel erhält Großauftrag</h1>
<p>Die Werft in Kiel soll in den kommenden drei Jahren vier Versorgungsschiffe für die Marine bauen, teilte das Unternehmen am Dienstag mit.</p>
<p>Der Auftrag sichert nach Angaben der Geschäftsführung rund achthundert Arbeitsplätze an der Förde und bei Zulieferern im ganzen Land.</p>
<p>Die ersten Stahlplatten sollen im Herbst geschnitten werden; das erste Schiff soll im Frühjahr übergeben werden.</p></article>
<footer>Impressum · Datenschutz</footer></body></html>`;

const FEED = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Havenkrant</title><language>nl</language>
<item><title>Rotterdamse haven sluit akkoord met vakbond</title><link>https://havenkrant.example/akkoord</link>
<pubDate>Tue, 18 Mar 2025 09:30:00 +0100</pubDate>
<description>&lt;p&gt;De haven van Rotterdam heeft dinsdag een akkoord gesloten met de vakbond over de lonen van de sjorders.&lt;/p&gt;&lt;p&gt;Het akkoord loopt twee jaar.&lt;/p&gt;</description></item>
<item><title>Alleen een kop zonder tekst</title><link>https://havenkrant.example/kop</link></item>
</channel></rss>`;

describe('dossier ingest: WARC crawls and feeds', () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'store.db');
  const inputs = join(dir, 'in');
  before(() => {
    mkdirSync(inputs);
    writeFileSync(
      join(inputs, 'crawl.warc.gz'),
      gzipPerRecord([
        warcRecord({ type: 'warcinfo', contentType: 'application/warc-fields', block: 'software: test\r\n' }),
        htmlResponse('https://kuestenblatt.example/werft-kiel', ARTICLE, '2025-03-19T07:15:00Z'),
      ]),
    );
    writeFileSync(join(inputs, 'havenkrant.rss'), FEED);
  });
  after(cleanup);

  it('extract shows the archived page with its URL and the feed entry with its stated date', async () => {
    const run = await cli(['extract', join(inputs, 'crawl.warc.gz'), join(inputs, 'havenkrant.rss'), '--format', 'jsonl']);
    assert.equal(run.status, 0, run.stderr);
    const items = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(items.map((i) => [i.source, i.lang]), [['https://kuestenblatt.example/werft-kiel', 'de'], ['https://havenkrant.example/akkoord', 'nl']]);
    assert.equal(items[0].title, 'Werft in Kiel erhält Großauftrag');
    assert.doesNotMatch(items[0].text, /Impressum|Wirtschaft/);
    assert.equal(items[1].title, 'Rotterdamse haven sluit akkoord met vakbond');
    assert.equal(items[1].published.date.slice(0, 10), '2025-03-18');
  });

  it('ingest stores both, and a second run adds nothing', async () => {
    const first = await cli(['ingest', inputs, '--db', db, '--format', 'json']);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(JSON.parse(first.stdout).added, 2);
    const second = await cli(['ingest', inputs, '--db', db, '--format', 'json']);
    assert.equal(JSON.parse(second.stdout).added, 0);
    const found = JSON.parse((await cli(['search', 'Versorgungsschiffe', '--db', db, '--format', 'json'])).stdout) as { source: string }[];
    assert.equal(found[0]?.source, 'https://kuestenblatt.example/werft-kiel');
  });

  it('item shows a stored archived page in full, found by part of its URL', async () => {
    const run = await cli(['item', 'kuestenblatt.example', '--db', db]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^[0-9a-f]{16}:0 {2}article \[de\]/);
    assert.match(run.stdout, /source: https:\/\/kuestenblatt\.example\/werft-kiel#0/);
    assert.match(run.stdout, /captured: 2025-03-19T07:15:00/);
    assert.match(run.stdout, /\nWerft in Kiel erhält Großauftrag\n\nDie Werft in Kiel soll/);
    assert.match(run.stdout, /\ndropped by extraction:\n(.*\n)*.*Impressum/);
    const json = JSON.parse((await cli(['item', 'kuestenblatt.example', '--db', db, '--format', 'json'])).stdout) as { id: string; capturedAt: string; mentions: { text: string }[]; dropped: unknown[] };
    assert.ok(json.mentions.some((m) => m.text === 'Kiel'), JSON.stringify(json.mentions));
    assert.ok(json.dropped.length > 0);
    assert.equal((await cli(['item', json.id, '--db', db, '--format', 'json'])).status, 0);
  });

  it('item names the problem when the query matches no item, or several', async () => {
    const none = await cli(['item', 'nowhere.example', '--db', db]);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no stored item has the id "nowhere\.example"/);
    const several = await cli(['item', 'https://', '--db', db]);
    assert.equal(several.status, 1);
    assert.match(several.stderr, /2 stored items have a source or URL containing "https:\/\/"/);
  });
});
