import { test } from 'node:test';
import { expectationsFor } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';
const de = expectationsFor('de', REF);

test('de: a full date is stated, day precision', () => {
  de.expectEach([['Er sprach am 16. April 2024 in Aichi.', 'am 16. April 2024', '2024-04-16', 'day', 'stated']]);
  de.expectTimes('Bericht vom 16.04.2024 und vom 17.04.24.', [
    { text: '16.04.2024', date: '2024-04-16', precision: 'day', certainty: 'stated' },
    { text: '17.04.24', date: '2024-04-17', precision: 'day', certainty: 'stated' },
  ]);
});

test('de: "am 28. Juli" takes the nearest year, inferred', () => {
  const row = ['Die Minister trafen sich am 28. Juli in Tokio.', 'am 28. Juli', '2024-07-28', 'day', 'inferred'] as const;
  de.expectEach([row]);
  de.at('2025-01-20T12:00:00Z').expectEach([row]);
});

test('de: months alone and with a prefix are month precision', () => {
  de.expectEach([
    ['Der Etat steigt bis März auf zwei Prozent.', 'bis März', '2024-03', 'month', 'inferred'],
    ['Der März war ungewöhnlich warm.', 'März', '2024-03', 'month', 'inferred'],
    ['Seit August gilt die Regel.', 'Seit August', '2023-08', 'month', 'inferred'],
  ]);
  de.at('2025-10-28T12:00:00Z').expectEach([['Die Vereinbarung wurde im April getroffen.', 'im April', '2026-04', 'month', 'inferred']]);
});

test('de: "im März nächsten Jahres" and "letzten Monat" are month precision', () => {
  de.expectEach([
    ['Das Hauptquartier soll im März nächsten Jahres stehen.', 'im März nächsten Jahres', '2025-03', 'month', 'inferred'],
    ['Letzten Monat stieg der Preis.', 'Letzten Monat', '2024-03', 'month', 'inferred'],
  ]);
});

test('de: month with year is stated month precision; years after a preposition are stated years', () => {
  de.expectEach([
    ['Im Mai 2023 begann der Bau.', 'Im Mai 2023', '2023-05', 'month', 'stated'],
    ['Die Strategie wurde im Jahr 2022 verabschiedet.', 'im Jahr 2022', '2022', 'year', 'stated'],
  ]);
});

test('de: weekdays look back, or forward in a sentence about the future', () => {
  de.expectEach([
    ['Der Botschafter besuchte am Dienstag das Werk.', 'Dienstag', '2024-04-02', 'day', 'inferred'],
    ['Am Donnerstag will der Präsident nach Seoul reisen.', 'Donnerstag', '2024-04-11', 'day', 'inferred'],
    ['Sie kommen nächsten Dienstag zurück.', 'nächsten Dienstag', '2024-04-09', 'day', 'inferred'],
  ]);
});

test('de: "vor N Tagen" and "vor einer Stunde" in a sentence', () => {
  de.expectEach([
    ['Die Regierung hatte vor 2 Tagen neue Regeln erlassen.', 'vor 2 Tagen', '2024-04-03', 'day', 'inferred'],
    ['Der Zug ist vor einer Stunde abgefahren.', 'vor einer Stunde', '2024-04-05T11:00:00.000Z', 'hour', 'inferred'],
  ]);
});

test('de: a date with a clock time is minute precision; a stated reference precision caps relative values', () => {
  de.expectEach([['Die Einigung vom 10. April 2024, 09:00 Uhr gilt.', '10. April 2024, 09:00 Uhr', '2024-04-10T09:00:00.000Z', 'minute', 'stated']]);
  de.expectEach([['Der Zug ist vor einer Stunde abgefahren.', 'vor einer Stunde', '2024-04-05', 'day', 'inferred']], { referencePrecision: 'day' });
});

test('de: a number after a date is no clock time', () => {
  de.expectEach([['Beschluss vom 17.10.2017, 5 W 233/17', '17.10.2017', '2017-10-17', 'day', 'stated']]);
});

test('de negative: stamp lines, type names, counts and clock times', () => {
  de.expectNone(
    'vor 13 Minuten\n\nEine Überschrift über das Wetter',
    'Die F-35-Kampfflugzeuge und PAC-3-Raketen',
    'Vor den Zwei-plus-Zwei-Gesprächen',
    'Japan kaufte fast 150 dieser Flugzeuge.',
    'Das Treffen beginnt um 14:30 Uhr.',
    'Wind bis 280 Kilometern pro Stunde',
  );
});

test('de negative: impossible dates and a first name that is a month', () => {
  de.expectNone('Das geschah am 31. Februar 2024.', 'Das geschah am 30.02.2024.', 'August Beispiel sagte nichts.');
});

test('de edge cases: leap days, two-digit years, day-first order only', () => {
  de.expectEach([
    ['Am 29.02.2024 geschah es.', '29.02.2024', '2024-02-29', 'day', 'stated'],
    ['Bericht vom 13.04.24.', '13.04.24', '2024-04-13', 'day', 'stated'],
  ]);
  // Day first, "04.13.2024" names no day: it is not read month first.
  de.expectNone('Am 29. Februar 2023 geschah es.', 'Am 31.04.2024 geschah es.', 'Bericht vom 04.13.2024.');
});

test('de: a local time follows summer time in the page zone; the repeated autumn hour is read as summer time', () => {
  de.expectEach([
    ['Die Wahl endet am 10. Januar 2024 um 18:00 Uhr.', 'am 10. Januar 2024 um 18:00 Uhr', '2024-01-10T17:00:00.000Z', 'minute', 'stated'],
    ['Die Wahl endet am 10. Juli 2024 um 18:00 Uhr.', 'am 10. Juli 2024 um 18:00 Uhr', '2024-07-10T16:00:00.000Z', 'minute', 'stated'],
    ['Am 27. Oktober 2024 um 02:30 Uhr wurde die Uhr umgestellt.', 'Am 27. Oktober 2024 um 02:30 Uhr', '2024-10-27T00:30:00.000Z', 'minute', 'stated'],
  ], { zone: 'Europe/Berlin' });
});

test('de: month-first dates of translated blog templates ("Juli 12, 2017", "Dezember 16th, 2012") are stated days', () => {
  de.expectEach([
    ['Beitrag vom Juli 12, 2017 im Archiv.', 'Juli 12, 2017', '2017-07-12', 'day', 'stated'],
    ['Geschrieben Dezember 16th, 2012 von Anna.', 'Dezember 16th, 2012', '2012-12-16', 'day', 'stated'],
  ]);
  de.expectNone('Im Juli 45, 2017 Besucher.');
});
