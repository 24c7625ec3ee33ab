import { test } from 'node:test';
import { expectationsFor } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';
const italian = expectationsFor('it', REF);

test('it: full dates, "N ore fa", relative years, weekdays, months', () => {
  italian.expectEach([
    ['Firmato il 10 aprile 2024.', 'il 10 aprile 2024', '2024-04-10', 'day', 'stated'],
    ['La nave è affondata 3 ore fa.', '3 ore fa', '2024-04-05T09:00:00.000Z', 'hour', 'inferred'],
    ["L'anno scorso il prezzo è salito.", "L'anno scorso", '2023', 'year', 'inferred'],
    ['È arrivato martedì scorso.', 'martedì scorso', '2024-04-02', 'day', 'inferred'],
    ['Alleati nel 1960.', 'nel 1960', '1960', 'year', 'stated'],
  ]);
});

test('it negative: counts and clock times', () => {
  italian.expectNone('Ha comprato 150 aerei F-35.', 'La riunione inizia alle 14:30.');
});

test('it edge cases: leap days, two-digit years, day-first order only, impossible days', () => {
  italian.expectEach([
    ['Il 29 febbraio 2024 ci fu la seduta.', 'Il 29 febbraio 2024', '2024-02-29', 'day', 'stated'],
    ['Rapporto del 13/04/24.', '13/04/24', '2024-04-13', 'day', 'stated'],
  ]);
  italian.expectNone('Il 29 febbraio 2023 niente.', 'Il 31 aprile 2024 niente.', 'Rapporto del 04/13/2024.');
});

test('it: a local time follows summer time in the page zone', () => {
  italian.expectEach([
    ['Il voto chiude il 10 gennaio 2024 alle 18:00.', 'il 10 gennaio 2024 alle 18:00', '2024-01-10T17:00:00.000Z', 'minute', 'stated'],
    ['Il voto chiude il 10 luglio 2024 alle 18:00.', 'il 10 luglio 2024 alle 18:00', '2024-07-10T16:00:00.000Z', 'minute', 'stated'],
  ], { zone: 'Europe/Rome' });
});
