import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDocument } from '../index.js';
import { testDocument } from '../test-support.js';
import { leadBlocks } from './lead.js';
import { LightElement, parseLight } from './light/index.js';
import { verdictCache } from './verdict.js';

const PROSE = 'The ferry company said on Friday that the new timetable would add two crossings a day from June, after a year of complaints about crowded boats.';
const LEAD = 'Two more crossings a day should end the queues at the quay, the company promises, though the unions want more crew first.';

const page = `<html><head><title>More ferries from June</title></head><body>
  <article><header><h1>More ferries from June</h1><p class="intro">${LEAD}</p><p>12 May 2024</p></header>
  <div class="article-body"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div></article>
  <div class="teaser"><a href="/other">${PROSE}</a></div></body></html>`;

describe('the lead between the headline and the body container', () => {
  it('is found after the h1 and before the body, without short lines', () => {
    const dom = parseLight(page);
    const body = dom.querySelector('div');
    assert.ok(body instanceof LightElement);
    assert.deepEqual(leadBlocks(dom, body, verdictCache()).map((block) => block.text), [LEAD]);
  });

  it('opens the extracted article text', () => {
    const [item] = extractDocument(testDocument(page));
    assert.ok(item);
    assert.ok(item.text.startsWith(`${LEAD}\n\n${PROSE}`));
  });

  it('is nothing when the headline stands inside the body container', () => {
    const dom = parseLight(`<body><div id="c"><h1>Title</h1><p>${PROSE}</p></div></body>`);
    const container = dom.querySelector('div');
    assert.ok(container instanceof LightElement);
    assert.deepEqual(leadBlocks(dom, container, verdictCache()), []);
  });

  it('takes an <h2> repeating the page title as the headline on a page without <h1>', () => {
    const dom = parseLight(`<html><head><title>More ferries from June</title></head><body><main><header><h2>More ferries from June</h2><p>${LEAD}</p></header>
      <div class="article-body"><p>${PROSE}</p><p>${PROSE}</p></div></main></body></html>`);
    const body = dom.querySelector('div');
    assert.ok(body instanceof LightElement);
    assert.deepEqual(leadBlocks(dom, body, verdictCache(), 'More ferries from June').map((block) => block.text), [LEAD]);
    assert.deepEqual(leadBlocks(dom, body, verdictCache(), 'Another title'), []);
  });
});
