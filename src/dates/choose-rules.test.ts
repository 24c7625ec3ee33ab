import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateCandidate, Item } from '../pipeline/types.js';
import { resolvePublished } from './published.js';
import { candidatesItem, ownCandidate } from './test-support.js';

const CAPTURED = '2024-06-01T12:00:00.000Z';

/** An item with only what the dates stage reads, captured at {@link CAPTURED}. */
const item = (dateCandidates: DateCandidate[], lang: string | null = 'en'): Item => candidatesItem(dateCandidates, CAPTURED, lang);
const own = ownCandidate;

test('a generic <meta name="date"> yields to a shown date up to two weeks earlier, not to an older one or over a publication key', () => {
  const shown = resolvePublished(item([own('2024-04-30', 'meta:date'), own('29.04.2024, 12:01 Uhr', 'text:class')], 'de'));
  assert.deepEqual([shown.date, shown.provenance?.rule], ['2024-04-29T12:01:00.000Z', 'dates/shown-over-generic-metadata']);
  const dc = resolvePublished(item([own('2024-04-30', 'meta:DC.date'), own('28.04.2024', 'byline')], 'de'));
  assert.equal(dc.date, '2024-04-28');
  const old = resolvePublished(item([own('2024-04-30', 'meta:date'), own('2.03.2024', 'text:class')], 'de'));
  assert.equal(old.date, '2024-04-30');
  const named = resolvePublished(item([own('2024-04-30', 'meta:article:published_time'), own('29.04.2024', 'text:class')], 'de'));
  assert.equal(named.date, '2024-04-30');
});

test('a later date beside the headline does not override metadata that another shown date confirms', () => {
  const confirmed = resolvePublished(item([own('2018-10-24T07:20:31+00:00', 'jsonld:datePublished'), own('27. Mai 2020', 'byline'), own('24. Oktober 2018', 'text:title')], 'de'));
  assert.equal(confirmed.date, '2018-10-24T07:20:00.000Z');
});

test('a clock time read without a zone is the same moment as a UTC stamp only at a real zone offset', () => {
  // 22:57 UTC and 11:14 the next day are 12 h 17 min apart: another moment, not a local writing.
  const other = resolvePublished(item([own('2020-04-28T22:57:38Z', 'meta:datePublished'), own('2020-04-29T11:14', 'time')]));
  assert.equal(other.date, '2020-04-28T22:57:00.000Z');
  // 23:30 the evening before is 05:30 UTC written in UTC−6: the local day, even when an update shows the UTC day.
  const local = resolvePublished(item([own('2023-11-09T05:30:59Z', 'jsonld:datePublished'), own('November 8, 2023 at 11:30 p.m.', 'text:title'), own('November 9, 2023 at 12:21 a.m.', 'text:title')]));
  assert.deepEqual([local.date?.slice(0, 10), local.provenance?.rule], ['2023-11-08', 'dates/local-day']);
});

test('a bare neighbouring day does not move a UTC stamp whose own day is shown beside the headline', () => {
  const shown = resolvePublished(item([own('2019-08-03T09:31:46+00:00', 'meta:article:published_time'), own('August 3, 2019', 'text:title'), own('https://example.org/2019/08/02/x', 'url')]));
  assert.equal(shown.date?.slice(0, 10), '2019-08-03');
});

test('dates in date-named elements rank after bylines and before other dates near the headline', () => {
  const ranked = resolvePublished(item([own('5. Februar 2020', 'text:title'), own('am 29. Januar 2020 um 13:22 Uhr', 'text:class')], 'de'));
  assert.equal(ranked.date?.slice(0, 10), '2020-01-29');
  const byline = resolvePublished(item([own('am 29. Januar 2020', 'text:class'), own('30.01.2020', 'byline')], 'de'));
  assert.equal(byline.date, '2020-01-30');
});

test('more than two different byline dates are a list of entries: none of them dates the page', () => {
  const list = resolvePublished(item([own('05.10.2017 14:18', 'byline'), own('04.10.2017 14:59', 'byline'), own('02.10.2017 09:21', 'byline')], 'de'));
  assert.equal(list.date, null);
  const listAndClass = resolvePublished(item([own('05.10.2017', 'byline'), own('04.10.2017', 'byline'), own('02.10.2017', 'byline'), own('06.10.2017 11:15', 'text:class')], 'de'));
  assert.equal(listAndClass.date?.slice(0, 10), '2017-10-06');
  const pair = resolvePublished(item([own('05.10.2017', 'byline'), own('07.10.2017', 'byline')], 'de'));
  assert.equal(pair.date, '2017-10-05');
});

