import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateCandidate, Item } from '../pipeline/types.js';
import { formatWritten } from './calendar.js';
import { parseMachineDate } from './iso.js';
import { resolvePublished } from './published.js';
import { candidatesItem, ownCandidate } from './test-support.js';

const CAPTURED = '2024-06-01T12:00:00.000Z';

/** An item with only what the dates stage reads, captured at {@link CAPTURED}. */
const item = (dateCandidates: DateCandidate[], lang: string | null = 'en'): Item => candidatesItem(dateCandidates, CAPTURED, lang);
const own = ownCandidate;

test('a month from the URL is refined by a later candidate naming a day inside it, not by one outside it', () => {
  const refined = resolvePublished(item([own('https://example.org/2024/03/a-walk-in-the-park.html', 'url'), own('Friday, March 8, 2024', 'text:title')]));
  assert.deepEqual([refined.date, refined.precision, refined.provenance?.rule], ['2024-03-08', 'day', 'dates/refined']);
  const outside = resolvePublished(item([own('https://example.org/2024/03/a-walk-in-the-park.html', 'url'), own('Friday, February 9, 2024', 'text:title')]));
  assert.deepEqual([outside.date, outside.precision], ['2024-03', 'month']);
});

test('a UTC timestamp yields to the local day another candidate names for the same moment', () => {
  const local = resolvePublished(item([own('2024-05-09T03:28:00Z', 'jsonld:datePublished'), own('2024-05-08T23:28:00-04:00', 'time')]));
  assert.deepEqual([local.date, local.provenance?.rule], ['2024-05-08T23:28:00.000-04:00', 'dates/local-day']);
  const fromUrl = resolvePublished(item([own('2024-05-09T03:28:00Z', 'jsonld:datePublished'), own('https://example.org/2024/05/08/council-vote', 'url')]));
  assert.equal(fromUrl.date, '2024-05-08');
});

test('no local-day correction for another moment, an afternoon UTC stamp, or a stamp with an offset', () => {
  // 15 hours apart: another moment, not the same one written locally.
  const other = resolvePublished(item([own('2024-05-08T20:40:00Z', 'jsonld:datePublished'), own('2024-05-09T05:53:00-06:00', 'time')]));
  assert.equal(other.date, '2024-05-08T20:40:00.000Z');
  // 15:00 UTC cannot be the previous day anywhere from UTC−12.
  const afternoon = resolvePublished(item([own('2024-05-09T15:00:00Z', 'jsonld:datePublished'), own('https://example.org/2024/05/08/x', 'url')]));
  assert.equal(afternoon.date, '2024-05-09T15:00:00.000Z');
  const offset = resolvePublished(item([own('2024-05-09T03:28:00+02:00', 'jsonld:datePublished'), own('https://example.org/2024/05/08/x', 'url')]));
  assert.equal(offset.date, '2024-05-09T03:28:00.000+02:00');
});

test('a later visible date next to the headline wins over metadata; an earlier or ambiguous one does not', () => {
  const later = resolvePublished(item([own('2024-02-01T10:00:00+01:00', 'jsonld:datePublished'), own('12. März 2024', 'text:title')], 'de'));
  assert.deepEqual([later.date, later.basis, later.provenance?.rule], ['2024-03-12', 'text', 'dates/visible-over-metadata']);
  assert.match(later.provenance?.evidence ?? '', /over jsonld:datePublished/);
  const earlier = resolvePublished(item([own('2024-02-01T10:00:00+01:00', 'jsonld:datePublished'), own('12. Januar 2024', 'text:title')], 'de'));
  assert.equal(earlier.date, '2024-02-01T10:00:00.000+01:00');
  const ambiguous = resolvePublished(item([own('2024-02-01T10:00:00+01:00', 'jsonld:datePublished'), own('03/05/2024', 'byline')]));
  assert.equal(ambiguous.date, '2024-02-01T10:00:00.000+01:00');
});

test('dotted and dashed numeric dates are read day first, also on an English page', () => {
  assert.equal(resolvePublished(item([own('2.9.2020', 'text:title')])).date, '2020-09-02');
  assert.equal(resolvePublished(item([own('02-11-2023 13:29', 'byline')])).date?.slice(0, 10), '2023-11-02');
  // Slashes keep the page's order: month first in English.
  assert.equal(resolvePublished(item([own('04/10/2024', 'byline')])).date, '2024-04-10');
});

test('a written date in any language beats a weekday read in the page language', () => {
  const published = resolvePublished(item([own('Sonntag · December 16, 2012', 'hatom:published')], 'de'));
  assert.equal(published.date?.slice(0, 10), '2012-12-16');
});

test('ISO 8601 as sites write it: basic format, one-digit fields; impossible ones stay invalid', () => {
  const basic = parseMachineDate('20201123T11:02:35Z', 0);
  assert.ok(basic && 'value' in basic && basic.value.instant === Date.UTC(2020, 10, 23, 11, 2));
  const loose = parseMachineDate('2022-1-26T14:32:06+02:00', 0);
  assert.ok(loose && 'value' in loose && loose.value.instant === Date.UTC(2022, 0, 26, 12, 32));
  const invalid = parseMachineDate('20230231', 0);
  assert.ok(invalid && 'invalid' in invalid);
  assert.equal(parseMachineDate('12345678901', 0), null);
});

test('formatWritten keeps the written offset, Z for UTC, and plain days', () => {
  const wall = { year: 2024, month: 3, day: 31, hour: 1, minute: 30 };
  assert.equal(formatWritten({ precision: 'minute', wall, instant: Date.UTC(2024, 2, 30, 23, 30) }), '2024-03-31T01:30:00.000+02:00');
  assert.equal(formatWritten({ precision: 'minute', wall: { ...wall, day: 30, hour: 23 }, instant: Date.UTC(2024, 2, 30, 23, 30) }), '2024-03-30T23:30:00.000Z');
  assert.equal(formatWritten({ precision: 'minute', wall: { ...wall, day: 30, hour: 18 }, instant: Date.UTC(2024, 2, 30, 23, 30) }), '2024-03-30T18:30:00.000-05:00');
  assert.equal(formatWritten({ precision: 'day', wall }), '2024-03-31');
});
