import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from './dom.js';
import { readJsonLd } from './jsonld.js';

const page = (scripts: string): ReturnType<typeof parseDocument> => parseDocument(`<!doctype html><html><head>${scripts}</head><body><p>Body text.</p></body></html>`);
const ld = (json: unknown): string => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('readJsonLd', () => {
  it('finds the article inside @graph, after a WebSite node', () => {
    const found = readJsonLd(page(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Lakeside Post' }, { '@type': 'NewsArticle', headline: 'Ferry timetable changes', datePublished: '2023-03-14T07:30:00+01:00', author: [{ '@type': 'Person', name: 'Ilse Voorn' }] }] })));
    assert.equal(found?.headline, 'Ferry timetable changes');
    assert.equal(found?.datePublished, '2023-03-14T07:30:00+01:00');
    assert.equal(found?.author, 'Ilse Voorn');
  });

  it('finds the article nested as a WebPage mainEntity, and reads an array of types', () => {
    const found = readJsonLd(page(ld({ '@context': 'https://schema.org', '@type': 'WebPage', name: 'Section page', mainEntity: { '@type': ['NewsArticle', 'Thing'], headline: 'Bridge closed for repairs', datePublished: '2022-11-02' } })));
    assert.equal(found?.headline, 'Bridge closed for repairs');
    assert.equal(found?.datePublished, '2022-11-02');
  });

  it('takes the date of the WebPage node when the article states none, never a modification date', () => {
    const found = readJsonLd(page(ld({ '@graph': [{ '@type': 'WebPage', datePublished: '2021-06-01T10:00:00Z', dateModified: '2021-06-09T10:00:00Z' }, { '@type': 'Article', headline: 'Library hours extended', dateModified: '2021-06-09T10:00:00Z' }] })));
    assert.equal(found?.headline, 'Library hours extended');
    assert.equal(found?.datePublished, '2021-06-01T10:00:00Z');
  });

  it("keeps the article's own date over the page's", () => {
    const found = readJsonLd(page(ld([{ '@type': 'WebPage', datePublished: '2020-01-01' }, { '@type': 'BlogPosting', headline: 'Winter garden notes', datePublished: '2020-01-05' }])));
    assert.equal(found?.datePublished, '2020-01-05');
  });

  it('reads an untyped script that holds a JSON-LD object, but not other untyped scripts', () => {
    const untyped = `<script>{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes on budget", "datePublished": "2022-01-28T06:00:00+01:00"}</script>`;
    assert.equal(readJsonLd(page(untyped))?.datePublished, '2022-01-28T06:00:00+01:00');
    assert.equal(readJsonLd(page(`<script>var config = {"headline": "not metadata", "datePublished": "2022-01-28"};</script>`)), null);
  });

  it('does not take an article from a related list (itemListElement) or an author object', () => {
    const found = readJsonLd(page(ld({ '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', headline: 'Another story', datePublished: '2019-01-01' }] })));
    assert.equal(found, null);
  });

  it('returns null for invalid JSON and for pages without JSON-LD', () => {
    assert.equal(readJsonLd(page('<script type="application/ld+json">{"@type": "NewsArticle", </script>')), null);
    assert.equal(readJsonLd(page('')), null);
  });
});
