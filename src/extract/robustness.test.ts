import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nestingDepth } from './html/depth.js';
import { decodeEntities, stripTags } from './html/strip.js';
import { extractDocument } from './index.js';
import { MAX_DOM_CHARS } from './limits.js';
import { testDocument } from './test-support.js';

const SENTENCE = 'The council met again on Tuesday and discussed the new harbour plan at great length.';

describe('malformed and hostile HTML', () => {
  it('reads text from unclosed and truncated markup', () => {
    const html = `<html><body><p>${SENTENCE} <b>It <i>voted late <p>A second paragraph follows, and it is long enough to count as body text.<div><span><p class="cut`;
    const document = testDocument(html);
    const items = extractDocument(document);
    assert.equal(items.length, 1);
    assert.ok(items[0]?.text.startsWith('The council met again'));
    assert.ok(items[0]?.text.includes('A second paragraph follows'));
  });

  it('cuts a 10 MB single-line page to the DOM limit, says so, and still returns its article', () => {
    const paragraph = `<p>${SENTENCE} ${SENTENCE}</p>`;
    const html = `<html><body><article><h1>A very long page</h1>${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}</article></body></html>`;
    assert.ok(html.length > 10_000_000 && !html.includes('\n'));
    const document = testDocument(html);
    const started = Date.now();
    const items = extractDocument(document);
    assert.ok(Date.now() - started < 20_000, 'bounded time');
    assert.equal(items.length, 1);
    assert.ok((items[0]?.text.length ?? 0) > 1_000_000 && (items[0]?.text.length ?? 0) < MAX_DOM_CHARS);
    assert.ok(document.messages.some((m) => m.code === 'extract/truncated'));
  });

  it('survives 10,000 levels of nesting without Readability, using the baseline', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>${SENTENCE}</p><p>${SENTENCE.replace('Tuesday', 'Friday')}</p>${'</div>'.repeat(10_000)}</body></html>`;
    const document = testDocument(html);
    const started = Date.now();
    const items = extractDocument(document);
    assert.ok(Date.now() - started < 5_000, 'bounded time');
    assert.equal(items.length, 1);
    assert.ok(items[0]?.text.includes('on Friday'));
    const fallback = document.messages.find((m) => m.code === 'extract/fallback');
    assert.ok(fallback?.reason.includes('nest'));
  });

  it('reports an empty page and an all-boilerplate text capture as no content', () => {
    for (const document of [
      testDocument('<html><body><nav><a href="/">Home</a></nav></body></html>'),
      testDocument('Webmail\n\nMenu\nZoeken\nInloggen\nDelen\nAdvertentie\n[banner_top]\nLeestijd: 2 minuten\nReacties (0)', 'text/plain'),
      testDocument('', 'text/plain'),
    ]) {
      assert.deepEqual(extractDocument(document), []);
      const messages = document.messages.filter((m) => m.code === 'extract/no-content');
      assert.equal(messages.length, 1);
      assert.ok(messages[0]?.reason.startsWith(document.source));
    }
  });
});

describe('the tag stripper and the depth estimate', () => {
  it('strips tags, drops script and style content, and decodes references', () => {
    const text = stripTags('<p>Caf&eacute; &amp; bar</p><script>var a = "<p>no</p>";</script><STYLE>p{}</STYLE><div>Prix&nbsp;: 5&#8364; &lt;3</div>');
    assert.deepEqual(text.split('\n').filter((line) => line.trim() !== ''), ['Café & bar', 'Prix : 5€ <3']);
    assert.equal(decodeEntities('&#x1F600;&bogus;&#0;'), '😀&bogus;&#0;');
  });

  it('runs in linear time on pathological input', () => {
    const started = Date.now();
    stripTags('<'.repeat(2_000_000));
    stripTags('<a'.repeat(1_000_000));
    stripTags(`<script>${'</scrip'.repeat(300_000)}`);
    assert.ok(Date.now() - started < 3_000);
  });

  it('estimates nesting depth, ignoring void elements and optional end tags', () => {
    assert.equal(nestingDepth('<div><p>a<p>b<br><img src=x><span>c</span></div>', 100), 2);
    assert.equal(nestingDepth('<div>'.repeat(1000), 50), 51);
  });
});
