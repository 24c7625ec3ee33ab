import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isChromeElement } from './chrome.js';
import type { DomElement } from './dom.js';
import { parseLight } from './light/index.js';

const PROSE = 'The harbour board agreed on Monday to dredge the eastern basin before the ferries return in May, at a cost the city and the two ferry companies will share between them.';

function first(html: string, selector: string): DomElement {
  const element = parseLight(html).querySelector(selector);
  assert.ok(element, `no ${selector} in the fixture`);
  return element;
}

describe('page chrome', () => {
  it('keeps a teaser-class lead paragraph but drops teaser cards linking elsewhere', () => {
    assert.equal(isChromeElement(first(`<p class="article-teaser">${PROSE}</p>`, 'p')), false);
    assert.equal(isChromeElement(first('<div class="teaser"><h3>Other story</h3><p>Its summary, not linked.</p></div>', 'div')), true);
    assert.equal(isChromeElement(first('<div class="teaser-text"><a href="/other">A headline of another report entirely</a></div>', 'div')), true);
  });

  it('reads a form that wraps the whole page (ASP.NET) but not a search or comment form', () => {
    assert.equal(isChromeElement(first(`<form id="aspnetForm"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></form>`, 'form')), false);
    assert.equal(isChromeElement(first('<form><input name="q"><button>Search</button></form>', 'form')), true);
  });

  it('keeps an article header with the headline, drops the site banner', () => {
    assert.equal(isChromeElement(first('<header class="article-head"><h1>Basin to be dredged</h1><p>Work starts in spring.</p></header>', 'header')), false);
    assert.equal(isChromeElement(first('<header><a href="/">Logo</a><nav><a href="/a">News</a></nav></header>', 'header')), true);
    assert.equal(isChromeElement(first('<header><h1>Site name</h1><nav><a href="/a">News</a></nav></header>', 'header')), true);
  });

  it('drops privacy and consent pop-ups', () => {
    assert.equal(isChromeElement(first('<div class="sp-dsgvo-popup"><p>Wir verwenden Cookies.</p></div>', 'div')), true);
  });

  it('reads a no-script copy of the article (Blogger) but not a no-script notice or pixel', () => {
    assert.equal(isChromeElement(first(`<body><div><noscript><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></noscript></div></body>`, 'noscript')), false);
    assert.equal(isChromeElement(first('<body><div><noscript><p>Please turn on JavaScript to read this page.</p><img src="/pixel.gif"></noscript></div></body>', 'noscript')), true);
  });

  it('drops ruby annotations (the reading printed above a word), keeping the word', () => {
    assert.equal(isChromeElement(first('<p><ruby>港<rt>みなと</rt></ruby>が開きました。</p>', 'rt')), true);
    assert.equal(isChromeElement(first('<p><ruby>港<rp>(</rp><rt>みなと</rt><rp>)</rp></ruby></p>', 'rp')), true);
  });
});
