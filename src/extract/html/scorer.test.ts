import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from './dom.js';
import { parseLight } from './light/index.js';
import { collectBlocks } from './blocks.js';
import { readPage, scoreContent } from './scorer.js';
import { verdictCache } from './verdict.js';

const PROSE =
  'The council voted on Tuesday to rebuild the old footbridge, which had been closed since the spring floods, and work is expected to start in autumn.';

describe('the main-text scorer', () => {
  it('picks the prose container over link lists and teaser boxes', () => {
    const page = parseLight(`<body><div class="menu-col"><a href="/a">Home</a> <a href="/b">Local news</a> <a href="/c">Weather</a></div>
      <div class="story-body"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div>
      <div class="links"><p><a href="/x">Another report about a bridge somewhere else in the region</a></p></div></body>`);
    const result = scoreContent(page.body as never);
    assert.ok(result);
    assert.equal(result.elements.length, 1);
    assert.equal(result.elements[0]?.getAttribute('class'), 'story-body');
    assert.ok(result.proseShare > 0.9);
  });

  it('reads an article split over sibling sections whole', () => {
    const page = parseLight(`<body><div id="wrap"><div class="intro"><p>${PROSE}</p></div><div class="part"><p>${PROSE}</p><p>${PROSE}</p></div>
      <div class="part"><p>${PROSE}</p><p>${PROSE}</p></div></div></body>`);
    const result = scoreContent(page.body as never);
    assert.ok(result);
    const text = result.elements.map((e) => cleanText(e)).join(' ');
    assert.equal(text.split(PROSE).length - 1, 5);
  });

  it('finds nothing on a page without paragraphs', () => {
    const page = parseLight('<body><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></body>');
    assert.equal(scoreContent(page.body as never), null);
  });

  it('gives, in its one walk, the block text collectBlocks gives for the page and for each chosen container', () => {
    const pages = [
      `<body><nav><a href="/">Home</a></nav><div class="story"><h2>Crosshead</h2><p>${PROSE}</p><ul><li>${PROSE}</li></ul><p>${PROSE} <a href="/x">a link</a></p>
        <figure><img src="a.jpg"><figcaption>The bridge in May.</figcaption></figure></div><p>${PROSE}</p><p>Short tail.</p><footer>Footer</footer></body>`,
      `<body><div id="wrap">Loose text before.<div class="part"><p>${PROSE}</p><p>${PROSE}</p></div><font><p>${PROSE}</p>inline tail</font><div class="part">${PROSE}<p>${PROSE}</p></div></div></body>`,
      `<body><div class="list"><li>${PROSE}</li><li>${PROSE}</li></div><a href="/y"><p>${PROSE}</p></a><p>${PROSE}</p></body>`,
    ];
    for (const html of pages) {
      const body = parseLight(html).body as never;
      const verdict = verdictCache();
      const reading = readPage(body, verdict);
      assert.deepEqual(reading.text, collectBlocks(body, verdictCache()));
      assert.ok(reading.scored && reading.main);
      const expected = reading.scored.elements.map((element) => collectBlocks(element, verdictCache()));
      assert.deepEqual(reading.main.blocks, expected.flatMap((part) => part.blocks));
      assert.deepEqual(reading.main.captions, expected.flatMap((part) => part.captions));
      assert.equal(reading.main.chars, reading.main.blocks.reduce((sum, block) => sum + block.text.length, 0));
    }
  });
});
