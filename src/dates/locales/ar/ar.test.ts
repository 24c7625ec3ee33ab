import { test } from 'node:test';
import { expectationsFor } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';
const arabic = expectationsFor('ar', REF);

test('ar: full dates with either month system, "منذ N ساعات", relative years', () => {
  arabic.expectEach([
    ['وقع الاتفاق في 10 أبريل 2024.', 'في 10 أبريل 2024', '2024-04-10', 'day', 'stated'],
    ['افتتح الجسر في 15 نيسان 2024.', 'في 15 نيسان 2024', '2024-04-15', 'day', 'stated'],
    ['غرقت السفينة منذ 3 ساعات.', 'منذ 3 ساعات', '2024-04-05T09:00:00.000Z', 'hour', 'inferred'],
    ['ارتفعت الأسعار العام الماضي.', 'العام الماضي', '2023', 'year', 'inferred'],
  ]);
});

test('ar negative: counts, clock times, and "آب" as a word', () => {
  arabic.expectNone('اشترى 150 طائرة.', 'يبدأ الاجتماع الساعة 14:30.', 'قال آب العائلة كلمته.');
});

test('ar edge cases: leap days, day-first numeric dates, impossible days', () => {
  arabic.expectEach([
    ['عقدت الجلسة في 29 فبراير 2024.', 'في 29 فبراير 2024', '2024-02-29', 'day', 'stated'],
    ['تقرير بتاريخ 13/04/2024.', '13/04/2024', '2024-04-13', 'day', 'stated'],
  ]);
  arabic.expectNone('لا شيء في 29 فبراير 2023.', 'لا شيء في 31 أبريل 2024.');
});
