import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDocument } from '../index.js';
import { RESCUE_MIN_PROSE_CHARS } from '../limits.js';
import { testDocument } from '../test-support.js';
import { rescueArticle } from './rescue.js';

/** A results table: rows of names and numbers that no attempt reads as an article. */
function resultsPage(rows: number, title = 'Results of the spring relay meeting'): string {
  const cells = Array.from({ length: rows }, (_, i) => `<tr><td>${i + 1}.</td><td>Runner ${i + 1}</td><td>Club ${i % 5}</td><td>12,${i}</td></tr>`).join('');
  return `<html><head><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/r">Results</a></nav><table>${cells}</table><footer>Imprint</footer></body></html>`;
}

describe('the last rescue', () => {
  it('keeps a titled page of visible prose as one low-confidence article, with a message on the item', () => {
    const document = testDocument(resultsPage(40));
    const items = extractDocument(document);
    assert.equal(items.length, 1);
    const [item] = items;
    assert.equal(item?.title, 'Results of the spring relay meeting');
    assert.ok(item?.text.includes('Runner 17'));
    assert.ok(!item?.text.includes('Imprint'), 'chrome stays out');
    assert.ok(item?.messages.some((m) => m.code === 'extract/fallback' && m.reason.includes('low-confidence rescue')));
    assert.ok(!document.messages.some((m) => m.code === 'extract/no-content'));
  });

  it('rescues nothing without a title, or below the prose minimum', () => {
    const block = (text: string, linkChars = 0) => ({ text, tag: 'other' as const, linkChars });
    const prose = block('x'.repeat(RESCUE_MIN_PROSE_CHARS));
    assert.equal(rescueArticle([prose], null), null);
    assert.equal(rescueArticle([block('x'.repeat(RESCUE_MIN_PROSE_CHARS - 1))], 'A title'), null);
    assert.equal(rescueArticle([block('y'.repeat(400), 400)], 'A title'), null, 'link text is not prose');
    assert.deepEqual(rescueArticle([{ text: 'A title', tag: 'heading', linkChars: 0 }, prose], 'A title'), { text: prose.text, proseChars: RESCUE_MIN_PROSE_CHARS });
  });

  it('still finds no article in a titled page that is all boilerplate', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Section number ${i} of the site</a></li>`).join('');
    const document = testDocument(`<html><head><title>Site map</title></head><body><ul>${links}</ul><div class="cookie-banner">We use cookies to improve this site.</div></body></html>`);
    assert.deepEqual(extractDocument(document), []);
    assert.ok(document.messages.some((m) => m.code === 'extract/no-content'));
  });
});
