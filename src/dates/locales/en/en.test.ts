import { test } from 'node:test';
import { expectNone, expectTimes } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';

test('en: both "April 10, 2024" and "10 April 2024" are stated days', () => {
  expectTimes('The leaders will meet on April 10, 2024 in Washington.', 'en', REF, [
    { text: 'April 10, 2024', date: '2024-04-10', precision: 'day', certainty: 'stated' },
  ]);
  expectTimes('It was signed on 10 April 2024.', 'en', REF, [
    { text: 'on 10 April 2024', date: '2024-04-10', precision: 'day', certainty: 'stated' },
  ]);
});

test('en: numeric dates are month first', () => {
  expectTimes('Filed 04/10/2024.', 'en', REF, [{ text: '04/10/2024', date: '2024-04-10', precision: 'day', certainty: 'stated' }]);
});

test('en: a time with an offset keeps it', () => {
  expectTimes('At 10 April 2024 09:00 +0200 the polls opened.', 'en', REF, [
    { text: '10 April 2024 09:00 +0200', date: '2024-04-10T07:00:00.000Z', precision: 'minute', certainty: 'stated' },
  ]);
});

test('en: months, relative months, years', () => {
  expectTimes('It opens in May.', 'en', REF, [{ text: 'in May', date: '2024-05', precision: 'month', certainty: 'inferred' }]);
  expectTimes('Prices rose last month.', 'en', REF, [{ text: 'last month', date: '2024-03', precision: 'month', certainty: 'inferred' }]);
  expectTimes('They have been allies since 1960.', 'en', REF, [{ text: 'since 1960', date: '1960', precision: 'year', certainty: 'stated' }]);
});

test('en: weekdays, yesterday and "ago" in a sentence', () => {
  expectTimes('They met on Tuesday.', 'en', REF, [{ text: 'Tuesday', date: '2024-04-02', precision: 'day', certainty: 'inferred' }]);
  expectTimes('They meet next Tuesday.', 'en', REF, [{ text: 'next Tuesday', date: '2024-04-09', precision: 'day', certainty: 'inferred' }]);
  expectTimes('The vote took place yesterday.', 'en', REF, [{ text: 'yesterday', date: '2024-04-04', precision: 'day', certainty: 'inferred' }]);
  expectTimes('The ship sank 2 hours ago off the coast.', 'en', REF, [{ text: '2 hours ago', date: '2024-04-05T10:00:00.000Z', precision: 'hour', certainty: 'inferred' }]);
});

test('en: a date never reaches over a line break into a number', () => {
  expectTimes('August 15, 2019\n20-year-old bug found', 'en', REF, [{ text: 'August 15, 2019', date: '2019-08-15', precision: 'day', certainty: 'stated' }]);
});

test('en negative: "may" and "march" as verbs, ratios, scores, type names, clock times', () => {
  expectNone('I may go there, and we march on.', 'en', REF);
  expectNone('A 24/7 service backed by a 3/4 majority.', 'en', REF);
  expectNone('The F-35 jet joined the 2+2 talks.', 'en', REF);
  expectNone('The talks resume at 3 pm.', 'en', REF);
  expectNone('It happened on February 30, 2024.', 'en', REF);
});
