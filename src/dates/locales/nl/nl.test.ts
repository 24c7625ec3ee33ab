import { test } from 'node:test';
import { expectNone, expectTimes } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';

test('nl: a full date is stated, day precision', () => {
  expectTimes('Het verdrag werd op 16 april 2024 getekend.', 'nl', REF, [
    { text: '16 april 2024', date: '2024-04-16', precision: 'day', certainty: 'stated' },
  ]);
});

test('nl: a year-less date takes the nearest year (within six months), inferred', () => {
  const sentence = 'De premier onthult het plan op 10 april in Den Haag.';
  expectTimes(sentence, 'nl', REF, [{ text: '10 april', date: '2024-04-10', precision: 'day', certainty: 'inferred' }]);
  expectTimes(sentence, 'nl', '2024-11-20T12:00:00Z', [{ text: '10 april', date: '2025-04-10', precision: 'day', certainty: 'inferred' }]);
  expectTimes(sentence, 'nl', '2024-09-01T12:00:00Z', [{ text: '10 april', date: '2024-04-10', precision: 'day', certainty: 'inferred' }]);
});

test('nl: numeric dates are day first, two-digit years allowed', () => {
  expectTimes('Het rapport verscheen op 16-04-2024.', 'nl', REF, [{ text: '16-04-2024', date: '2024-04-16', precision: 'day', certainty: 'stated' }]);
  expectTimes('Het rapport verscheen op 04/10/2024.', 'nl', REF, [{ text: '04/10/2024', date: '2024-10-04', precision: 'day', certainty: 'stated' }]);
  expectTimes('Het rapport verscheen op 16-04-24.', 'nl', REF, [{ text: '16-04-24', date: '2024-04-16', precision: 'day', certainty: 'stated' }]);
});

test('nl: bare years after a preposition are years, stated', () => {
  expectTimes('Het bondgenootschap bestaat sinds 1960 en werd in 1970 herzien.', 'nl', REF, [
    { text: 'sinds 1960', date: '1960', precision: 'year', certainty: 'stated' },
    { text: 'in 1970', date: '1970', precision: 'year', certainty: 'stated' },
  ]);
});

test('nl: weekdays are the last such day, or the next one in a sentence about the future', () => {
  expectTimes('De kiezers stemden dinsdag voor een nieuwe raad.', 'nl', REF, [{ text: 'dinsdag', date: '2024-04-02', precision: 'day', certainty: 'inferred' }]);
  expectTimes('De minister zal donderdag naar Brussel reizen.', 'nl', REF, [{ text: 'donderdag', date: '2024-04-11', precision: 'day', certainty: 'inferred' }]);
  expectTimes('Het bestuur vergadert vrijdag.', 'nl', REF, [{ text: 'vrijdag', date: '2024-04-05', precision: 'day', certainty: 'inferred' }]);
});

test('nl: months alone, relative months and months with a year', () => {
  expectTimes('Dat gebeurt in april.', 'nl', REF, [{ text: 'in april', date: '2024-04', precision: 'month', certainty: 'inferred' }]);
  expectTimes('Vorige maand werd het museum beroofd.', 'nl', REF, [{ text: 'Vorige maand', date: '2024-03', precision: 'month', certainty: 'inferred' }]);
  expectTimes('In maart 2023 begon de bouw.', 'nl', REF, [{ text: 'In maart 2023', date: '2023-03', precision: 'month', certainty: 'stated' }]);
  expectTimes('De bouw begon in maart vorig jaar.', 'nl', REF, [{ text: 'in maart vorig jaar', date: '2023-03', precision: 'month', certainty: 'inferred' }]);
});

test('nl: "N dagen geleden" inside a sentence is an event time, day precision', () => {
  expectTimes('Twee dagen geleden sloot de haven.', 'nl', REF, [{ text: 'Twee dagen geleden', date: '2024-04-03', precision: 'day', certainty: 'inferred' }]);
  expectTimes('De trein vertrok 1 uur geleden uit Utrecht.', 'nl', REF, [{ text: '1 uur geleden', date: '2024-04-05T11:00:00.000Z', precision: 'hour', certainty: 'inferred' }]);
});

test('nl: a local time is read in the page zone, summer time included', () => {
  expectTimes('De stemming begint op 10 april 2024 om 09:00.', 'nl', REF, [
    { text: '10 april 2024 om 09:00', date: '2024-04-10T07:00:00.000Z', precision: 'minute', certainty: 'stated' },
  ], { zone: 'Europe/Amsterdam' });
  expectTimes('De stemming begint op 10 januari 2024 om 09:00.', 'nl', REF, [
    { text: '10 januari 2024 om 09:00', date: '2024-01-10T08:00:00.000Z', precision: 'minute', certainty: 'stated' },
  ], { zone: 'Europe/Amsterdam' });
});

test('nl: a wall time in the spring-forward gap does not crash (read with winter time)', () => {
  expectTimes('Het begon op 31 maart 2024 om 02:30.', 'nl', REF, [
    { text: '31 maart 2024 om 02:30', date: '2024-03-31T01:30:00.000Z', precision: 'minute', certainty: 'stated' },
  ], { zone: 'Europe/Amsterdam' });
});

test('nl negative: relative stamp lines are not event times', () => {
  expectNone('17 minuten geleden\nROTTERDAM (ANP) - Het stadsbestuur stemde in met het plan.', 'nl', REF);
  expectNone('3 uur geledenUTRECHT (ANP) - Het stadsbestuur stemde in met het plan.', 'nl', REF);
  expectNone('Het stadsbestuur stemde in.\n2 uur geleden', 'nl', REF);
});

test('nl negative: type names, counts, clock times, ratios and vague phrases are no dates', () => {
  expectNone('De F-35 en de PAC-3 kosten samen 150 miljoen.', 'nl', REF);
  expectNone('Het 2+2-overleg duurde lang.', 'nl', REF);
  expectNone('Om 14:30 begon de vergadering.', 'nl', REF);
  expectNone('Wij zijn 24/7 bereikbaar.', 'nl', REF);
  expectNone('De komende dagen volgen meer maatregelen.', 'nl', REF);
});

test('nl negative: an impossible date gives nothing', () => {
  expectNone('Op 31 februari 2024 gebeurde niets.', 'nl', REF);
  expectNone('Het rapport van 30-02-2024 bestaat niet.', 'nl', REF);
});
