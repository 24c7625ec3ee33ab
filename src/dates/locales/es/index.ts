/**
 * Spanish date vocabulary. Numeric dates are day first ("10/04/2024"), as chrono-node's `es.strict`
 * reads them. "mañana" is left out of the day words: it is also "morning" ("esta mañana").
 */
import { es as chronoEs } from 'chrono-node';
import type { DateLocale } from '../types.js';

/** Spanish date words and phrases. */
export const es: DateLocale = {
  code: 'es',
  chrono: chronoEs.strict,
  numericOrder: 'DMY',
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
    septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  },
  monthAbbreviations: { ene: 1, feb: 2, mar: 3, abr: 4, jun: 6, jul: 7, ago: 8, sep: 9, sept: 9, oct: 10, nov: 11, dic: 12 },
  ambiguousMonths: [],
  weekdays: {
    domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6,
  },
  numbers: {
    un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
    diez: 10, once: 11, doce: 12, veinte: 20,
  },
  units: {
    minuto: 'minute', minutos: 'minute', min: 'minute', hora: 'hour', horas: 'hour',
    día: 'day', días: 'day', dia: 'day', dias: 'day', semana: 'week', semanas: 'week',
    mes: 'month', meses: 'month', año: 'year', años: 'year',
  },
  ago: ['hace {n} {unit}'],
  relativeDays: { ayer: -1, anteayer: -2, hoy: 0, 'pasado mañana': 2 },
  relativePeriods: {
    'el mes pasado': { unit: 'month', delta: -1 },
    'este mes': { unit: 'month', delta: 0 },
    'el próximo mes': { unit: 'month', delta: 1 },
    'el mes que viene': { unit: 'month', delta: 1 },
    'el año pasado': { unit: 'year', delta: -1 },
    'este año': { unit: 'year', delta: 0 },
    'el próximo año': { unit: 'year', delta: 1 },
    'el año que viene': { unit: 'year', delta: 1 },
  },
  monthPrefixes: ['en', 'hasta', 'desde', 'a finales de', 'a principios de', 'a mediados de', 'finales de', 'principios de', 'mediados de'],
  sincePrefixes: ['desde'],
  yearPrefixes: ['en', 'desde', 'hasta', 'en el año', 'a finales de', 'a principios de', 'a mediados de'],
  monthSuffixes: {
    'del año que viene': { years: 1 }, 'del próximo año': { years: 1 },
    'del año pasado': { years: -1 }, 'de este año': { years: 0 },
    próximo: { occurrence: 'next' }, pasado: { occurrence: 'last' },
  },
  weekdayModifiers: {
    before: { 'el próximo': 'next', este: 'this' },
    after: { pasado: 'last', próximo: 'next', 'que viene': 'next' },
  },
  futureMarkers: ['será', 'serán', 'va a', 'van a', 'próximo', 'próxima', 'prevé', 'previsto', 'prevista'],
  notPublished: ['última modificación', 'última edición', 'modificado el', 'actualizado', 'actualizada', 'hora actual'],
  publishedLabels: ['publicado el', 'publicado', 'publicada el', 'fecha de publicación'],
};
