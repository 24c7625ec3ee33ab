import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clipDropped, DROPPED_MAX, DROPPED_TEXT_MAX } from './dropped.js';
import { extractDocument } from './index.js';
import { testDocument } from './test-support.js';

const BODY = 'The council of the harbour town voted on Tuesday to keep the old ferry running for another two winters. ';

const PAGE = `<html><head><title>Ferry stays</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="cookie-consent"><p>We use cookies. Accept all?</p><script>var tracking = 1;</script></div>
<article><h1>Ferry stays</h1><p>${BODY.repeat(3)}</p><p>${BODY.repeat(2)}</p>
<div class="share-bar"><a href="/s">Share on social media</a></div></article>
<section class="related"><h2>Related</h2><ul><li><a href="/a">Another story about boats</a></li></ul></section>
<footer>Imprint and contact</footer></body></html>`;

describe('what extraction dropped', () => {
  it('lists the chrome of an HTML page with role and rule, without script text', () => {
    const [item] = extractDocument(testDocument(PAGE));
    const dropped = item?.dropped ?? [];
    const roles = dropped.map((d) => d.role);
    for (const role of ['navigation', 'cookie prompt', 'share bar', 'related list', 'footer']) assert.ok(roles.includes(role), `${role} in ${roles.join(', ')}`);
    const cookie = dropped.find((d) => d.role === 'cookie prompt');
    assert.equal(cookie?.text, 'We use cookies. Accept all?');
    assert.equal(cookie?.rule, 'extract/html/chrome/class');
    assert.ok(dropped.every((d) => !d.text.includes('tracking')));
    assert.ok(!item?.text.includes('Share on social media'));
  });

  it('lists the boilerplate lines of a text capture, and is carried by JSON', () => {
    const text = `Menu\nLogin\n\nFerry stays\n\n${BODY.repeat(3)}\n\n12 minutes ago\n\nMenu\nLogin`;
    const [item] = extractDocument(testDocument(text, 'text/plain'));
    const dropped = JSON.parse(JSON.stringify(item)).dropped as { role: string; rule: string; text: string }[];
    assert.ok(dropped.length > 0);
    assert.ok(dropped.every((d) => d.rule.startsWith('extract/text/')));
    assert.ok(dropped.some((d) => d.text === 'Menu'));
  });

  it('clips each text and caps the list', () => {
    assert.equal(clipDropped(`a  b\n${'c'.repeat(DROPPED_TEXT_MAX * 2)}`).length, DROPPED_TEXT_MAX);
    assert.ok(clipDropped('x'.repeat(DROPPED_TEXT_MAX + 1)).endsWith('…'));
    const navs = Array.from({ length: DROPPED_MAX * 2 }, (_, i) => `<nav>Section ${i}</nav>`).join('');
    const [item] = extractDocument(testDocument(`<html><head><title>T</title></head><body>${navs}<article><p>${BODY.repeat(4)}</p></article></body></html>`));
    assert.equal(item?.dropped?.length, DROPPED_MAX);
  });
});
