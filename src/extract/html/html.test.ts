import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDocument } from '../index.js';
import { testDocument } from '../test-support.js';
import { cleanTitle } from './title.js';
import { urlDate } from './url-date.js';

const ARTICLE_PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Harbour reopens after storm | The Coast Gazette</title>
<meta property="og:site_name" content="The Coast Gazette">
<meta property="article:published_time" content="2024-04-10T09:00:00+01:00">
<link rel="canonical" href="https://gazette.example/news/2024/04/10/harbour-reopens">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Coast Gazette"},
{"@type":"NewsArticle","headline":"Harbour reopens after three-day storm","datePublished":"2024-04-10T08:55:00+01:00","author":{"@type":"Person","name":"Mara Quill"}}]}</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Harbour reopens after three-day storm</h1>
<time datetime="2024-04-10T08:50:00+01:00">10 April 2024</time>
<p>The harbour of the small fishing town reopened on Wednesday morning after a storm had kept every boat moored for three days, the port authority said.</p>
<figure><img src="boats.jpg" alt=""><figcaption>Fishing boats wait at the quay on Tuesday. Photo: Lena Hart</figcaption></figure>
<p>Crews spent the night clearing debris from the entrance channel, and the first trawlers left shortly after six in the morning.</p>
<h2>Damage to the pier</h2>
<p>The old wooden pier lost several planks, and engineers will inspect it next week before it opens to walkers again.</p>
<div class="share-bar"><a href="#">Share this article</a></div>
</article>
<aside class="related"><h3>More from the coast</h3><article><h4><a href="/x">Lighthouse gets a new lamp</a></h4><time datetime="2024-04-09">yesterday</time></article></aside>
<section id="comments"><h3>Comments</h3><p>Great news, finally! I have been waiting to go out on the water all week long.</p></section>
</main><footer><p>© The Coast Gazette, all rights reserved.</p></footer></body></html>`;

describe('HTML article pages', () => {
  it('reads the main text with metadata, captions and every date candidate', () => {
    const document = testDocument(ARTICLE_PAGE);
    const items = extractDocument(document);
    assert.equal(items.length, 1);
    const [item] = items;
    assert.equal(item?.kind, 'article');
    assert.equal(item?.title, 'Harbour reopens after three-day storm');
    assert.equal(item?.byline, 'Mara Quill');
    assert.equal(item?.fields.siteName, 'The Coast Gazette');
    assert.equal(item?.url, 'https://gazette.example/news/2024/04/10/harbour-reopens');
    assert.equal(item?.declaredLang, 'en');
    assert.deepEqual(item?.fields.captions, ['Fishing boats wait at the quay on Tuesday. Photo: Lena Hart']);
    assert.deepEqual(item?.fields.credits, ['Photo: Lena Hart']);
    const paragraphs = item?.text.split('\n\n') ?? [];
    assert.equal(paragraphs[0]?.slice(0, 40), 'The harbour of the small fishing town re');
    assert.ok(paragraphs.includes('Damage to the pier'));
    assert.ok(item?.text.endsWith('opens to walkers again.'));
    for (const absent of ['Home', 'Share this', 'Lighthouse', 'Great news', 'rights reserved', 'Fishing boats']) assert.ok(!item?.text.includes(absent), absent);
    const candidates = item?.dateCandidates.map((c) => [c.origin, c.text, c.own]);
    assert.deepEqual(candidates?.slice(0, 5), [
      ['jsonld:datePublished', '2024-04-10T08:55:00+01:00', true],
      ['meta:article:published_time', '2024-04-10T09:00:00+01:00', true],
      ['time', '2024-04-10T08:50:00+01:00', true],
      ['time', '2024-04-09', false],
      ['url', '2024/04/10', true],
    ]);
    assert.deepEqual(document.messages, []);
  });

  it('falls back to the classified block text when Readability under-delivers, and says so', () => {
    const document = testDocument('<html lang="nl"><body><div>Brug bij Zwolle dicht</div><div>De brug over de IJssel bij Zwolle is de hele week dicht voor onderhoud.</div></body></html>');
    const [item, ...rest] = extractDocument(document);
    assert.equal(rest.length, 0);
    assert.equal(item?.title, 'Brug bij Zwolle dicht');
    assert.equal(item?.text, 'De brug over de IJssel bij Zwolle is de hele week dicht voor onderhoud.');
    assert.deepEqual(document.messages.map((m) => m.code), ['extract/fallback']);
  });

  it('finds nothing in a page that is only a list of links', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Section number ${i} of the site</a></li>`).join('');
    const document = testDocument(`<html><body><div><ul>${links}</ul></div></body></html>`);
    assert.deepEqual(extractDocument(document), []);
    assert.ok(document.messages.some((m) => m.code === 'extract/no-content' && m.reason.includes('fixture.html')));
  });
});

