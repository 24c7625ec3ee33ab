import { test } from 'node:test';
import { expectNone, expectTimes } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';

test('it: full dates, "N ore fa", relative years, weekdays, months', () => {
  expectTimes('Firmato il 10 aprile 2024.', 'it', REF, [{ text: 'il 10 aprile 2024', date: '2024-04-10', precision: 'day', certainty: 'stated' }]);
  expectTimes('La nave è affondata 3 ore fa.', 'it', REF, [{ text: '3 ore fa', date: '2024-04-05T09:00:00.000Z', precision: 'hour', certainty: 'inferred' }]);
  expectTimes("L'anno scorso il prezzo è salito.", 'it', REF, [{ text: "L'anno scorso", date: '2023', precision: 'year', certainty: 'inferred' }]);
  expectTimes('È arrivato martedì scorso.', 'it', REF, [{ text: 'martedì scorso', date: '2024-04-02', precision: 'day', certainty: 'inferred' }]);
  expectTimes('Alleati nel 1960.', 'it', REF, [{ text: 'nel 1960', date: '1960', precision: 'year', certainty: 'stated' }]);
});

test('it negative: counts and clock times', () => {
  expectNone('Ha comprato 150 aerei F-35.', 'it', REF);
  expectNone('La riunione inizia alle 14:30.', 'it', REF);
});
