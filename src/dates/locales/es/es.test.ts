import { test } from 'node:test';
import { expectNone, expectTimes } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';

test('es: full dates, "hace N horas", relative years, weekdays', () => {
  expectTimes('Se firmó el 10 de abril de 2024.', 'es', REF, [{ text: '10 de abril de 2024', date: '2024-04-10', precision: 'day', certainty: 'stated' }]);
  expectTimes('El barco se hundió hace 3 horas.', 'es', REF, [{ text: 'hace 3 horas', date: '2024-04-05T09:00:00.000Z', precision: 'hour', certainty: 'inferred' }]);
  expectTimes('El año pasado subió el precio.', 'es', REF, [{ text: 'El año pasado', date: '2023', precision: 'year', certainty: 'inferred' }]);
  expectTimes('Llegó el martes pasado.', 'es', REF, [{ text: 'martes pasado', date: '2024-04-02', precision: 'day', certainty: 'inferred' }]);
  expectTimes('Aliados desde 1960.', 'es', REF, [{ text: 'desde 1960', date: '1960', precision: 'year', certainty: 'stated' }]);
});

test('es negative: counts and clock times', () => {
  expectNone('Compró 150 aviones F-35.', 'es', REF);
  expectNone('La reunión empieza a las 14:30.', 'es', REF);
});
