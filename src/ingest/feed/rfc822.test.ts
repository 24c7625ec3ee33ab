/**
 * RSS dates to ISO 8601, keeping the stated offset; two-digit years; named zones; negatives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rfc822ToIso } from './rfc822.js';

test('the stated offset is kept, so the day stays the publisher\'s day', () => {
  assert.equal(rfc822ToIso('Wed, 10 Apr 2024 23:30:00 +0200'), '2024-04-10T23:30:00+02:00');
  assert.equal(rfc822ToIso('Tue, 16 Apr 2024 08:05:09 -0430'), '2024-04-16T08:05:09-04:30');
});

test('named zones, a missing weekday, a missing zone and missing seconds', () => {
  assert.equal(rfc822ToIso('10 Apr 2024 09:00:00 GMT'), '2024-04-10T09:00:00+00:00');
  assert.equal(rfc822ToIso('Sun, 28 Jul 2024 18:00 EDT'), '2024-07-28T18:00:00-04:00');
  assert.equal(rfc822ToIso('Sun, 28 Jul 2024 18:00:00'), '2024-07-28T18:00:00+00:00');
});

test('two-digit years follow RFC 2822: 00–49 → 20xx, 50–99 → 19xx', () => {
  assert.equal(rfc822ToIso('Mon, 01 Jan 24 10:00:00 +0000'), '2024-01-01T10:00:00+00:00');
  assert.equal(rfc822ToIso('Fri, 19 Jan 60 10:00:00 +0000'), '1960-01-19T10:00:00+00:00');
});

test('impossible days, unknown zones and other forms give null', () => {
  assert.equal(rfc822ToIso('Sat, 31 Feb 2024 10:00:00 +0000'), null);
  assert.equal(rfc822ToIso('Wed, 10 Apr 2024 25:00:00 +0000'), null);
  assert.equal(rfc822ToIso('Wed, 10 Apr 2024 09:00:00 XYZT'), null);
  assert.equal(rfc822ToIso('2024-04-10T09:00:00Z'), null);
  assert.equal(rfc822ToIso('vor 13 Minuten'), null);
});
