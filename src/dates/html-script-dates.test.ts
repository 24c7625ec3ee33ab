import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { DateDom } from './html-metadata.js';
import { scriptDateCandidates } from './html-script-dates.js';

const read = (head: string): string[] => {
  const dom = parseHTML(`<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`).document as unknown as DateDom;
  return scriptDateCandidates(dom).map((c) => `${c.origin}=${c.text}`);
};

test('a publication key in a state object or a JSON island is offered, the first one', () => {
  assert.deepEqual(read(`<script>window.__INITIAL_STATE__ = {"article":{"title":"Harbour rules","datePublished":"2021-03-04T08:15:00+01:00","author":"A. Berg"}};</script>`), [
    'script:datePublished=2021-03-04T08:15:00+01:00',
  ]);
  assert.deepEqual(read(`<script type="application/json" id="__NEXT_DATA__">{"props":{"page":{"published_at":"2019-05-06","updated_at":"2019-07-01"}}}</script>`), ['script:published_at=2019-05-06']);
  // A stringified state object escapes its quotes.
  assert.deepEqual(read(`<script>var s = "{\\"publishedDate\\":\\"2018-11-02T10:00:00Z\\"}";</script>`), ['script:publishedDate=2018-11-02T10:00:00Z']);
});

test('JSON-LD, creation and change keys, non-dates and lists of entries are not offered', () => {
  assert.deepEqual(read(`<script type="application/ld+json">{"@context":"https://schema.org","datePublished":"2021-03-04"}</script>`), []);
  assert.deepEqual(read(`<script>var s = {"createdAt":"2021-03-04T08:15:00Z","updatedAt":"2021-03-05T08:15:00Z"};</script>`), []);
  assert.deepEqual(read(`<script>var s = {"datePublished":"yesterday"};</script>`), []);
  const teasers = ['2021-03-01', '2021-03-02', '2021-03-03'].map((d) => `{"publishedAt":"${d}"}`).join(',');
  assert.deepEqual(read(`<script>var list = [${teasers}];</script>`), []);
  // A main object repeated once in another form is still one entry.
  assert.deepEqual(read(`<script>var a = {"publishedAt":"2021-03-01T09:00:00Z","related":{"publishedAt":"2021-02-27"}};</script>`), ['script:publishedAt=2021-03-01T09:00:00Z']);
});
