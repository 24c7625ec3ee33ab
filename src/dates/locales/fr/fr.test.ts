import { test } from 'node:test';
import { expectationsFor } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';
const fr = expectationsFor('fr', REF);

test('fr: a full date is stated; numeric dates are day first', () => {
  fr.expectEach([
    ['Il a été signé le 10 avril 2024.', '10 avril 2024', '2024-04-10', 'day', 'stated'],
    ['Publié le 04/10/2024.', '04/10/2024', '2024-10-04', 'day', 'stated'],
  ]);
});

test('fr: "le mois dernier", "en mars", "mars prochain", "depuis 1960"', () => {
  fr.expectEach([
    ['Le mois dernier, le musée a été cambriolé.', 'Le mois dernier', '2024-03', 'month', 'inferred'],
    ['La règle change en mars.', 'en mars', '2024-03', 'month', 'inferred'],
    ['La règle change en mars prochain.', 'en mars prochain', '2025-03', 'month', 'inferred'],
    ['Alliés depuis 1960.', 'depuis 1960', '1960', 'year', 'stated'],
  ]);
});

test('fr: "il y a N heures" and weekdays with "dernier" / "prochain"', () => {
  fr.expectEach([
    ['Le navire a coulé il y a 3 heures au large.', 'il y a 3 heures', '2024-04-05T09:00:00.000Z', 'hour', 'inferred'],
    ['Ils se sont vus mardi dernier.', 'mardi dernier', '2024-04-02', 'day', 'inferred'],
    ['Il viendra mardi prochain.', 'mardi prochain', '2024-04-09', 'day', 'inferred'],
  ]);
});

test('fr: a stated weekday picks the year of a year-less date', () => {
  fr.at('2020-06-15T12:00:00Z').expectEach([
    ['La grève du mardi 24 septembre à 17h.', 'mardi 24 septembre à 17h', '2019-09-24T17:00:00.000Z', 'minute', 'inferred'],
  ]);
});

test('fr negative: the planet Mars, prices and clock times', () => {
  fr.expectNone('La sonde a atteint Mars.', 'Le prix: 150 euros.', 'La séance reprend à 14h30.', 'Le 31 février 2024 n’existe pas.');
});

test('fr edge cases: leap days, two-digit years, day-first order only, impossible days', () => {
  fr.expectEach([
    ['Le 29 février 2024, la séance.', '29 février 2024', '2024-02-29', 'day', 'stated'],
    ['Rapport du 13/04/24.', '13/04/24', '2024-04-13', 'day', 'stated'],
  ]);
  fr.expectNone('Le 29 février 2023 rien.', 'Le 31 avril 2024 rien.', 'Rapport du 04/13/2024.');
});

test('fr: a local time follows summer time in the page zone', () => {
  fr.expectEach([
    ['Le vote se termine le 10 janvier 2024 à 18h00.', '10 janvier 2024 à 18h00', '2024-01-10T17:00:00.000Z', 'minute', 'stated'],
    ['Le vote se termine le 10 juillet 2024 à 18:00.', '10 juillet 2024 à 18:00', '2024-07-10T16:00:00.000Z', 'minute', 'stated'],
  ], { zone: 'Europe/Paris' });
});
