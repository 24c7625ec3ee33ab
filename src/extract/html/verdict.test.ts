import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insideChrome, isChromeElement } from './chrome.js';
import { parseLight } from './light/index.js';
import { verdictCache, verdictOf } from './verdict.js';

const PAGE = `<body><div class="sidebar"><div><p>In the sidebar.</p><span>deeper</span></div></div>
  <article><div class="author-box"><p>About the writer.</p></div><p>Body text of the report.</p>
  <figure><span class="wp-caption-text">The quay at dawn.</span></figure></article><nav><ul><li>Menu</li></ul></nav></body>`;

describe("a page's verdict cache", () => {
  it('answers every element as the uncached tests do', () => {
    const dom = parseLight(PAGE);
    const cache = verdictCache();
    for (const element of dom.querySelectorAll('*')) {
      assert.equal(cache(element), verdictOf(element));
      assert.equal(cache.isChrome(element), isChromeElement(element));
      assert.equal(cache.insideChrome(element), insideChrome(element));
    }
    // asked again (from the cache), in another order
    for (const element of [...dom.querySelectorAll('*')].reverse()) assert.equal(cache.insideChrome(element), insideChrome(element));
  });

  it('lists the skipped elements in the order first asked', () => {
    const dom = parseLight(PAGE);
    const cache = verdictCache();
    for (const element of dom.querySelectorAll('div, nav, span')) cache(element);
    assert.deepEqual(cache.skipped().map((element) => element.getAttribute('class') ?? element.tagName), ['sidebar', 'author-box', 'nav']);
  });
});
