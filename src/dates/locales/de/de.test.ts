import { test } from 'node:test';
import { expectNone, expectTimes } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';

test('de: a full date is stated, day precision', () => {
  expectTimes('Er sprach am 16. April 2024 in Aichi.', 'de', REF, [
    { text: 'am 16. April 2024', date: '2024-04-16', precision: 'day', certainty: 'stated' },
  ]);
  expectTimes('Bericht vom 16.04.2024 und vom 17.04.24.', 'de', REF, [
    { text: '16.04.2024', date: '2024-04-16', precision: 'day', certainty: 'stated' },
    { text: '17.04.24', date: '2024-04-17', precision: 'day', certainty: 'stated' },
  ]);
});

test('de: "am 28. Juli" takes the nearest year, inferred', () => {
  expectTimes('Die Minister trafen sich am 28. Juli in Tokio.', 'de', REF, [
    { text: 'am 28. Juli', date: '2024-07-28', precision: 'day', certainty: 'inferred' },
  ]);
  expectTimes('Die Minister trafen sich am 28. Juli in Tokio.', 'de', '2025-01-20T12:00:00Z', [
    { text: 'am 28. Juli', date: '2024-07-28', precision: 'day', certainty: 'inferred' },
  ]);
});

test('de: months alone and with a prefix are month precision', () => {
  expectTimes('Der Etat steigt bis März auf zwei Prozent.', 'de', REF, [{ text: 'bis März', date: '2024-03', precision: 'month', certainty: 'inferred' }]);
  expectTimes('Der März war ungewöhnlich warm.', 'de', REF, [{ text: 'März', date: '2024-03', precision: 'month', certainty: 'inferred' }]);
  expectTimes('Die Vereinbarung wurde im April getroffen.', 'de', '2025-10-28T12:00:00Z', [{ text: 'im April', date: '2026-04', precision: 'month', certainty: 'inferred' }]);
  expectTimes('Seit August gilt die Regel.', 'de', REF, [{ text: 'Seit August', date: '2023-08', precision: 'month', certainty: 'inferred' }]);
});

test('de: "im März nächsten Jahres" and "letzten Monat" are month precision', () => {
  expectTimes('Das Hauptquartier soll im März nächsten Jahres stehen.', 'de', REF, [
    { text: 'im März nächsten Jahres', date: '2025-03', precision: 'month', certainty: 'inferred' },
  ]);
  expectTimes('Letzten Monat stieg der Preis.', 'de', REF, [{ text: 'Letzten Monat', date: '2024-03', precision: 'month', certainty: 'inferred' }]);
});

test('de: month with year is stated month precision; years after a preposition are stated years', () => {
  expectTimes('Im Mai 2023 begann der Bau.', 'de', REF, [{ text: 'Im Mai 2023', date: '2023-05', precision: 'month', certainty: 'stated' }]);
  expectTimes('Die Strategie wurde im Jahr 2022 verabschiedet.', 'de', REF, [{ text: 'im Jahr 2022', date: '2022', precision: 'year', certainty: 'stated' }]);
});

test('de: weekdays look back, or forward in a sentence about the future', () => {
  expectTimes('Der Botschafter besuchte am Dienstag das Werk.', 'de', REF, [{ text: 'Dienstag', date: '2024-04-02', precision: 'day', certainty: 'inferred' }]);
  expectTimes('Am Donnerstag will der Präsident nach Seoul reisen.', 'de', REF, [{ text: 'Donnerstag', date: '2024-04-11', precision: 'day', certainty: 'inferred' }]);
  expectTimes('Sie kommen nächsten Dienstag zurück.', 'de', REF, [{ text: 'nächsten Dienstag', date: '2024-04-09', precision: 'day', certainty: 'inferred' }]);
});

test('de: "vor N Tagen" and "vor einer Stunde" in a sentence', () => {
  expectTimes('Die Regierung hatte vor 2 Tagen neue Regeln erlassen.', 'de', REF, [{ text: 'vor 2 Tagen', date: '2024-04-03', precision: 'day', certainty: 'inferred' }]);
  expectTimes('Der Zug ist vor einer Stunde abgefahren.', 'de', REF, [{ text: 'vor einer Stunde', date: '2024-04-05T11:00:00.000Z', precision: 'hour', certainty: 'inferred' }]);
});

test('de: a date with a clock time is minute precision; a stated reference precision caps relative values', () => {
  expectTimes('Die Einigung vom 10. April 2024, 09:00 Uhr gilt.', 'de', REF, [
    { text: '10. April 2024, 09:00 Uhr', date: '2024-04-10T09:00:00.000Z', precision: 'minute', certainty: 'stated' },
  ]);
  expectTimes('Der Zug ist vor einer Stunde abgefahren.', 'de', REF, [
    { text: 'vor einer Stunde', date: '2024-04-05', precision: 'day', certainty: 'inferred' },
  ], { referencePrecision: 'day' });
});

test('de: a number after a date is no clock time', () => {
  expectTimes('Beschluss vom 17.10.2017, 5 W 233/17', 'de', REF, [{ text: '17.10.2017', date: '2017-10-17', precision: 'day', certainty: 'stated' }]);
});

test('de negative: stamp lines, type names, counts and clock times', () => {
  expectNone('vor 13 Minuten\n\nEine Überschrift über das Wetter', 'de', REF);
  expectNone('Die F-35-Kampfflugzeuge und PAC-3-Raketen', 'de', REF);
  expectNone('Vor den Zwei-plus-Zwei-Gesprächen', 'de', REF);
  expectNone('Japan kaufte fast 150 dieser Flugzeuge.', 'de', REF);
  expectNone('Das Treffen beginnt um 14:30 Uhr.', 'de', REF);
  expectNone('Wind bis 280 Kilometern pro Stunde', 'de', REF);
});

test('de negative: impossible dates and a first name that is a month', () => {
  expectNone('Das geschah am 31. Februar 2024.', 'de', REF);
  expectNone('Das geschah am 30.02.2024.', 'de', REF);
  expectNone('August Beispiel sagte nichts.', 'de', REF);
});