describe('HTML digest pages', () => {
  it('makes one item per <article> card, the card with the only <h1> being the article', () => {
    const card = (tag: string, title: string, time: string, body: string): string =>
      `<article><${tag}>${title}</${tag}><time datetime="${time}">${time}</time><p>${body}</p></article>`;
    const html = `<html><body><main>
      ${card('h1', 'Dyke works start along the river', '2024-04-10T09:00', 'ARNHEM (ANP) - Work on strengthening the river dyke near Arnhem started on Wednesday and will last two years.')}
      ${card('h2', 'Ferry back in service', '2024-04-10T08:10', 'DEVENTER (ANP/RTR) - The ferry across the river at Deventer is running again after months of maintenance.')}
      ${card('h2', 'Library extends opening hours', '2024-04-10T07:30', 'NIJMEGEN (ANP) - The city library will open on Sundays from next month, the council said on Tuesday.')}
      </main><aside><article><h3><a href="/t">A teaser in the sidebar</a></h3></article></aside></body></html>`;
    const items = extractDocument(testDocument(html));
    assert.deepEqual(items.map((i) => [i.index, i.kind, i.title, i.dateline?.place]), [
      [0, 'article', 'Dyke works start along the river', 'ARNHEM'],
      [1, 'brief', 'Ferry back in service', 'DEVENTER'],
      [2, 'brief', 'Library extends opening hours', 'NIJMEGEN'],
    ]);
    assert.deepEqual(items[1]?.dateline?.agencies, ['ANP', 'RTR']);
    assert.ok(items[1]?.text.startsWith('The ferry across'));
    assert.deepEqual(items[1]?.dateCandidates.filter((c) => c.own), [{ text: '2024-04-10T08:10', origin: 'time', own: true }]);
  });

  it('splits a single container of dateline paragraphs with stamps into briefs', () => {
    const html = `<html lang="de"><head><title>Nachrichten</title></head><body><div id="content">
      <h1>Stadt plant neue Straßenbahnlinie</h1>
      <p>HANNOVER (dpa) - Die Stadt Hannover plant eine neue Straßenbahnlinie in den Norden. Der Rat soll im Mai entscheiden.</p>
      <h2>Mehr aus Niedersachsen</h2>
      <h3>Deich bei Emden wird erhöht</h3><p>EMDEN (dpa/lni) - Der Deich bei Emden wird um einen Meter erhöht. Die Arbeiten beginnen im Sommer.</p><span>vor 2 Stunden</span>
      <h3>Zoo bekommt neue Elefanten</h3><p>OSNABRÜCK (dpa) - Der Zoo Osnabrück erhält zwei Elefanten aus einem Zoo in Dänemark.</p><span>vor 3 Stunden</span>
      </div></body></html>`;
    const items = extractDocument(testDocument(html));
    assert.deepEqual(items.map((i) => [i.kind, i.title, i.dateline?.place, i.dateCandidates.find((c) => c.origin === 'stamp')?.text]), [
      ['article', 'Stadt plant neue Straßenbahnlinie', 'HANNOVER', undefined],
      ['brief', 'Deich bei Emden wird erhöht', 'EMDEN', 'vor 2 Stunden'],
      ['brief', 'Zoo bekommt neue Elefanten', 'OSNABRÜCK', 'vor 3 Stunden'],
    ]);
    assert.ok(!items[0]?.text.includes('Deich'));
    assert.equal(items[1]?.declaredLang, 'de');
  });
});

describe('HTML digests without <article> cards', () => {
  const item = (title: string, time: string, body: string): string =>
    `<div class="item"><h3>${title}</h3><p>${body}</p><span><time datetime="${time}">${time}</time></span></div>`;

  it('reads sibling blocks that each carry a heading, body text and a <time> as briefs', () => {
    const html = `<html><body><div class="list">
      ${item('Tram line extended', '2024-04-10T10:00', 'The tram line to the northern suburbs will be extended by two stops from next spring, the city said.')}
      ${item('Market moves for a month', '2024-04-10T09:00', 'The weekly market moves to the station square for a month while the main square is repaved.')}
      </div></body></html>`;
    const items = extractDocument(testDocument(html));
    assert.deepEqual(items.map((i) => [i.kind, i.title, i.dateCandidates.filter((c) => c.own).map((c) => c.text)]), [
      ['brief', 'Tram line extended', ['2024-04-10T10:00']],
      ['brief', 'Market moves for a month', ['2024-04-10T09:00']],
    ]);
  });

  it('keeps a long article with plain sections whole', () => {
    const section = (title: string, body: string): string => `<div class="section"><h2>${title}</h2><p>${body}</p></div>`;
    const html = `<html><body><div id="story"><h1>How the old canal was restored</h1>
      ${section('The plan', 'Volunteers drew up a plan to restore the old canal in the spring of last year, with help from the water board.')}
      ${section('The work', 'Over eight months they cleared mud, rebuilt two locks and planted reeds along both banks of the canal.')}
      ${section('What comes next', 'Boats may use the canal from the summer, and a walking path along the towpath is planned for next year.')}
      </div></body></html>`;
    const items = extractDocument(testDocument(html));
    assert.equal(items.length, 1);
    assert.equal(items[0]?.kind, 'article');
    assert.ok(items[0]?.text.includes('The work\n\nOver eight months'));
  });

  it('keeps a main story outside the cards and reads the stamped briefs after it', () => {
    const brief = (title: string, body: string, stamp: string): string => `<article><h3>${title}</h3><p>${body}</p><p>${stamp}</p></article>`;
    const html = `<html><body><div id="main"><h1>Rail line to the coast reopens</h1>
      <p>UTRECHT (ANP) - The rail line to the coast reopened on Monday after a month of track work between the two cities. Trains run every fifteen minutes again, the operator said.</p>
      <p>Travellers had to take replacement buses during the works, which added about forty minutes to the journey each way.</p></div>
      <h2>Meer uit Binnenland</h2>
      ${brief('Bridge opens early', 'ZWOLLE (ANP) - The new bridge opened a week earlier than planned.', '12 minuten geleden')}
      ${brief('School gets solar roof', 'ASSEN (ANP) - A primary school in Assen now draws its power from the sun.', '1 uur geleden')}
      </body></html>`;
    const items = extractDocument(testDocument(html));
    assert.deepEqual(items.map((i) => [i.kind, i.title, i.dateline?.place, i.dateCandidates.find((c) => c.origin === 'stamp')?.text]), [
      ['article', 'Rail line to the coast reopens', 'UTRECHT', undefined],
      ['brief', 'Bridge opens early', 'ZWOLLE', '12 minuten geleden'],
      ['brief', 'School gets solar roof', 'ASSEN', '1 uur geleden'],
    ]);
  });
});

