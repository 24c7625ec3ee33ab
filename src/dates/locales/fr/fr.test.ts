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
