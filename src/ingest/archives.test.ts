/**
 * Web archives and feeds through readInputs: `.warc` and `.warc.gz` (record by record, the
 * capture time and URL from the record), WARC found by sniffing, records passed over or
 * reported, the size limit per record; `.rss`/`.atom`/`.xml` feeds one document per entry,
 * stable hashes across re-reads, XML that is not a feed.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { RawDocument } from '../pipeline/types.js';
import type { IngestEvent, ReadOptions } from './index.js';
import { collectEvents, inputDir } from './test-support.js';
import { gzipPerRecord, htmlResponse, httpResponse, warcRecord } from './warc/test-support.js';

const MTIME = new Date('2024-05-01T08:00:00Z');
const inputs = inputDir('dossier-ingest-archives-', MTIME);
const write = inputs.write;
const collect = collectEvents;

const documents = (events: IngestEvent[]): RawDocument[] => events.flatMap((e) => (e.kind === 'document' ? [e.document] : []));
const reasons = (events: IngestEvent[]): string[] => events.flatMap((e) => (e.kind === 'failure' ? e.messages.map((m) => `${m.code} ${m.reason}`) : e.kind === 'skipped' ? [`skipped ${e.reason}`] : []));

const PAGE = '<html><head><title>Werft</title></head><body><article><p>Die Werft repariert Schiffe.</p></article></body></html>';
const LATIN1_PAGE = Buffer.from('<html><body><p>Caf\xe9 am Hafen, sch\xf6n.</p></body></html>', 'latin1');

function crawl(): Buffer[] {
  return [
    warcRecord({ type: 'warcinfo', contentType: 'application/warc-fields', block: 'software: test crawler\r\n' }),
    warcRecord({ type: 'request', uri: 'https://example.de/werft', contentType: 'application/http; msgtype=request', block: 'GET /werft HTTP/1.1\r\nHost: example.de\r\n\r\n' }),
    htmlResponse('https://example.de/werft', PAGE, '2024-04-16T09:30:00Z'),
    warcRecord({ type: 'response', uri: 'https://example.de/logo.png', contentType: 'application/http; msgtype=response', block: httpResponse(200, { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])) }),
    warcRecord({ type: 'response', uri: 'https://example.de/alt', contentType: 'application/http; msgtype=response', block: httpResponse(301, { Location: '/werft', 'Content-Type': 'text/html' }, '<p>moved</p>') }),
    warcRecord({ type: 'response', uri: 'https://example.de/cafe', contentType: 'application/http; msgtype=response', block: httpResponse(200, { 'Content-Type': 'text/html; charset=iso-8859-1' }, LATIN1_PAGE) }),
    warcRecord({ type: 'resource', uri: 'https://example.de/notiz.txt', contentType: 'text/plain; charset=utf-8', block: 'Eine Notiz über den Hafen.' }),
    warcRecord({ type: 'revisit', uri: 'https://example.de/werft', contentType: 'application/http; msgtype=response', block: 'HTTP/1.1 200 OK\r\n\r\n' }),
  ];
}

test('a .warc.gz gives one document per HTML page or text resource, with URL and WARC-Date', async () => {
  const path = await write('crawl.warc.gz', gzipPerRecord(crawl()));
  const events = await collect([path]);
  assert.deepEqual(reasons(events), []);
  const docs = documents(events);
  assert.deepEqual(docs.map((d) => [d.source, d.mediaType]), [
    ['https://example.de/werft', 'text/html'],
    ['https://example.de/cafe', 'text/html'],
    ['https://example.de/notiz.txt', 'text/plain'],
  ]);
  assert.deepEqual(docs[0]!.capturedAt, { date: '2024-04-16T09:30:00.000Z', basis: 'stated' });
  assert.equal(docs[0]!.url, 'https://example.de/werft');
  assert.equal(docs[0]!.hash, createHash('sha256').update(PAGE).digest('hex'), 'keyed by the payload, like the same page read as a file');
  assert.deepEqual(docs[1]!.encoding, { name: 'windows-1252', rule: 'http' });
  assert.match(docs[1]!.content, /Café am Hafen, schön/);
});

test('an uncompressed .warc and a gzipped WARC under another name (sniffed) read the same', async () => {
  const plain = await write('crawl.warc', Buffer.concat(crawl()));
  const sniffed = await write('crawl.bin', gzipSync(Buffer.concat(crawl())));
  const a = documents(await collect([plain])).map((d) => d.hash);
  const b = documents(await collect([sniffed])).map((d) => d.hash);
  assert.equal(a.length, 3);
  assert.deepEqual(a, b);
});

test('--captured-at overrides the WARC-Date', async () => {
  const path = await write('one.warc', htmlResponse('https://example.de/x', PAGE, '2024-04-16T09:30:00Z'));
  const [doc] = documents(await collect([path], { capturedAt: '2024-06-01T00:00:00Z' }));
  assert.deepEqual(doc!.capturedAt, { date: '2024-06-01T00:00:00.000Z', basis: 'option' });
});

test('a damaged record is reported by number and the records after it are read', async () => {
  const broken = Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n<p>x</p>\r\n\r\n');
  const path = await write('damaged.warc', Buffer.concat([htmlResponse('https://example.de/a', PAGE), broken, htmlResponse('https://example.de/b', '<p>Zweite Seite über Schiffe.</p>')]));
  const events = await collect([path]);
  assert.deepEqual(documents(events).map((d) => d.source), ['https://example.de/a', 'https://example.de/b']);
  const [problem] = reasons(events);
  assert.match(problem!, /^ingest\/warc-syntax .*damaged\.warc, record 2: .*Content-Length.*reading went on/);
});

test('a .warc.gz cut off inside a record keeps the records before the cut and ends with a failure', async () => {
  const last = gzipSync(htmlResponse('https://example.de/b', PAGE));
  const path = await write('cut.warc.gz', Buffer.concat([gzipSync(htmlResponse('https://example.de/a', PAGE)), last.subarray(0, last.length - 40)]));
  const events = await collect([path]);
  assert.deepEqual(documents(events).map((d) => d.source), ['https://example.de/a']);
  assert.match(reasons(events).join('\n'), /cut\.warc\.gz/);
});

test('bytes named .warc.gz that are not gzip fail with a reason naming the file', async () => {
  const path = await write('fake.warc.gz', 'WARX/1.0 not compressed and not a record');
  const events = await collect([path]);
  assert.equal(documents(events).length, 0);
  assert.match(reasons(events).join('\n'), /fake\.warc\.gz/);
});

test('a record over the size limit is reported by number; smaller ones are read', async () => {
  const big = htmlResponse('https://example.de/big', `<p>${'lang '.repeat(400)}</p>`);
  const path = await write('limit.warc', Buffer.concat([big, htmlResponse('https://example.de/small', PAGE)]));
  const events = await collect([path], { maxBytes: 1000 });
  assert.deepEqual(documents(events).map((d) => d.source), ['https://example.de/small']);
  assert.match(reasons(events)[0]!, /^ingest\/too-large .*limit\.warc, record 1: its block is/);
});

test('a WARC with no page Dossier reads is skipped with a reason', async () => {
  const path = await write('images.warc', warcRecord({ type: 'response', uri: 'https://example.de/a.png', contentType: 'application/http; msgtype=response', block: httpResponse(200, { 'Content-Type': 'image/png' }, 'PNG') }));
  assert.deepEqual(reasons(await collect([path])), [`skipped ${path}: skipped, none of its 1 WARC records is an HTML page, text file or feed with content.`]);
});

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><language>de</language>
<item><title>Werft erhält Auftrag</title><link>https://example.de/auftrag</link><pubDate>Tue, 16 Apr 2024 10:00:00 +0200</pubDate><description>&lt;p&gt;Die Werft baut zwei Schiffe für die Marine.&lt;/p&gt;</description></item>
<item><title>Nur ein Titel</title><link>https://example.de/titel</link></item>
<item><title>Klartext</title><link>https://example.de/klar</link><description>Ein Bericht ohne Markup über den Hafen.</description></item>
</channel></rss>`;

test('a feed gives one document per entry with a body, with its title, language and date as hints', async () => {
  const path = await write('news.rss', FEED);
  const events = await collect([path]);
  const docs = documents(events);
  assert.deepEqual(docs.map((d) => [d.source, d.mediaType]), [['https://example.de/auftrag', 'text/html'], ['https://example.de/klar', 'text/plain']]);
  assert.deepEqual(docs[0]!.hints, { title: 'Werft erhält Auftrag', lang: 'de', published: '2024-04-16T10:00:00+02:00' });
  assert.equal(docs[1]!.hints.bodyAsGiven, true);
  const again = documents(await collect([await write('news-later.rss', FEED.replace('<language>de</language>', '<language>de</language><lastBuildDate>x</lastBuildDate>'))]));
  assert.deepEqual(again.map((d) => d.hash), docs.map((d) => d.hash), 'entries are keyed by themselves, not by the file');
});

test('.xml that is not a feed is skipped; a .rss that is not a feed fails; a feed under another name is sniffed', async () => {
  const sitemap = await write('sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://example.de/</loc></url></urlset>');
  assert.match(reasons(await collect([sitemap]))[0]!, /^skipped .*not an RSS or Atom feed/);
  const fake = await write('fake.rss', '<html><body>no feed</body></html>');
  assert.match(reasons(await collect([fake]))[0]!, /^ingest\/feed-syntax .*fake\.rss: the file is not an RSS or Atom feed/);
  const odd = await write('feed.php', FEED);
  assert.equal(documents(await collect([odd])).length, 2);
});

test('a feed archived in a WARC gives its entries, captured at the record date', async () => {
  const record = warcRecord({ type: 'response', uri: 'https://example.de/feed', date: '2024-04-17T06:00:00Z', contentType: 'application/http; msgtype=response', block: httpResponse(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }, FEED) });
  const docs = documents(await collect([await write('feed.warc', record)]));
  assert.deepEqual(docs.map((d) => d.source), ['https://example.de/auftrag', 'https://example.de/klar']);
  assert.equal(docs[0]!.capturedAt.basis, 'stated');
});

test('a directory walk reads .warc.gz, .rss and .xml files', async () => {
  const sub = join(inputs.path(), 'walk');
  await rm(sub, { recursive: true, force: true });
  await mkdir(sub);
  await writeFile(join(sub, 'a.warc.gz'), gzipPerRecord([htmlResponse('https://example.de/w', PAGE)]));
  await writeFile(join(sub, 'b.rss'), FEED);
  await writeFile(join(sub, 'c.xml'), FEED);
  const docs = documents(await collect([sub]));
  assert.equal(docs.length, 5);
});
