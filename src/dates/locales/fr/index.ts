/**
 * French date vocabulary. Numeric dates are day first ("10/04/2024"), as chrono-node's `fr.strict`
 * reads them. "mars" is also the planet, so alone it needs a prefix ("en mars") or a year.
 */
import { fr as chronoFr } from 'chrono-node';
import type { DateLocale } from '../types.js';

/** French date words and phrases. */
export const fr: DateLocale = {
  code: 'fr',
  chrono: chronoFr.strict,
  numericOrder: 'DMY',
  months: {
    janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7,
    août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  },
  monthAbbreviations: { janv: 1, févr: 2, fevr: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, déc: 12, dec: 12 },
  ambiguousMonths: ['mars'],
  weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  numbers: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, vingt: 20,
  },
  units: {
    minute: 'minute', minutes: 'minute', min: 'minute',
    heure: 'hour', heures: 'hour', h: 'hour',
    jour: 'day', jours: 'day', semaine: 'week', semaines: 'week',
    mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year',
  },
  ago: ['il y a {n} {unit}'],
  relativeDays: { hier: -1, 'avant-hier': -2, "aujourd'hui": 0, demain: 1, 'après-demain': 2 },
  relativePeriods: {
    'le mois dernier': { unit: 'month', delta: -1 },
    'le mois passé': { unit: 'month', delta: -1 },
    'ce mois-ci': { unit: 'month', delta: 0 },
    'le mois prochain': { unit: 'month', delta: 1 },
    "l'année dernière": { unit: 'year', delta: -1 },
    "l'an dernier": { unit: 'year', delta: -1 },
    "l'année passée": { unit: 'year', delta: -1 },
    'cette année': { unit: 'year', delta: 0 },
    "l'année prochaine": { unit: 'year', delta: 1 },
    "l'an prochain": { unit: 'year', delta: 1 },
  },
  monthPrefixes: ['en', 'depuis', "jusqu'en", 'dès', 'début', 'fin', 'mi-', "d'ici", 'courant'],
  sincePrefixes: ['depuis'],
  yearPrefixes: ['en', 'depuis', "jusqu'en", 'dès', 'début', 'fin', "l'an", "d'ici"],
  monthSuffixes: {
    prochain: { occurrence: 'next' }, dernier: { occurrence: 'last' },
    "de l'année prochaine": { years: 1 }, "de l'an prochain": { years: 1 },
    "de l'année dernière": { years: -1 }, "de l'an dernier": { years: -1 },
    'de cette année': { years: 0 },
  },
  weekdayModifiers: {
    before: { ce: 'this' },
    after: { dernier: 'last', passé: 'last', prochain: 'next' },
  },
  futureMarkers: ['va', 'vont', 'sera', 'seront', 'doit', 'doivent', 'prochain', 'prochaine', 'prévu', 'prévue', 'devrait', 'devraient'],
  notPublished: ['dernière modification', 'modifié le', 'mis à jour', 'mise à jour', 'heure actuelle'],
  publishedLabels: ['publié le', 'publié', 'mis en ligne le', 'mise en ligne le', 'mise en ligne', 'paru le', 'date de publication'],
};
