import { test } from 'node:test';
import { expectNone, expectTimes } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';

test('fr: a full date is stated; numeric dates are day first', () => {
  expectTimes('Il a été signé le 10 avril 2024.', 'fr', REF, [{ text: '10 avril 2024', date: '2024-04-10', precision: 'day', certainty: 'stated' }]);
  expectTimes('Publié le 04/10/2024.', 'fr', REF, [{ text: '04/10/2024', date: '2024-10-04', precision: 'day', certainty: 'stated' }]);
});

test('fr: "le mois dernier", "en mars", "mars prochain", "depuis 1960"', () => {
  expectTimes('Le mois dernier, le musée a été cambriolé.', 'fr', REF, [{ text: 'Le mois dernier', date: '2024-03', precision: 'month', certainty: 'inferred' }]);
  expectTimes('La règle change en mars.', 'fr', REF, [{ text: 'en mars', date: '2024-03', precision: 'month', certainty: 'inferred' }]);
  expectTimes('La règle change en mars prochain.', 'fr', REF, [{ text: 'en mars prochain', date: '2025-03', precision: 'month', certainty: 'inferred' }]);
  expectTimes('Alliés depuis 1960.', 'fr', REF, [{ text: 'depuis 1960', date: '1960', precision: 'year', certainty: 'stated' }]);
});

test('fr: "il y a N heures" and weekdays with "dernier" / "prochain"', () => {
  expectTimes('Le navire a coulé il y a 3 heures au large.', 'fr', REF, [{ text: 'il y a 3 heures', date: '2024-04-05T09:00:00.000Z', precision: 'hour', certainty: 'inferred' }]);
  expectTimes('Ils se sont vus mardi dernier.', 'fr', REF, [{ text: 'mardi dernier', date: '2024-04-02', precision: 'day', certainty: 'inferred' }]);
  expectTimes('Il viendra mardi prochain.', 'fr', REF, [{ text: 'mardi prochain', date: '2024-04-09', precision: 'day', certainty: 'inferred' }]);
});

test('fr: a stated weekday picks the year of a year-less date', () => {
  expectTimes('La grève du mardi 24 septembre à 17h.', 'fr', '2020-06-15T12:00:00Z', [
    { text: 'mardi 24 septembre à 17h', date: '2019-09-24T17:00:00.000Z', precision: 'minute', certainty: 'inferred' },
  ]);
});

test('fr negative: the planet Mars, prices and clock times', () => {
  expectNone('La sonde a atteint Mars.', 'fr', REF);
  expectNone('Le prix: 150 euros.', 'fr', REF);
  expectNone('La séance reprend à 14h30.', 'fr', REF);
  expectNone('Le 31 février 2024 n’existe pas.', 'fr', REF);
});
