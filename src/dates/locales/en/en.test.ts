import { test } from 'node:test';
import { expectationsFor } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';
const en = expectationsFor('en', REF);

test('en: both "April 10, 2024" and "10 April 2024" are stated days', () => {
  en.expectEach([
    ['The leaders will meet on April 10, 2024 in Washington.', 'April 10, 2024', '2024-04-10', 'day', 'stated'],
    ['It was signed on 10 April 2024.', 'on 10 April 2024', '2024-04-10', 'day', 'stated'],
  ]);
});

test('en: numeric dates are month first', () => {
  en.expectEach([['Filed 04/10/2024.', '04/10/2024', '2024-04-10', 'day', 'stated']]);
});

test('en: a time with an offset keeps it', () => {
  en.expectEach([['At 10 April 2024 09:00 +0200 the polls opened.', '10 April 2024 09:00 +0200', '2024-04-10T07:00:00.000Z', 'minute', 'stated']]);
});

test('en: months, relative months, years', () => {
  en.expectEach([
    ['It opens in May.', 'in May', '2024-05', 'month', 'inferred'],
    ['Prices rose last month.', 'last month', '2024-03', 'month', 'inferred'],
    ['They have been allies since 1960.', 'since 1960', '1960', 'year', 'stated'],
  ]);
});

test('en: weekdays, yesterday and "ago" in a sentence', () => {
  en.expectEach([
    ['They met on Tuesday.', 'Tuesday', '2024-04-02', 'day', 'inferred'],
    ['They meet next Tuesday.', 'next Tuesday', '2024-04-09', 'day', 'inferred'],
    ['The vote took place yesterday.', 'yesterday', '2024-04-04', 'day', 'inferred'],
    ['The ship sank 2 hours ago off the coast.', '2 hours ago', '2024-04-05T10:00:00.000Z', 'hour', 'inferred'],
  ]);
});

test('en: a date never reaches over a line break into a number', () => {
  en.expectEach([['August 15, 2019\n20-year-old bug found', 'August 15, 2019', '2019-08-15', 'day', 'stated']]);
});

test('en negative: "may" and "march" as verbs, ratios, scores, type names, clock times', () => {
  en.expectNone(
    'I may go there, and we march on.',
    'A 24/7 service backed by a 3/4 majority.',
    'The F-35 jet joined the 2+2 talks.',
    'The talks resume at 3 pm.',
    'It happened on February 30, 2024.',
  );
});

test('en edge cases: leap days, impossible dates, two-digit years, day-first dates when month-first names no day', () => {
  en.expectEach([
    ['It happened on February 29, 2024.', 'February 29, 2024', '2024-02-29', 'day', 'stated'],
    ['Filed 04/10/24.', '04/10/24', '2024-04-10', 'day', 'stated'],
    // Month first names no day here; British usage writes the day first.
    ['Filed 13/04/2024.', '13/04/2024', '2024-04-13', 'day', 'stated'],
  ]);
  en.expectNone('It happened on February 29, 2023.', 'It happened on April 31, 2024.', 'Filed 31/02/2024.');
});

test('en: a local time follows daylight saving time in the page zone, and a stated zone wins', () => {
  en.expectEach([
    ['The vote closes on 10 January 2024 at 9:00 am.', 'on 10 January 2024 at 9:00 am', '2024-01-10T14:00:00.000Z', 'minute', 'stated'],
    ['The vote closes on 10 July 2024 at 9:00 am.', 'on 10 July 2024 at 9:00 am', '2024-07-10T13:00:00.000Z', 'minute', 'stated'],
    // 2:30 am on 10 March 2024 does not exist in New York (spring forward): read with standard time.
    ['On March 10, 2024 at 2:30 am the clocks changed.', 'March 10, 2024 at 2:30 am', '2024-03-10T07:30:00.000Z', 'minute', 'stated'],
  ], { zone: 'America/New_York' });
  en.expectEach([['The vote closes on 10 July 2024 at 9:00 am EDT.', 'on 10 July 2024 at 9:00 am EDT', '2024-07-10T13:00:00.000Z', 'minute', 'stated']], { zone: 'Europe/London' });
});
