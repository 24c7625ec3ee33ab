import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateCandidate, Item } from '../pipeline/types.js';
import { examinePublished, resolvePublished } from './published.js';
import { candidatesItem, ownCandidate } from './test-support.js';

const CAPTURED = '2024-04-10T12:00:00.000Z';

/** An item with only what the dates stage reads, captured at {@link CAPTURED}. */
const item = (dateCandidates: DateCandidate[], lang: string | null = null): Item => candidatesItem(dateCandidates, CAPTURED, lang);
const own = ownCandidate;

test('metadata with a time and offset: minute precision, written in the offset the page gave', () => {
  const published = resolvePublished(item([own('2024-04-10T09:00:00+02:00', 'meta:article:published_time')]));
  assert.deepEqual(
    { date: published.date, precision: published.precision, basis: published.basis, evidence: published.evidence },
    { date: '2024-04-10T09:00:00.000+02:00', precision: 'minute', basis: 'metadata', evidence: '2024-04-10T09:00:00+02:00' },
  );
  assert.equal(published.provenance?.certainty, 'stated');
  assert.equal(published.provenance?.rule, 'dates/metadata');
  assert.equal(Date.parse(published.date ?? ''), Date.UTC(2024, 3, 10, 7, 0));
});

test('metadata with a date only: day precision; JSON-LD outranks a URL and a stamp', () => {
  const published = resolvePublished(item([
    own('42 minuten geleden', 'stamp'),
    own('https://example.org/2024/04/08/title', 'url'),
    own('2024-04-09', 'jsonld:datePublished'),
  ]));
  assert.deepEqual([published.date, published.precision, published.basis], ['2024-04-09', 'day', 'metadata']);
});

test('RFC 2822 metadata and a URL date', () => {
  assert.equal(resolvePublished(item([own('Wed, 10 Apr 2024 09:00:00 GMT', 'meta:pubdate')])).date, '2024-04-10T09:00:00.000Z');
  const fromUrl = resolvePublished(item([own('https://example.org/news/2024/04/08/some-title', 'url')]));
  assert.deepEqual([fromUrl.date, fromUrl.precision, fromUrl.basis, fromUrl.provenance?.rule], ['2024-04-08', 'day', 'url', 'dates/url']);
});

test('relative stamps are counted back from the capture time', () => {
  const cases: [string, string, string, string][] = [
    ['42 minuten geleden', '2024-04-10T11:18:00.000Z', 'minute', 'dates/relative/nl'],
    ['1 uur geleden', '2024-04-10T11:00:00.000Z', 'hour', 'dates/relative/nl'],
    ['vor einer Stunde', '2024-04-10T11:00:00.000Z', 'hour', 'dates/relative/de'],
    ['vor 13 Minuten', '2024-04-10T11:47:00.000Z', 'minute', 'dates/relative/de'],
    ['vor 2 Tagen', '2024-04-08', 'day', 'dates/relative/de'],
    ['gisteren', '2024-04-09', 'day', 'dates/relative/nl'],
    ['yesterday', '2024-04-09', 'day', 'dates/relative/en'],
    ['5 minutes ago', '2024-04-10T11:55:00.000Z', 'minute', 'dates/relative/en'],
    ['il y a 3 heures', '2024-04-10T09:00:00.000Z', 'hour', 'dates/relative/fr'],
  ];
  for (const [text, date, precision, rule] of cases) {
    const published = resolvePublished(item([own(text, 'stamp')]));
    assert.deepEqual(
      [published.date, published.precision, published.basis, published.evidence, published.provenance?.rule, published.provenance?.certainty],
      [date, precision, 'relative', text, rule, 'inferred'],
      text,
    );
  }
});

test('byline text dates: stated with a year, latest past occurrence without one', () => {
  const stated = resolvePublished(item([own('Von Anna Beispiel, 8. April 2024, 14:15 Uhr', 'byline')], 'de'));
  assert.deepEqual([stated.date, stated.precision, stated.basis, stated.provenance?.certainty], ['2024-04-08T14:15:00.000Z', 'minute', 'text', 'stated']);
  const yearless = resolvePublished(item([own('door Jan Voorbeeld, 8 december', 'byline')], 'nl'));
  assert.deepEqual([yearless.date, yearless.precision, yearless.provenance?.certainty], ['2023-12-08', 'day', 'inferred']);
});

test('a candidate after the capture is rejected with dates/future-clamped; the next one serves', () => {
  const { published, messages } = examinePublished(item([
    own('2024-04-12T09:00:00Z', 'meta:article:published_time'),
    own('2024-04-11', 'jsonld:dateCreated'),
    own('https://example.org/2024/04/09/title', 'url'),
  ]));
  assert.equal(published.date, '2024-04-09');
  assert.deepEqual(messages.map((m) => [m.code, m.severity]), [['dates/future-clamped', 'warning'], ['dates/future-clamped', 'warning']]);
});

test('a time without offset that lands after the capture keeps its (not later) day', () => {
  const published = resolvePublished(item([own('2024-04-10T13:00:00', 'meta:article:published_time')]));
  assert.deepEqual([published.date, published.precision], ['2024-04-10', 'day']);
});

test('impossible dates are rejected with dates/invalid', () => {
  const { published, messages } = examinePublished(item([own('2024-02-30', 'meta:article:published_time'), own('30.02.2024', 'byline')], 'de'));
  assert.equal(published.date, null);
  assert.deepEqual(messages.map((m) => m.code), ['dates/invalid', 'dates/invalid', 'dates/no-date']);
});

test('nothing solid: nulls and an info message, nothing invented', () => {
  for (const candidates of [[], [own('Redaktion', 'byline')], [own('2024-04-01', 'meta:article:modified_time')]]) {
    const { published, messages } = examinePublished(item(candidates));
    assert.deepEqual(published, { date: null, precision: null, basis: null, evidence: null });
    assert.deepEqual(messages.map((m) => [m.code, m.severity]), [['dates/no-date', 'info']]);
  }
});

test('another item\'s stamp is never used; a page-level date only as an inferred fallback', () => {
  assert.equal(resolvePublished(item([{ text: '42 minuten geleden', origin: 'stamp', own: false }])).date, null);
  const fallback = resolvePublished(item([{ text: '2024-04-02', origin: 'meta:article:published_time', own: false }]));
  assert.deepEqual([fallback.date, fallback.basis, fallback.provenance?.certainty, fallback.provenance?.rule], ['2024-04-02', 'inferred', 'inferred', 'dates/page-fallback']);
});

test('an unparsable capture time is a misuse that names the fix', () => {
  const bad = { ...item([]), capturedAt: 'yesterday' };
  assert.throws(() => examinePublished(bad), /capturedAt/);
});
