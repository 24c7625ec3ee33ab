import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDocument } from '../index.js';
import { testDocument } from '../test-support.js';

const ARTICLE = `<article><h1>Tram line to the harbour opens after two years of work</h1>
<p>The new tram line to the harbour district opened on Saturday morning, two years after the first rails were laid, the city transport company said.</p>
<p>Trams run every ten minutes during the day. The line has six stops and links the central station with the ferry terminal.</p>
<p>Residents of the harbour district had waited for the connection since the old bus line was cut back in 2019.</p></article>`;

const POSTS = `<article class="post"><header>Rail_Fan_7 · 2 hours ago</header><p>Finally, took it this morning.</p></article>
<article class="post"><header>Ilse M. · 1 hour ago</header><p>The stop at the ferry is too far from the quay.</p></article>`;

function page(after: string, lang = 'en'): string {
  return `<html lang="${lang}"><head><title>Tram line opens | Harbour Times</title></head><body><main>${ARTICLE}${after}</main></body></html>`;
}

function assertArticleOnly(html: string, absent: string[]): void {
  const items = extractDocument(testDocument(html));
  assert.deepEqual(items.map((item) => item.kind), ['article']);
  const all = `${items[0]?.title ?? ''}\n${items[0]?.text ?? ''}`;
  assert.ok(all.includes('since the old bus line was cut back'), 'the article is whole');
  for (const text of absent) assert.ok(!all.includes(text), text);
}

describe('HTML comment sections', () => {
  it('removes a comment section named by a class or id word of any language', () => {
    for (const container of ['<section id="reacties">', '<section class="leserkommentare">', '<div class="bloc-commentaires">']) {
      const tag = container.startsWith('<section') ? 'section' : 'div';
      assertArticleOnly(page(`${container}<h3>Lezers</h3>${POSTS}</${tag}>`), ['Finally', 'ferry is too far', 'Rail_Fan_7']);
    }
  });

  it('removes a comment section named only by its ARIA label or by its heading', () => {
    assertArticleOnly(page(`<section aria-label="Kommentare">${POSTS}</section>`, 'de'), ['Finally', 'Rail_Fan_7']);
    const heading = `<div><h2>Commentaires (2)</h2><div><strong>Lecteur_69</strong> <em>il y a 2 heures</em><p>Bravo aux équipes du chantier.</p></div>
      <div><strong>Michel D.</strong> <em>il y a 1 heure</em><p>Enfin une ligne directe vers le port.</p></div></div>`;
    assertArticleOnly(page(heading, 'fr'), ['Bravo', 'Enfin une ligne', 'Commentaires']);
  });

  it('never makes reader posts in <article> elements briefs, even without a comment container', () => {
    assertArticleOnly(page(POSTS), ['Finally', 'ferry is too far']);
  });

  it('keeps an article cut into heading-less <article> sections as one article', () => {
    const html = `<html><body><main>${ARTICLE}
      <article><p>The transport company expects about twelve thousand passengers a day in the first year. Tickets cost the same as on the rest of the network.</p></article>
      <article><p>A second line, to the northern suburbs, is planned for 2028. The city council will vote on its route in the autumn.</p></article>
      </main></body></html>`;
    const items = extractDocument(testDocument(html));
    assert.deepEqual(items.map((item) => item.kind), ['article']);
    assert.ok(items[0]?.text.includes('twelve thousand passengers'));
    assert.ok(items[0]?.text.endsWith('in the autumn.'));
  });
});
