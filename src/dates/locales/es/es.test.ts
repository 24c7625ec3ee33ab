import { test } from 'node:test';
import { expectationsFor } from '../../test-support.js';

/** Friday 5 April 2024, noon UTC. */
const REF = '2024-04-05T12:00:00.000Z';
const es = expectationsFor('es', REF);

test('es: full dates, "hace N horas", relative years, weekdays', () => {
  es.expectEach([
    ['Se firmó el 10 de abril de 2024.', '10 de abril de 2024', '2024-04-10', 'day', 'stated'],
    ['El barco se hundió hace 3 horas.', 'hace 3 horas', '2024-04-05T09:00:00.000Z', 'hour', 'inferred'],
    ['El año pasado subió el precio.', 'El año pasado', '2023', 'year', 'inferred'],
    ['Llegó el martes pasado.', 'martes pasado', '2024-04-02', 'day', 'inferred'],
    ['Aliados desde 1960.', 'desde 1960', '1960', 'year', 'stated'],
  ]);
});

test('es negative: counts and clock times', () => {
  es.expectNone('Compró 150 aviones F-35.', 'La reunión empieza a las 14:30.');
});
