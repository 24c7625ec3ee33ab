import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from './dom.js';
import { parseLight } from './light/index.js';
import { scoreContent } from './scorer.js';

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
});