test('with listed bylines, a date-named element repeating one of them is an entry date too; the title date serves', () => {
  const entries = [own('19.11.2021', 'byline'), own('18. Nov 2021', 'byline'), own('16. Nov 2021', 'byline')];
  const chosen = resolvePublished(item([...entries, own('19.11.2021', 'text:title'), own('18. Nov 2021', 'text:class'), own('16. Nov 2021', 'text:class')], 'de'));
  assert.equal(chosen.date, '2021-11-19');
  // Without listed bylines the date-named element keeps its rank.
  const single = resolvePublished(item([own('19.11.2021', 'text:title'), own('18. Nov 2021', 'text:class')], 'de'));
  assert.equal(single.date, '2021-11-18');
});

test('a URL month no day refines gives way to a day shown beside the headline after it, not to an earlier one', () => {
  const url = 'https://example.org/meldungen/2021/10/lage.html';
  const later = resolvePublished(item([own(url, 'url'), own('10.11.2021', 'byline')], 'de'));
  assert.equal(later.date, '2021-11-10');
  assert.equal(later.provenance?.rule, 'dates/visible-over-coarse');
  const earlier = resolvePublished(item([own(url, 'url'), own('28.09.2021', 'byline')], 'de'));
  assert.equal(earlier.date, '2021-10');
  assert.equal(earlier.precision, 'month');
  // A date-named element elsewhere on the page is not shown beside the headline.
  assert.equal(resolvePublished(item([own(url, 'url'), own('10.11.2021', 'text:class')], 'de')).date, '2021-10');
});

test('a publication key from a script state object serves only when nothing else does', () => {
  assert.equal(resolvePublished(item([own('2021-03-04T08:15:00+01:00', 'script:datePublished')])).date, '2021-03-04T08:15:00.000+01:00');
  assert.equal(resolvePublished(item([own('2021-03-04T08:15:00+01:00', 'script:datePublished'), own('5 March 2021', 'text:class')])).date, '2021-03-05');
});

test('a <time> machine value yields to a different day shown beside the headline, unless another shown date confirms it', () => {
  const shown = resolvePublished(item([own('2019-07-03T10:18:46Z', 'time'), own('Publié le 29 juin 2019', 'byline')], 'fr'));
  assert.equal(shown.date, '2019-06-29');
  assert.equal(shown.provenance?.rule, 'dates/visible-over-metadata');
  const confirmed = resolvePublished(item([own('2019-07-03T10:18:46Z', 'time'), own('Publié le 29 juin 2019', 'byline'), own('3 juillet 2019', 'text:class')], 'fr'));
  assert.equal(confirmed.date?.slice(0, 10), '2019-07-03');
  // JSON-LD names the publication: an earlier byline does not override it.
  assert.equal(resolvePublished(item([own('2019-07-03T10:18:46Z', 'jsonld:datePublished'), own('Publié le 29 juin 2019', 'byline')], 'fr')).date?.slice(0, 10), '2019-07-03');
});

test('a URL day more than a year before the metadata is taken over it; a few days before is not', () => {
  const migrated = resolvePublished(item([own('2019-06-17T18:28:00+02:00', 'jsonld:datePublished'), own('https://example.org/blog/2017/7/12/harbour', 'url')], 'de'));
  assert.deepEqual([migrated.date, migrated.basis, migrated.provenance?.rule], ['2017-07-12', 'url', 'dates/url-before-metadata']);
  const near = resolvePublished(item([own('2019-06-17T18:28:00+02:00', 'jsonld:datePublished'), own('https://example.org/blog/2019/6/10/harbour', 'url')], 'de'));
  assert.equal(near.date?.slice(0, 10), '2019-06-17');
  // A URL month says too little to overrule.
  assert.equal(resolvePublished(item([own('2019-06-17T18:28:00+02:00', 'jsonld:datePublished'), own('https://example.org/2017/07/harbour', 'url')], 'de')).date?.slice(0, 10), '2019-06-17');
});
