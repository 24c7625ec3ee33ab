import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Item, RawDocument } from '../pipeline/types.js';
import { addDocumentDateCandidates, documentDateCandidates, examineDocumentPublished } from './document-dates.js';
import { resolvePublished } from './published.js';
import { testItem } from '../pipeline/test-item.js';

const CAPTURED = '2024-06-01T12:00:00.000Z';

function doc(content: string, mediaType: RawDocument['mediaType'] = 'text/html'): Pick<RawDocument, 'mediaType' | 'content' | 'capturedAt'> {
  return { mediaType, content, capturedAt: { date: CAPTURED, basis: 'option' } };
}

function item(index = 0): Item {
  return testItem({ source: 'page.html', index, capturedAt: CAPTURED });
}

const GRAPH = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"Example"},
  {"@type":"Organization","name":"Example","foundingDate":"1999-01-01"},
  {"@type":"NewsArticle","headline":"A bridge reopens","datePublished":"2024-05-02T08:00:00+02:00","dateModified":"2024-05-03T09:00:00+02:00"}]}</script>
  <meta name="parsely-pub-date" content="2024-05-02T06:00:00Z"><meta property="article:modified_time" content="2024-05-03">
  <link rel="canonical" href="https://example.org/2024/05/02/bridge"></head>
  <body><h1>A bridge reopens</h1><p>By A. Writer, 2 May 2024</p><p>The bridge closed on 3 January 2023 for repairs.</p></body></html>`;

test('JSON-LD inside @graph, publication meta tags and the canonical URL; never a modification date', () => {
  const candidates = documentDateCandidates(doc(GRAPH));
  assert.deepEqual(candidates.slice(0, 3).map((c) => [c.origin, c.text]), [
    ['jsonld:datePublished', '2024-05-02T08:00:00+02:00'],
    ['meta:parsely-pub-date', '2024-05-02T06:00:00Z'],
    ['url', 'https://example.org/2024/05/02/bridge'],
  ]);
  assert.ok(candidates.every((c) => !/2024-05-03/.test(c.text)));
});

test('complete dates after the main heading come first, nearest first; the body further down is not read', () => {
  const texts = documentDateCandidates(doc(GRAPH)).filter((c) => c.origin === 'text:title').map((c) => c.text);
  assert.equal(texts[0], '2 May 2024');
  const far = `<html><body><h1>Title</h1><p>${'Words without any dates at all. '.repeat(30)}</p><p>On 3 January 2023 it closed.</p></body></html>`;
  assert.deepEqual(documentDateCandidates(doc(far)), []);
  assert.deepEqual(documentDateCandidates(doc('<html><body><h2>Menu</h2><p>Posted 2 May 2024</p></body></html>')), [], 'no title heading: no text candidate');
});

test('microdata and a single hAtom stamp are read; several different hAtom stamps are a list, not the page', () => {
  const single = documentDateCandidates(doc('<body><span itemprop="datePublished" content="2024-04-04">4 April</span><abbr class="published" title="2024-04-04T10:00:00Z">4.4.</abbr></body>'));
  assert.deepEqual(single.map((c) => c.origin), ['microdata:datePublished', 'hatom:published']);
  const list = documentDateCandidates(doc('<body><abbr class="published" title="2024-04-04">a</abbr><abbr class="published" title="2023-01-09">b</abbr></body>'));
  assert.deepEqual(list, []);
});

test('ambiguous slashed dates are not offered from the text; other media types give nothing', () => {
  assert.deepEqual(documentDateCandidates(doc('<body><h1>T</h1><p>02/10/2020</p></body>')), []);
  assert.deepEqual(documentDateCandidates(doc('2024-05-02 plain text', 'text/plain')), []);
});

test('one item gets all candidates as its own and a date; a digest\'s briefs get only metadata, not own', () => {
  const single = [item()];
  addDocumentDateCandidates(single, doc(GRAPH));
  assert.equal(resolvePublished(single[0] as Item).date, '2024-05-02T08:00:00.000+02:00');
  const digest = [item(0), item(1)];
  addDocumentDateCandidates(digest, doc(GRAPH));
  for (const brief of digest) {
    assert.ok(brief.dateCandidates.length > 0 && brief.dateCandidates.every((c) => !c.own && !c.origin.startsWith('text:')));
    assert.equal(resolvePublished(brief).basis, 'inferred');
  }
  const twice = [item()];
  addDocumentDateCandidates(twice, doc(GRAPH));
  const count = twice[0]?.dateCandidates.length;
  addDocumentDateCandidates(twice, doc(GRAPH));
  assert.equal(twice[0]?.dateCandidates.length, count, 'duplicates are skipped');
});

test('JSON-LD in an untyped script and RDFa date properties are read', () => {
  const untyped = '<html><head><script>{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2022-01-28T06:00:00+01:00"}</script></head><body></body></html>';
  assert.deepEqual(documentDateCandidates(doc(untyped)).map((c) => c.origin), ['jsonld:datePublished']);
  const plain = '<html><head><script>var data = {"datePublished": "2022-01-28"};</script></head><body></body></html>';
  // A script that is not JSON-LD is a state object: its publication key is offered last (html-script-dates.ts).
  assert.deepEqual(documentDateCandidates(doc(plain)).map((c) => c.origin), ['script:datePublished']);
  const rdfa = '<html><body><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00" class="rdf-meta"></span></body></html>';
  assert.deepEqual(documentDateCandidates(doc(rdfa)).map((c) => [c.origin, c.text]), [['microdata:dateCreated', '2022-01-28T12:45:46+00:00']]);
});

test('examineDocumentPublished dates a page from its own candidates alone (no item needed), and says so when it cannot', () => {
  const document = { ...testItemDocument(), ...doc(GRAPH) };
  const { published } = examineDocumentPublished(document);
  assert.deepEqual([published.date, published.basis], ['2024-05-02T08:00:00.000+02:00', 'metadata']);
  const bare = examineDocumentPublished({ ...testItemDocument(), ...doc('<html><body><p>No date here.</p></body></html>') });
  assert.equal(bare.published.date, null);
  assert.deepEqual(bare.messages.map((m) => m.code), ['dates/no-date']);
});

/** A raw document around the HTML given to {@link doc}. */
function testItemDocument(): RawDocument {
  return {
    source: 'page.html', hash: 'h', mediaType: 'text/html', content: '', encoding: { name: 'utf-8', rule: 'test' },
    capturedAt: { date: CAPTURED, basis: 'option' }, url: null, hints: {}, messages: [],
  };
}

test('without an <h1>, the heading that repeats the page title anchors the dates beside it (text:heading)', () => {
  const page = (heading: string) => `<html><head><title>Harbour reopens after the storm – Coast Gazette</title></head><body>${heading}<small>May 2, 2024 at 08:45 AM</small><p>Body text.</p></body></html>`;
  assert.deepEqual(documentDateCandidates(doc(page('<h2 class="post"><a href="/x">Harbour reopens after the storm</a></h2>'))).map((c) => [c.origin, c.text]), [['text:heading', 'May 2, 2024 at 08:45 AM']]);
  assert.deepEqual(documentDateCandidates(doc(page('<h2>Latest from the coast</h2>'))), [], 'a heading that is not the title anchors nothing');
  // A date beside such a heading never overrides the metadata.
  const withMeta = [item()];
  addDocumentDateCandidates(withMeta, doc(page('<h2>Harbour reopens after the storm</h2>').replace('</head>', '<meta property="article:published_time" content="2024-04-20T10:00:00+02:00"></head>')));
  assert.equal(resolvePublished(withMeta[0] as Item).date, '2024-04-20T10:00:00.000+02:00');
});

test('a date inside running prose after the heading is one the story speaks of; a byline and a dateline are read', () => {
  const titles = (body: string) => documentDateCandidates(doc(`<html><body><h1>Harbour rules agreed</h1>${body}</body></html>`)).filter((c) => c.origin === 'text:title').map((c) => c.text);
  assert.deepEqual(titles('<p>The council of the town said on its website that under the new parking rules which came into force on 28.01.2022 the quay stays closed to cars at night.</p>'), []);
  assert.deepEqual(titles('<p class="by">Published 3 May 2024 by Anna Berg</p><p>Short text.</p>'), ['3 May 2024']);
  assert.equal(titles('<p>The article <a href="/a">Harbour rules and the quay</a> was posted on 3 May 2024 at 23:03.</p>')[0], 'on 3 May 2024 at 23:03');
  // A date-named element ends the standfirst's run: its date is a date line.
  assert.equal(titles('<h2>The council of the town said on its website that under the new parking rules the quay stays closed to cars at night.<span class="hl-date">Monday, 6 May 2024</span></h2>')[0], 'Monday, 6 May 2024');
  assert.deepEqual(titles('<p>LAKESIDE, 3 May 2024 – The council said that under the new rules the quay stays closed to cars at night.</p>'), ['3 May 2024']);
});

test('a publication key in a script state object is offered after the page\'s other candidates', () => {
  const page = `<html><head><script>window.__STATE__={"story":{"datePublished":"2024-05-02T09:00:00Z"}}</script></head><body><h1>Harbour rules agreed</h1><p>Posted 3 May 2024</p></body></html>`;
  assert.deepEqual(documentDateCandidates(doc(page)).map((c) => c.origin), ['text:title', 'script:datePublished']);
});

test('the <h1> that repeats the page title anchors the title dates, not an earlier <h1> of a notice', () => {
  const page = `<html><head><title>Harbour rules agreed at last - Lakeside Post</title></head><body><div class="modal"><h1>Dear readers, please accept our cookies</h1><p>Updated 1 January 2024</p></div>${'<p>Menu entry without a date.</p>'.repeat(20)}<div class="info"><span>2 May 2024</span></div><h1>Harbour rules agreed at last</h1><p>Text.</p></body></html>`;
  assert.deepEqual(documentDateCandidates(doc(page)).filter((c) => c.origin === 'text:title').map((c) => c.text), ['2 May 2024']);
});