describe('JSONL records', () => {
  it('takes a text record as given, with title and published date from the record', () => {
    const document = testDocument('  Body of the record, as given.\n\nSecond paragraph.  ', 'text/plain', {
      bodyAsGiven: true, title: 'Record title', published: '2024-04-09', id: 'r-1', lang: 'en',
    });
    const [item, ...rest] = extractDocument(document);
    assert.equal(rest.length, 0);
    assert.equal(item?.text, 'Body of the record, as given.\n\nSecond paragraph.');
    assert.equal(item?.title, 'Record title');
    assert.equal(item?.id, 'r-1');
    assert.equal(item?.declaredLang, 'en');
    assert.deepEqual(item?.dateCandidates, [{ text: '2024-04-09', origin: 'hint', own: true }]);
  });

  it('reports a blank text record as no content', () => {
    const document = testDocument('   ', 'text/plain', { bodyAsGiven: true });
    assert.deepEqual(extractDocument(document), []);
    assert.deepEqual(document.messages.map((m) => m.code), ['extract/no-content']);
  });

  it('sends an html record through the HTML path and adds its published hint', () => {
    const [item] = extractDocument(testDocument(ARTICLE_PAGE, 'text/html', { published: '2024-04-10' }));
    assert.deepEqual(item?.dateCandidates[0], { text: '2024-04-10', origin: 'hint', own: true });
    assert.equal(item?.title, 'Harbour reopens after three-day storm');
  });
});

describe('metadata helpers', () => {
  it('removes a site suffix or prefix from titles, but not a part of the headline', () => {
    assert.equal(cleanTitle('Harbour reopens | The Coast Gazette', ['The Coast Gazette']), 'Harbour reopens');
    assert.equal(cleanTitle('Harbour reopens - Coast Gazette', [null, 'www.coastgazette.example']), 'Harbour reopens');
    assert.equal(cleanTitle('Gazette — Harbour reopens', ['Gazette']), 'Harbour reopens');
    assert.equal(cleanTitle('Storm hits coast - thousands without power', [null]), 'Storm hits coast - thousands without power');
    assert.equal(cleanTitle('Harbour reopens after storm | Regional', [null]), 'Harbour reopens after storm');
  });

  it('reads dates from URL paths only when month and day are in range', () => {
    assert.equal(urlDate('https://x.example/2024/04/10/slug'), '2024/04/10');
    assert.equal(urlDate('https://x.example/news/2024-04-10-slug.html'), '2024-04-10');
    assert.equal(urlDate('https://x.example/2024/44/10/slug'), null);
    assert.equal(urlDate(null), null);
  });
});

describe('headed lines above the first paragraph of the main text', () => {
  const prose = 'The ferry company said on Friday that the new timetable would add two crossings a day from June, after a year of complaints about crowded boats.';
  const page = (lead: string): string => `<html><head><meta property="og:title" content="More ferries from June"></head><body>
    <div class="story"><h1>More ferries from June</h1><h2>${lead}</h2><p>${prose}</p><p>${prose}</p></div></body></html>`;

  it('keeps a standfirst set as a heading in the text, without repeating the title', () => {
    const [item] = extractDocument(testDocument(page('Two extra crossings a day after complaints')));
    assert.ok(item);
    assert.equal(item.title, 'More ferries from June');
    assert.ok(item.text.startsWith('Two extra crossings a day after complaints\n\n'));
    assert.ok(!item.text.includes('More ferries from June'));
  });

  it('drops a one-word label there', () => {
    const [item] = extractDocument(testDocument(page('Transport')));
    assert.ok(item);
    assert.ok(item.text.startsWith(prose));
  });
});
