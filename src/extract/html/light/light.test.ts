import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../dom.js';
import { parseLight } from './parse.js';
import { parseSelector } from './select.js';

describe('the light HTML parser', () => {
  it('builds html, head and body, with head elements in head and the rest in body', () => {
    const doc = parseLight('<!doctype html><html lang="nl"><title>Kop &amp; staart</title><meta name="author" content="A. Writer"><p>Eerste alinea.</p></html>');
    assert.equal(doc.documentElement?.getAttribute('lang'), 'nl');
    assert.equal(cleanText(doc.querySelector('title')), 'Kop & staart');
    assert.equal(doc.head?.querySelector('meta')?.getAttribute('content'), 'A. Writer');
    assert.equal(doc.body?.querySelector('meta'), null);
    assert.equal(cleanText(doc.body), 'Eerste alinea.');
  });

  it('closes paragraphs, list items and cells that HTML lets stay open', () => {
    const doc = parseLight('<body><p>one<p>two<div>three</div><ul><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table>');
    assert.deepEqual([...doc.querySelectorAll('p')].map((p) => cleanText(p)), ['one', 'two']);
    assert.deepEqual([...doc.querySelectorAll('li')].map((li) => cleanText(li)), ['a', 'b']);
    assert.equal(doc.querySelectorAll('td').length, 3);
    assert.equal(doc.querySelectorAll('tr').length, 2);
  });

  it('keeps script text raw and ignores stray end tags', () => {
    const doc = parseLight('<div></span><script>if (a < b && c) { x = "</div>"; }</script><p>after</p></div>');
    assert.equal(doc.querySelector('script')?.textContent, 'if (a < b && c) { x = "</div>"; }');
    assert.equal(doc.querySelectorAll('p').length, 1);
    assert.equal(cleanText(doc.querySelector('p')), 'after');
  });

  it('reads quoted, unquoted and valueless attributes, decoding references', () => {
    const doc = parseLight(`<div class='a b' id=main hidden data-x="1 &gt; 0">t</div>`);
    const div = doc.querySelector('div');
    assert.equal(div?.getAttribute('class'), 'a b');
    assert.equal(div?.getAttribute('id'), 'main');
    assert.equal(div?.hasAttribute('hidden'), true);
    assert.equal(div?.getAttribute('data-x'), '1 > 0');
  });

  it('answers queries within an element only, in document order', () => {
    const doc = parseLight('<h2>out</h2><article><h1>A</h1><time datetime="2024-01-02">x</time><h3>B</h3></article><h1>C</h1>');
    const article = doc.querySelector('article');
    assert.deepEqual([...(article?.querySelectorAll('h1, h3') ?? [])].map((h) => cleanText(h)), ['A', 'B']);
    assert.equal(article?.querySelector('time')?.getAttribute('datetime'), '2024-01-02');
    assert.equal(doc.querySelector('link[rel="canonical"]'), null);
    assert.deepEqual([...doc.querySelectorAll('h1, h2')].map((h) => cleanText(h)), ['out', 'A', 'C']);
  });

  it('survives 10,000 levels of nesting and truncated markup without recursion', () => {
    const deep = parseLight(`${'<div>'.repeat(10_000)}deep text${'</div>'.repeat(10_000)}`);
    assert.equal(cleanText(deep.body), 'deep text');
    const cut = parseLight('<p class="x>never closed <b>bold');
    assert.ok(cut.body !== null);
    assert.equal(parseLight('').body?.firstChild ?? null, null);
  });

  it('rejects selectors outside its subset, naming the supported form', () => {
    assert.throws(() => parseSelector('div > p'), /only tag names and \[attribute\]/u);
  });
});
