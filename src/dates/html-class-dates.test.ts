import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { classDateCandidates, saysNotPublished, type ClassNode } from './html-class-dates.js';

const CAPTURE = Date.parse('2024-06-01T12:00:00Z');

const read = (body: string, bodyClass = ''): string[] => {
  const dom = parseHTML(`<!doctype html><html><head><title>t</title></head><body class="${bodyClass}">${body}</body></html>`).document as unknown as ClassNode;
  return classDateCandidates(dom, CAPTURE).map((c) => `${c.origin}=${c.text}`);
};

const ARTICLE = '<p>The town council met for three hours and agreed on the new parking rules for the old harbour district.</p>'.repeat(3);

test('a date in an element named as a date is offered, in document order, complete dates only', () => {
  assert.deepEqual(read(`<div class="post-meta">Von Anna am 03.05.2013, 11:51 | 2 Kommentare</div>${ARTICLE}<span class="date">7 May 2013</span>`), [
    'text:class=03.05.2013, 11:51',
    'text:class=7 May 2013',
  ]);
  // A weekday, a year-less day or a bare year says too little.
  assert.deepEqual(read(`<span class="date">Dienstag</span><span class="date">3. Mai</span><span class="post-info">2013</span>${ARTICLE}`), []);
});

test('text nodes are joined with spaces, and attributes carrying the machine value are read', () => {
  assert.deepEqual(read(`<div class="entry-meta"><a href="/2017/08/08/">08/08/2017</a><a href="/author/x">durch Stephan</a></div>${ARTICLE}`), ['text:class=08/08/2017']);
  assert.deepEqual(read(`<span class="timestamp" title="2019-03-02T06:22:28+01:00">vor einer Woche</span>${ARTICLE}`), ['text:class=2019-03-02T06:22:28+01:00']);
});

test('sidebars, comments, teasers and links to other entries are not read; a layout wrapper named "sidebar" is', () => {
  const others = `<aside class="sidebar"><span class="date">01.02.2020</span></aside><ol class="comment-list"><li><span class="comment-date">02.02.2020</span></li></ol><ul><li><a href="/other"><span>03.02.2020</span> Other story</a></li></ul><div class="teaser"><span class="date">04.02.2020</span></div>`;
  assert.deepEqual(read(`${others}${ARTICLE}`), []);
  assert.deepEqual(read(`<div class="mainwrap single sidebar"><div class="post-meta">05.02.2020</div>${ARTICLE}</div><aside class="widget"><span class="widget-date">06.02.2020</span></aside>`), ['text:class=05.02.2020']);
  // The page template's classes on <body> do not hide the page.
  assert.deepEqual(read(`<div class="post-meta">05.02.2020</div>${ARTICLE}`, 'single has-sidebar nav-open'), ['text:class=05.02.2020']);
});

test('a date a locale marks as a change or the reader clock is not offered; hAtom and microdata are left to the metadata reader', () => {
  assert.deepEqual(read(`<p class="info">Page revision 8, last edited: 17 Jun 2018 15:15</p>${ARTICLE}`), []);
  assert.deepEqual(read(`<p class="time">Aktuelle Zeit: 14.10.2020, 12:18</p>${ARTICLE}`), []);
  assert.deepEqual(read(`<p class="meta">Publié le 3 mai 2019, mis à jour le 5 mai 2019</p>${ARTICLE}`), ['text:class=3 mai 2019']);
  assert.deepEqual(read(`<abbr class="published" title="2024-04-04">4.4.</abbr><span itemprop="datePublished" content="2024-04-04">4 April 2024</span>${ARTICLE}`), []);
});

test('a long block named "meta" is a container: its own date lines are read, not its body', () => {
  const long = `<div class="meta-container">${ARTICLE}<p>On 9 March 2015 the pier was closed.</p><span class="date">10.03.2015</span></div>`;
  assert.deepEqual(read(long), ['text:class=10.03.2015']);
});

test('saysNotPublished reads every locale\'s phrases, case-blind', () => {
  assert.equal(saysNotPublished('Zuletzt geändert: '), true);
  assert.equal(saysNotPublished('Laatst bewerkt op '), true);
  assert.equal(saysNotPublished('Publicado el '), false);
});

test("the site's header and today's-date blocks are not read; the article's own header is", () => {
  assert.deepEqual(read(`<header class="site"><span class="date">Wednesday, 12 June 2024</span></header><article><header><p class="byline">Posted 3 May 2024</p></header>${ARTICLE}</article>`), [
    'text:class=3 May 2024',
  ]);
  assert.deepEqual(read(`<div class="top"><span class="current-date">12.06.2024</span></div>${ARTICLE}`), []);
});

test('a date block of a sentence or two is read from its head; an author line is a date line', () => {
  const sentence = `<p class="postmetadata">Dieser Beitrag wurde am Samstag, 3. Dezember 2011 veröffentlicht und unter Verkehr abgelegt. ${'Sie können Kommentare über den Feed verfolgen. '.repeat(3)}</p>`;
  assert.deepEqual(read(`${ARTICLE}${sentence}`), ['text:class=am Samstag, 3. Dezember 2011']);
  assert.deepEqual(read(`<div class="left author">Author: Bo am 29.12.2010, 13:36 Uhr</div>${ARTICLE}`), ['text:class=29.12.2010, 13:36 Uhr']);
});
