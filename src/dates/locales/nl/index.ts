/**
 * Dutch date vocabulary. Numeric dates are day first ("16-04-2024"), as chrono-node's `nl.strict`
 * reads them; its year-less dates ("op 10 april") get our nearest-year rule instead of chrono's.
 */
import { nl as chronoNl } from 'chrono-node';
import type { DateLocale } from '../types.js';

/** Dutch date words and phrases. */
export const nl: DateLocale = {
  code: 'nl',
  chrono: chronoNl.strict,
  numericOrder: 'DMY',
  months: {
    januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6,
    juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
  },
  monthAbbreviations: { jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 },
  ambiguousMonths: [],
  weekdays: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
  numbers: {
    een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
    elf: 11, twaalf: 12, twintig: 20,
  },
  units: {
    minuut: 'minute', minuten: 'minute', min: 'minute',
    uur: 'hour', uren: 'hour', dag: 'day', dagen: 'day', week: 'week', weken: 'week',
    maand: 'month', maanden: 'month', jaar: 'year', jaren: 'year',
  },
  ago: ['{n} {unit} geleden'],
  relativeDays: { gisteren: -1, eergisteren: -2, vandaag: 0, morgen: 1, overmorgen: 2 },
  relativePeriods: {
    'vorige maand': { unit: 'month', delta: -1 },
    'afgelopen maand': { unit: 'month', delta: -1 },
    'deze maand': { unit: 'month', delta: 0 },
    'volgende maand': { unit: 'month', delta: 1 },
    'komende maand': { unit: 'month', delta: 1 },
    'vorig jaar': { unit: 'year', delta: -1 },
    'afgelopen jaar': { unit: 'year', delta: -1 },
    'dit jaar': { unit: 'year', delta: 0 },
    'volgend jaar': { unit: 'year', delta: 1 },
    'komend jaar': { unit: 'year', delta: 1 },
  },
  monthPrefixes: ['in', 'tot', 'sinds', 'vanaf', 'begin', 'eind', 'half', 'medio', 'per', 'tot en met', 'eind van'],
  sincePrefixes: ['sinds'],
  yearPrefixes: ['sinds', 'in', 'in het jaar', 'eind', 'begin', 'medio', 'halverwege', 'tot', 'vanaf', 'tot en met'],
  monthSuffixes: {
    'volgend jaar': { years: 1 }, 'van volgend jaar': { years: 1 }, 'komend jaar': { years: 1 },
    'vorig jaar': { years: -1 }, 'van vorig jaar': { years: -1 },
    'dit jaar': { years: 0 }, 'van dit jaar': { years: 0 },
  },
  weekdayModifiers: {
    before: { vorige: 'last', afgelopen: 'last', volgende: 'next', komende: 'next', deze: 'this' },
    after: { aanstaande: 'next', jongstleden: 'last' },
  },
  futureMarkers: ['zal', 'zullen', 'gaat', 'gaan', 'wil', 'willen', 'volgende', 'komende', 'aanstaande', 'gepland', 'verwacht'],
  notPublished: ['laatst bewerkt', 'laatst gewijzigd', 'laatst bijgewerkt', 'bijgewerkt', 'gewijzigd op', 'huidige tijd'],
  publishedLabels: ['gepubliceerd op', 'gepubliceerd', 'geplaatst op', 'verschenen op', 'publicatiedatum'],
};
