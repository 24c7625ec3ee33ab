import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonLdAuthors, markupByline, readByline } from './byline.js';
import { parseLight } from './light/index.js';
import { readabilityMeta } from './meta-values.js';

describe('the byline, read as Readability reads it', () => {
  it('prefers dc:creator to a plain author meta tag, reading property lists', () => {
    const doc = parseLight('<head><meta name="author" content="Plain Name"><meta property="dc:creator twitter:site_name" content="Listed Creator"></head><p>x</p>');
    assert.equal(readabilityMeta(doc)('dc:creator'), 'Listed Creator');
    assert.equal(readByline(doc), 'Listed Creator');
  });

  it('reads the JSON-LD article authors, CDATA-wrapped, joined by commas', () => {
    const doc = parseLight(`<head><script type="application/ld+json"><![CDATA[
      {"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"Ann Smith"},{"@type":"Person","name":"Bo Lee"}]}
    ]]></script><meta name="author" content="Meta Name"></head><p>x</p>`);
    assert.equal(jsonLdAuthors(doc), 'Ann Smith, Bo Lee');
    assert.equal(readByline(doc), 'Ann Smith, Bo Lee');
  });

  it('takes the first byline element, preferring its itemprop name, outside the regions Readability skips', () => {
    const doc = parseLight(`<body><div class="sidebar"><span class="author">Sidebar Writer</span></div>
      <p class="byline">By <span itemprop="name">Cara Jones</span></p><p class="byline">By Someone Else</p></body>`);
    assert.equal(markupByline(doc), 'Cara Jones');
  });

  it('passes over hidden and over-long author elements', () => {
    const long = 'Dana Reyes has covered city hall for twelve years and before that wrote about schools and the courts for two papers.';
    const doc = parseLight(`<body><span class="author" style="display:none">Hidden Name</span><div class="author">${long}</div><a rel="author" href="/d">Dana Reyes</a></body>`);
    assert.equal(markupByline(doc), 'Dana Reyes');
  });

  it('answers null when the page names no author', () => {
    assert.equal(readByline(parseLight('<body><p>No author here.</p></body>')), null);
  });
});
