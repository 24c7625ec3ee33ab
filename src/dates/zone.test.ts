import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatValue } from './calendar.js';
import { offsetAt, statedOffset, wallToInstant } from './zone.js';

const iso = (instant: number) => new Date(instant).toISOString();

test('Amsterdam wall times follow summer and winter time', () => {
  assert.equal(iso(wallToInstant({ year: 2024, month: 4, day: 10, hour: 9, minute: 0 }, 'Europe/Amsterdam')), '2024-04-10T07:00:00.000Z');
  assert.equal(iso(wallToInstant({ year: 2024, month: 1, day: 10, hour: 9, minute: 0 }, 'Europe/Amsterdam')), '2024-01-10T08:00:00.000Z');
  assert.equal(offsetAt('Europe/Amsterdam', Date.UTC(2024, 6, 1)), 120);
});

test('the spring-forward gap is read with the offset before it; the autumn overlap with the earlier reading', () => {
  assert.equal(iso(wallToInstant({ year: 2024, month: 3, day: 31, hour: 2, minute: 30 }, 'Europe/Amsterdam')), '2024-03-31T01:30:00.000Z');
  assert.equal(iso(wallToInstant({ year: 2024, month: 10, day: 27, hour: 2, minute: 30 }, 'Europe/Amsterdam')), '2024-10-27T00:30:00.000Z');
});

test('fixed offsets and unknown zones', () => {
  assert.equal(iso(wallToInstant({ year: 2024, month: 4, day: 10, hour: 9, minute: 0 }, 120)), '2024-04-10T07:00:00.000Z');
  assert.throws(() => wallToInstant({ year: 2024, month: 4, day: 10, hour: 9, minute: 0 }, 'Mars/Olympus'), /IANA name/);
});

test('stated offsets are read from ISO timestamps', () => {
  assert.equal(statedOffset('2024-04-10T09:00:00+02:00'), 120);
  assert.equal(statedOffset('2024-04-10T09:00:00Z'), 0);
  assert.equal(statedOffset('2024-04-10T09:00:00-0530'), -330);
  assert.equal(statedOffset('2024-04-10T09:00:00'), null);
  assert.equal(statedOffset('2024-04-10'), null);
});

test('values are written as ISO 8601 at their precision', () => {
  const wall = { year: 2024, month: 4, day: 10, hour: 9, minute: 7 };
  assert.equal(formatValue({ precision: 'year', wall }), '2024');
  assert.equal(formatValue({ precision: 'month', wall }), '2024-04');
  assert.equal(formatValue({ precision: 'day', wall }), '2024-04-10');
  assert.equal(formatValue({ precision: 'minute', wall, instant: Date.UTC(2024, 3, 10, 7, 7, 31) }), '2024-04-10T07:07:00.000Z');
});
