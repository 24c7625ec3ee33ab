/**
 * Italian date vocabulary. Numeric dates are day first ("10/04/2024"), as chrono-node's `it.strict`
 * reads them. Weekdays are listed with and without the final accent ("lunedì", "lunedi").
 */
import { it as chronoIt } from 'chrono-node';
import type { DateLocale } from '../types.js';

/** Italian date words and phrases. */
export const it: DateLocale = {
  code: 'it',
  chrono: chronoIt.strict,
  numericOrder: 'DMY',
  months: {
    gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8,
    settembre: 9, ottobre: 10, novembre: 11, dicembre: 12,
  },
  monthAbbreviations: { gen: 1, feb: 2, mar: 3, apr: 4, mag: 5, giu: 6, lug: 7, ago: 8, set: 9, ott: 10, nov: 11, dic: 12 },
  ambiguousMonths: [],
  weekdays: {
    domenica: 0, lunedì: 1, lunedi: 1, martedì: 2, martedi: 2, mercoledì: 3, mercoledi: 3,
    giovedì: 4, giovedi: 4, venerdì: 5, venerdi: 5, sabato: 6,
  },
  numbers: {
    un: 1, una: 1, uno: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9,
    dieci: 10, undici: 11, dodici: 12, venti: 20,
  },
  units: {
    minuto: 'minute', minuti: 'minute', min: 'minute', ora: 'hour', ore: 'hour',
    giorno: 'day', giorni: 'day', settimana: 'week', settimane: 'week',
    mese: 'month', mesi: 'month', anno: 'year', anni: 'year',
  },
  ago: ['{n} {unit} fa'],
  relativeDays: { ieri: -1, "l'altro ieri": -2, oggi: 0, domani: 1, dopodomani: 2 },
  relativePeriods: {
    'il mese scorso': { unit: 'month', delta: -1 },
    'questo mese': { unit: 'month', delta: 0 },
    'il mese prossimo': { unit: 'month', delta: 1 },
    "l'anno scorso": { unit: 'year', delta: -1 },
    "quest'anno": { unit: 'year', delta: 0 },
    "l'anno prossimo": { unit: 'year', delta: 1 },
  },
  monthPrefixes: ['a', 'in', 'fino a', 'da', 'entro', 'a fine', 'a inizio', 'a metà', 'nel mese di'],
  sincePrefixes: ['da'],
  yearPrefixes: ['nel', 'dal', 'fino al', 'entro il', 'a fine', "all'inizio del", "nell'anno"],
  monthSuffixes: {
    prossimo: { occurrence: 'next' }, scorso: { occurrence: 'last' },
    "dell'anno prossimo": { years: 1 }, "dell'anno scorso": { years: -1 }, "di quest'anno": { years: 0 },
  },
  weekdayModifiers: {
    before: { questo: 'this' },
    after: { scorso: 'last', prossimo: 'next' },
  },
  futureMarkers: ['sarà', 'saranno', 'prossimo', 'prossima', 'previsto', 'prevista', 'dovrà', 'dovrebbe'],
  notPublished: ['ultima modifica', 'modificato il', 'aggiornato', 'aggiornata', 'ora attuale'],
  publishedLabels: ['pubblicato il', 'pubblicato', 'pubblicata il', 'data di pubblicazione'],
};
