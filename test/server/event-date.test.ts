/**
 * How the web UI words event dates (web/views/event-date.js, served as written): stated dates at
 * their precision, partial dates with the unknown part named. The module's pure functions run in Node.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/pipeline/paths.js';

const { readableDate, openDate } = (await import(pathToFileURL(join(packageRoot(), 'web', 'views', 'event-date.js')).href)) as {
  readableDate: (iso: string, precision: string) => string;
  openDate: (partial: string) => string;
};

test('a date reads at its precision', () => {
  assert.equal(readableDate('2024-04-10', 'day'), '10 Apr 2024');
  assert.equal(readableDate('2024-04', 'month'), 'Apr 2024');
  assert.equal(readableDate('2024-04-10', 'month'), 'Apr 2024');
  assert.equal(readableDate('2024', 'year'), '2024');
  assert.equal(readableDate('2024-04-10T09:30:00+02:00', 'minute'), '10 Apr 2024 09:30');
  assert.equal(readableDate('not a date', 'day'), 'not a date');
});

test('a partial date names what is unknown', () => {
  assert.equal(openDate('--04-10'), '10 April, year unknown');
  assert.equal(openDate('--03'), 'March, year unknown');
  assert.equal(openDate('-W-2'), 'a Tuesday, week unknown');
  assert.equal(openDate(''), 'date only partly stated');
});
