import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asideKind, classWords } from './asides.js';
import { collectBlocks } from './blocks.js';
import type { DomElement } from './dom.js';
import { parseLight } from './light/index.js';

const PROSE = 'The harbour board agreed on Monday to dredge the eastern basin before the ferries return in May, at a cost the city and the two ferry companies will share between them.';

function first(html: string, selector: string): DomElement {
  const element = parseLight(html).querySelector(selector);
  assert.ok(element, `no ${selector} in the fixture`);
  return element;
}

const textOf = (html: string): string => {
  const body = parseLight(html).body;
  assert.ok(body);
  return collectBlocks(body).blocks.map((block) => block.text).join('\n');
};

describe('boxes inside the article container', () => {
  it('splits class values into words at hyphens, underscores and camel-case humps', () => {
    assert.deepEqual(classWords('TestReport__AuthorBox js-NewsletterBox'), ['test', 'report', 'author', 'box', 'js', 'newsletter', 'box']);
  });

  it('skips an author bio box and the post meta line, keeping the article text', () => {
    const text = textOf(`<body><article><div class="entry-content"><p>${PROSE}</p></div>
      <div class="entry-meta">Posted on 3 May by Ann</div>
      <div class="author-box"><p>Ann Smith writes about ports and shipping for our paper.</p></div></article></body>`);
    assert.equal(text, PROSE);
  });

  it('never takes a post wrapper carrying author-NAME classes for an author box', () => {
    const wrapper = first(`<div class="post-12 type-post hentry author-ann tag-ports"><p>${PROSE}</p></div>`, 'div');
    assert.equal(asideKind(wrapper), null);
  });

  it('reads caption-class elements as captions, not as body text', () => {
    const body = parseLight(`<body><div class="wp-caption"><img src="x.jpg"><p class="wp-caption-text">The eastern basin at low tide.</p></div><p>${PROSE}</p></body>`).body;
    assert.ok(body);
    const { blocks, captions } = collectBlocks(body);
    assert.deepEqual(blocks.map((block) => block.text), [PROSE]);
    assert.deepEqual(captions, ['The eastern basin at low tide.']);
  });

  it('tells a table of contents from a section anchor, and the post meta from a recipe\'s facts', () => {
    assert.equal(asideKind(first('<div id="ez-toc-container">Contents</div>', 'div')), 'skip');
    assert.equal(asideKind(first(`<div id="TOC_TITLE_1"><p>${PROSE}</p></div>`, 'div')), null);
    assert.equal(asideKind(first('<div class="recipe-meta">Serves four</div>', 'div')), null);
  });

  it('lets three long plain paragraphs overrule a box word', () => {
    const wrapper = first(`<div class="article-text newsletter-teaser"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div>`, 'div');
    assert.equal(asideKind(wrapper), null);
  });
});
