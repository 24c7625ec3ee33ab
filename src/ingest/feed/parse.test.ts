/**
 * Feeds to entries: RSS 2.0 with content:encoded and escaped descriptions, RSS 1.0 (RDF),
 * Atom with html/xhtml/text constructs, languages, links, dates; XML that is not a feed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeed } from './parse.js';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Havennieuws</title><language>nl</language>
<item><title>Werf krijgt order voor &lt;em&gt;twee&lt;/em&gt; schepen</title><link>https://example.nl/werf</link>
<pubDate>Wed, 10 Apr 2024 21:30:00 +0200</pubDate>
<description>&lt;p&gt;Korte samenvatting.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>De werf in Vlissingen bouwt twee schepen.</p><p>Dat meldde het bedrijf.</p>]]></content:encoded></item>
<item><title>Alleen een kop</title><link>https://example.nl/kop</link></item>
<item><title>Platte tekst</title><guid isPermaLink="true">https://example.nl/plat</guid><dc:date>2024-04-11T06:00:00+02:00</dc:date><description>Een bericht zonder opmaak.</description></item>
</channel></rss>`;

test('RSS 2.0: title as plain text, link, offset-keeping date, content:encoded before description', () => {
  const feed = parseFeed(RSS)!;
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.entries.length, 3);
  const [first, teaser, plain] = feed.entries;
  assert.equal(first!.title, 'Werf krijgt order voor twee schepen');
  assert.equal(first!.url, 'https://example.nl/werf');
  assert.equal(first!.published, '2024-04-10T21:30:00+02:00');
  assert.equal(first!.lang, 'nl');
  assert.deepEqual(first!.body, { content: '<p>De werf in Vlissingen bouwt twee schepen.</p><p>Dat meldde het bedrijf.</p>', html: true });
  assert.equal(teaser!.body, null);
  assert.equal(plain!.url, 'https://example.nl/plat');
  assert.equal(plain!.published, '2024-04-11T06:00:00+02:00');
  assert.deepEqual(plain!.body, { content: 'Een bericht zonder opmaak.', html: false });
});

test('RSS 1.0 (RDF): items beside the channel', () => {
  const feed = parseFeed(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel><title>x</title></channel><item><title>Eins</title><link>https://example.de/1</link><description>Ein Satz.</description></item></rdf:RDF>`)!;
  assert.equal(feed.kind, 'rdf');
  assert.equal(feed.entries[0]!.title, 'Eins');
  assert.equal(feed.entries[0]!.body?.content, 'Ein Satz.');
});

test('Atom: xhtml and html content, the alternate link, published before updated, xml:lang', () => {
  const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
<entry><title type="html">Werft &amp;amp; Marine</title><link rel="self" href="https://example.de/self"/><link rel="alternate" href="https://example.de/werft"/>
<updated>2024-04-17T09:00:00Z</updated><published>2024-04-16T10:00:00+02:00</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Die Werft <b>repariert</b> Schiffe.</p></div></content></entry>
<entry><title>Nur aktualisiert</title><link href="https://example.de/2"/><updated>2024-04-18T09:00:00Z</updated><summary type="html">&lt;p&gt;Kurz.&lt;/p&gt;</summary></entry>
<entry><title>Ausgelagert</title><content src="https://example.de/3.html" type="text/html"/></entry>
</feed>`)!;
  assert.equal(feed.kind, 'atom');
  const [first, second, third] = feed.entries;
  assert.equal(first!.title, 'Werft & Marine');
  assert.equal(first!.url, 'https://example.de/werft');
  assert.equal(first!.published, '2024-04-16T10:00:00+02:00');
  assert.equal(first!.lang, 'de');
  assert.deepEqual(first!.body, { content: '<p>Die Werft <b>repariert</b> Schiffe.</p>', html: true });
  assert.equal(second!.published, '2024-04-18T09:00:00Z');
  assert.deepEqual(second!.body, { content: '<p>Kurz.</p>', html: true });
  assert.equal(third!.body, null);
});

test('XML that is not a feed, and text that is not XML, give null', () => {
  assert.equal(parseFeed('<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>'), null);
  assert.equal(parseFeed('no markup here'), null);
});
