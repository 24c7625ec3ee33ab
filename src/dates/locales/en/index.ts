/**
 * English date vocabulary. Numeric dates are month first ("04/10/2024" is 10 April), as chrono-node's
 * `en.strict` reads them.
 */
import { en as chronoEn } from 'chrono-node';
import type { DateLocale } from '../types.js';

/** English date words and phrases. */
export const en: DateLocale = {
  code: 'en',
  chrono: chronoEn.strict,
  numericOrder: 'MDY',
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
    july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  },
  monthAbbreviations: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
  ambiguousMonths: ['may', 'march'],
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  numbers: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12,
  },
  units: {
    minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
    hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
    day: 'day', days: 'day', week: 'week', weeks: 'week',
    month: 'month', months: 'month', year: 'year', years: 'year',
  },
  ago: ['{n} {unit} ago'],
  relativeDays: { yesterday: -1, today: 0, tomorrow: 1 },
  relativePeriods: {
    'last month': { unit: 'month', delta: -1 },
    'this month': { unit: 'month', delta: 0 },
    'next month': { unit: 'month', delta: 1 },
    'last year': { unit: 'year', delta: -1 },
    'this year': { unit: 'year', delta: 0 },
    'next year': { unit: 'year', delta: 1 },
  },
  monthPrefixes: ['in', 'by', 'until', 'till', 'since', 'from', 'through', 'early', 'late', 'mid-', 'end of', 'beginning of', 'start of'],
  sincePrefixes: ['since'],
  yearPrefixes: ['in', 'since', 'by', 'until', 'from', 'in the year', 'early', 'late', 'mid-', 'end of', 'beginning of'],
  monthSuffixes: {
    'next year': { years: 1 }, 'of next year': { years: 1 },
    'last year': { years: -1 }, 'of last year': { years: -1 },
    'this year': { years: 0 }, 'of this year': { years: 0 },
  },
  weekdayModifiers: {
    before: { last: 'last', 'this past': 'last', next: 'next', 'this coming': 'next', coming: 'next', this: 'this' },
    after: {},
  },
  futureMarkers: ['will', 'shall', "'ll", 'is to', 'are to', 'is due', 'are due', 'plans to', 'plan to', 'is expected to', 'are expected to', 'next', 'upcoming'],
  notPublished: ['last edited', 'last modified', 'last updated', 'last changed', 'updated', 'page revision', 'current time', 'it is currently', 'the time now is'],
  publishedLabels: ['published on', 'published', 'first published', 'first published on', 'posted on', 'date published', 'publication date', 'release date'],
};
