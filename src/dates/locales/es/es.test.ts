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

test('es edge cases: "de" joins day, month and year; impossible days give nothing, not a bare month', () => {
  es.expectEach([
    ['El 29 de febrero de 2024 hubo sesión.', '29 de febrero de 2024', '2024-02-29', 'day', 'stated'],
    ['Llegó en febrero de 2023.', 'en febrero de 2023', '2023-02', 'month', 'stated'],
    ['Informe del 13/04/24.', '13/04/24', '2024-04-13', 'day', 'stated'],
  ]);
  es.expectNone('El 29 de febrero de 2023 nada.', 'El 31 de abril de 2024 nada.', 'Informe del 04/13/2024.');
});

test('es: a local time follows summer time in the page zone', () => {
  es.expectEach([
    ['La votación cierra el 10 de enero de 2024 a las 18:00.', '10 de enero de 2024 a las 18:00', '2024-01-10T17:00:00.000Z', 'minute', 'stated'],
    ['La votación cierra el 10 de julio de 2024 a las 18:00.', '10 de julio de 2024 a las 18:00', '2024-07-10T16:00:00.000Z', 'minute', 'stated'],
  ], { zone: 'Europe/Madrid' });
});
