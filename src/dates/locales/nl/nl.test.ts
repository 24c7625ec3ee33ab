import { test } from 'node:test';
import { expectationsFor } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';
const nl = expectationsFor('nl', REF);

test('nl: a full date is stated, day precision', () => {
  nl.expectEach([['Het verdrag werd op 16 april 2024 getekend.', '16 april 2024', '2024-04-16', 'day', 'stated']]);
});

test('nl: a year-less date takes the nearest year (within six months), inferred', () => {
  const sentence = 'De premier onthult het plan op 10 april in Den Haag.';
  nl.expectEach([[sentence, '10 april', '2024-04-10', 'day', 'inferred']]);
  nl.at('2024-11-20T12:00:00Z').expectEach([[sentence, '10 april', '2025-04-10', 'day', 'inferred']]);
  nl.at('2024-09-01T12:00:00Z').expectEach([[sentence, '10 april', '2024-04-10', 'day', 'inferred']]);
});

test('nl: numeric dates are day first, two-digit years allowed', () => {
  nl.expectEach([
    ['Het rapport verscheen op 16-04-2024.', '16-04-2024', '2024-04-16', 'day', 'stated'],
    ['Het rapport verscheen op 04/10/2024.', '04/10/2024', '2024-10-04', 'day', 'stated'],
    ['Het rapport verscheen op 16-04-24.', '16-04-24', '2024-04-16', 'day', 'stated'],
  ]);
});

test('nl: bare years after a preposition are years, stated', () => {
  nl.expectTimes('Het bondgenootschap bestaat sinds 1960 en werd in 1970 herzien.', [
    { text: 'sinds 1960', date: '1960', precision: 'year', certainty: 'stated' },
    { text: 'in 1970', date: '1970', precision: 'year', certainty: 'stated' },
  ]);
});

test('nl: weekdays are the last such day, or the next one in a sentence about the future', () => {
  nl.expectEach([
    ['De kiezers stemden dinsdag voor een nieuwe raad.', 'dinsdag', '2024-04-02', 'day', 'inferred'],
    ['De minister zal donderdag naar Brussel reizen.', 'donderdag', '2024-04-11', 'day', 'inferred'],
    ['Het bestuur vergadert vrijdag.', 'vrijdag', '2024-04-05', 'day', 'inferred'],
  ]);
});

test('nl: months alone, relative months and months with a year', () => {
  nl.expectEach([
    ['Dat gebeurt in april.', 'in april', '2024-04', 'month', 'inferred'],
    ['Vorige maand werd het museum beroofd.', 'Vorige maand', '2024-03', 'month', 'inferred'],
    ['In maart 2023 begon de bouw.', 'In maart 2023', '2023-03', 'month', 'stated'],
    ['De bouw begon in maart vorig jaar.', 'in maart vorig jaar', '2023-03', 'month', 'inferred'],
  ]);
});

test('nl: "N dagen geleden" inside a sentence is an event time, day precision', () => {
  nl.expectEach([
    ['Twee dagen geleden sloot de haven.', 'Twee dagen geleden', '2024-04-03', 'day', 'inferred'],
    ['De trein vertrok 1 uur geleden uit Utrecht.', '1 uur geleden', '2024-04-05T11:00:00.000Z', 'hour', 'inferred'],
  ]);
});

test('nl: a local time is read in the page zone, summer time included', () => {
  nl.expectEach([
    ['De stemming begint op 10 april 2024 om 09:00.', '10 april 2024 om 09:00', '2024-04-10T07:00:00.000Z', 'minute', 'stated'],
    ['De stemming begint op 10 januari 2024 om 09:00.', '10 januari 2024 om 09:00', '2024-01-10T08:00:00.000Z', 'minute', 'stated'],
  ], { zone: 'Europe/Amsterdam' });
});

test('nl: a wall time in the spring-forward gap does not crash (read with winter time)', () => {
  nl.expectEach([['Het begon op 31 maart 2024 om 02:30.', '31 maart 2024 om 02:30', '2024-03-31T01:30:00.000Z', 'minute', 'stated']], { zone: 'Europe/Amsterdam' });
});

test('nl negative: relative stamp lines are not event times', () => {
  nl.expectNone(
    '17 minuten geleden\nROTTERDAM (ANP) - Het stadsbestuur stemde in met het plan.',
    '3 uur geledenUTRECHT (ANP) - Het stadsbestuur stemde in met het plan.',
    'Het stadsbestuur stemde in.\n2 uur geleden',
  );
});

test('nl negative: type names, counts, clock times, ratios and vague phrases are no dates', () => {
  nl.expectNone(
    'De F-35 en de PAC-3 kosten samen 150 miljoen.',
    'Het 2+2-overleg duurde lang.',
    'Om 14:30 begon de vergadering.',
    'Wij zijn 24/7 bereikbaar.',
    'De komende dagen volgen meer maatregelen.',
  );
});

test('nl negative: an impossible date gives nothing', () => {
  nl.expectNone('Op 31 februari 2024 gebeurde niets.', 'Het rapport van 30-02-2024 bestaat niet.');
});

test('nl edge cases: two-digit years with dashes, day-first order only, impossible days', () => {
  nl.expectEach([
    ['Verslag van 13-04-24.', '13-04-24', '2024-04-13', 'day', 'stated'],
    ['Verslag van 13/04/2024.', '13/04/2024', '2024-04-13', 'day', 'stated'],
  ]);
  nl.expectNone('Op 29 februari 2023 gebeurde het.', 'Op 31 april 2024 gebeurde het.', 'Verslag van 04/13/2024.');
});
