/**
 * German date vocabulary. Numeric dates are day first ("16.04.2024"), as chrono-node's `de.strict`
 * reads them. "morgen" is left out of the day words: as a noun it is "morning" ("heute Morgen").
 */
import { de as chronoDe } from 'chrono-node';
import type { DateLocale } from '../types.js';

/** German date words and phrases. */
export const de: DateLocale = {
  code: 'de',
  chrono: chronoDe.strict,
  numericOrder: 'DMY',
  months: {
    januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, april: 4, mai: 5, juni: 6,
    juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12,
  },
  monthAbbreviations: { jan: 1, feb: 2, mär: 3, mrz: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12 },
  ambiguousMonths: ['august'],
  weekdays: {
    sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
  },
  numbers: {
    ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
    acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30,
  },
  units: {
    minute: 'minute', minuten: 'minute', min: 'minute',
    stunde: 'hour', stunden: 'hour', std: 'hour',
    tag: 'day', tage: 'day', tagen: 'day', woche: 'week', wochen: 'week',
    monat: 'month', monate: 'month', monaten: 'month', jahr: 'year', jahre: 'year', jahren: 'year',
  },
  ago: ['vor {n} {unit}'],
  relativeDays: { gestern: -1, vorgestern: -2, heute: 0, übermorgen: 2 },
  relativePeriods: {
    'letzten monat': { unit: 'month', delta: -1 },
    'vergangenen monat': { unit: 'month', delta: -1 },
    'vorigen monat': { unit: 'month', delta: -1 },
    'diesen monat': { unit: 'month', delta: 0 },
    'nächsten monat': { unit: 'month', delta: 1 },
    'kommenden monat': { unit: 'month', delta: 1 },
    'letztes jahr': { unit: 'year', delta: -1 },
    'letzten jahr': { unit: 'year', delta: -1 },
    'vergangenes jahr': { unit: 'year', delta: -1 },
    'vergangenen jahr': { unit: 'year', delta: -1 },
    'voriges jahr': { unit: 'year', delta: -1 },
    'vorigen jahr': { unit: 'year', delta: -1 },
    'dieses jahr': { unit: 'year', delta: 0 },
    'diesem jahr': { unit: 'year', delta: 0 },
    'nächstes jahr': { unit: 'year', delta: 1 },
    'nächsten jahr': { unit: 'year', delta: 1 },
    'kommendes jahr': { unit: 'year', delta: 1 },
    'kommenden jahr': { unit: 'year', delta: 1 },
  },
  monthPrefixes: ['im', 'bis', 'seit', 'ab', 'anfang', 'ende', 'mitte', 'bis ende', 'bis anfang', 'seit anfang', 'seit ende'],
  sincePrefixes: ['seit', 'seit anfang', 'seit ende'],
  yearPrefixes: ['im jahr', 'im jahre', 'seit', 'bis', 'ab', 'anfang', 'ende', 'mitte', 'bis ende', 'seit anfang', 'seit ende'],
  monthSuffixes: {
    'nächsten jahres': { years: 1 }, 'kommenden jahres': { years: 1 },
    'des nächsten jahres': { years: 1 }, 'des kommenden jahres': { years: 1 },
    'vergangenen jahres': { years: -1 }, 'letzten jahres': { years: -1 }, 'vorigen jahres': { years: -1 },
    'des vergangenen jahres': { years: -1 }, 'des letzten jahres': { years: -1 },
    'dieses jahres': { years: 0 }, 'diesen jahres': { years: 0 },
  },
  weekdayModifiers: {
    before: { letzten: 'last', vergangenen: 'last', vorigen: 'last', nächsten: 'next', kommenden: 'next', diesen: 'this' },
    after: {},
  },
  futureMarkers: ['wird', 'werden', 'will', 'wollen', 'soll', 'sollen', 'nächste', 'nächsten', 'kommende', 'kommenden', 'plant', 'planen', 'geplant', 'voraussichtlich', 'bevorstehenden'],
  notPublished: ['zuletzt bearbeitet', 'zuletzt geändert', 'zuletzt aktualisiert', 'letzte änderung', 'letzte aktualisierung', 'aktualisiert', 'geändert am', 'bearbeitet am', 'aktuelle zeit', 'es ist jetzt'],
  publishedLabels: ['veröffentlicht am', 'veröffentlicht', 'erschienen am', 'erschienen', 'publiziert am', 'erstellt am', 'online seit', 'datum der veröffentlichung', 'veröffentlichungsdatum'],
};
