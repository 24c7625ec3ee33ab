import { test } from 'node:test';
import { expectationsFor } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';
const russian = expectationsFor('ru', REF);

test('ru: full dates in the genitive, "N часов назад", relative years, months in the prepositional', () => {
  russian.expectEach([
    ['Договор подписан 10 апреля 2024 года.', '10 апреля 2024 года', '2024-04-10', 'day', 'stated'],
    ['Судно затонуло 3 часа назад.', '3 часа назад', '2024-04-05T09:00:00.000Z', 'hour', 'inferred'],
    ['В прошлом году цены выросли.', 'В прошлом году', '2023', 'year', 'inferred'],
    ['Союзники с 1960 года.', 'с 1960', '1960', 'year', 'stated'],
  ]);
});

test('ru negative: counts and clock times', () => {
  russian.expectNone('Он купил 150 самолётов F-35.', 'Совещание начнётся в 14:30.');
});

test('ru edge cases: leap days, day-first numeric dates, impossible days', () => {
  russian.expectEach([
    ['Заседание прошло 29 февраля 2024 года.', '29 февраля 2024 года', '2024-02-29', 'day', 'stated'],
    ['Отчёт от 13.04.2024.', '13.04.2024', '2024-04-13', 'day', 'stated'],
  ]);
  russian.expectNone('Ничего 29 февраля 2023 года.', 'Ничего 31 апреля 2024 года.');
});
