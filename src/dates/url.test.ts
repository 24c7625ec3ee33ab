import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl } from './url.js';

const day = (url: string): string | null => {
  const found = dateFromUrl(url);
  if (!found || 'invalid' in found) return null;
  const { wall, precision } = found.value;
  return `${wall.year}-${String(wall.month).padStart(2, '0')}${precision === 'day' ? `-${String(wall.day).padStart(2, '0')}` : ''}`;
};

test('year-first URL dates, compact ones and a month alone', () => {
  assert.equal(day('https://example.org/2024/04/10/ferry'), '2024-04-10');
  assert.equal(day('https://example.org/news_20240410_ferry'), '2024-04-10');
  assert.equal(day('https://example.org/2024/04/ferry.html'), '2024-04');
});

test('a year-last date is read only when one number can only be the day', () => {
  assert.equal(day('https://example.org/meldungen/29-10-2021'), '2021-10-29');
  assert.equal(day('https://example.org/news/10-29-2021-ferry'), '2021-10-29');
  // 05-10-2021 could be 5 October or 10 May; 07-07 is the same either way but still not read (no sure order).
  assert.equal(day('https://example.org/news/05-10-2021-ferry'), null);
  assert.equal(day('https://example.org/news/31-02-2021'), null);
});

test('an impossible year-first date is reported as invalid', () => {
  assert.deepEqual(dateFromUrl('https://example.org/2023/02/29/x'), { invalid: '2023-2-29 in the URL is not a day of the calendar' });
});
