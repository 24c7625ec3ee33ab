/**
 * Russian date vocabulary. Numeric dates are day first ("16.04.2024"), as chrono-node's `ru.strict`
 * reads them. Month names are listed in the three cases dates use: nominative ("март"), genitive
 * after a day or "с" ("15 марта", "с марта") and prepositional after "в" ("в марте"); weekdays in the
 * nominative and the accusative of "в среду".
 */
import { ru as chronoRu } from 'chrono-node';
import type { DateLocale } from '../types.js';

/** Russian date words and phrases. */
export const ru: DateLocale = {
  code: 'ru',
  chrono: chronoRu.strict,
  numericOrder: 'DMY',
  months: {
    январь: 1, января: 1, январе: 1, февраль: 2, февраля: 2, феврале: 2, март: 3, марта: 3, марте: 3,
    апрель: 4, апреля: 4, апреле: 4, май: 5, мая: 5, мае: 5, июнь: 6, июня: 6, июне: 6,
    июль: 7, июля: 7, июле: 7, август: 8, августа: 8, августе: 8, сентябрь: 9, сентября: 9, сентябре: 9,
    октябрь: 10, октября: 10, октябре: 10, ноябрь: 11, ноября: 11, ноябре: 11, декабрь: 12, декабря: 12, декабре: 12,
  },
  monthAbbreviations: { янв: 1, фев: 2, февр: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8, сен: 9, сент: 9, окт: 10, ноя: 11, нояб: 11, дек: 12 },
  ambiguousMonths: [],
  weekdays: {
    воскресенье: 0, понедельник: 1, вторник: 2, среда: 3, среду: 3, четверг: 4, пятница: 5, пятницу: 5, суббота: 6, субботу: 6,
  },
  numbers: {
    один: 1, одна: 1, одну: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8,
    девять: 9, десять: 10, двадцать: 20,
  },
  units: {
    минуту: 'minute', минуты: 'minute', минут: 'minute', мин: 'minute',
    час: 'hour', часа: 'hour', часов: 'hour', день: 'day', дня: 'day', дней: 'day',
    неделю: 'week', недели: 'week', недель: 'week', месяц: 'month', месяца: 'month', месяцев: 'month',
    год: 'year', года: 'year', лет: 'year',
  },
  ago: ['{n} {unit} назад'],
  relativeDays: { вчера: -1, позавчера: -2, сегодня: 0, завтра: 1, послезавтра: 2 },
  relativePeriods: {
    'в прошлом месяце': { unit: 'month', delta: -1 },
    'в этом месяце': { unit: 'month', delta: 0 },
    'в следующем месяце': { unit: 'month', delta: 1 },
    'в прошлом году': { unit: 'year', delta: -1 },
    'в этом году': { unit: 'year', delta: 0 },
    'в следующем году': { unit: 'year', delta: 1 },
  },
  monthPrefixes: ['в', 'до', 'с', 'к', 'в начале', 'в конце', 'в середине'],
  sincePrefixes: ['с'],
  yearPrefixes: ['в', 'с', 'до', 'к', 'в начале', 'в конце'],
  monthSuffixes: {
    'следующего года': { years: 1 }, 'прошлого года': { years: -1 }, 'этого года': { years: 0 }, 'текущего года': { years: 0 },
  },
  weekdayModifiers: {
    before: { 'в прошлый': 'last', 'в прошлую': 'last', 'в прошлое': 'last', 'в следующий': 'next', 'в следующую': 'next', 'в этот': 'this', 'в эту': 'this' },
    after: {},
  },
  futureMarkers: ['будет', 'будут', 'планирует', 'планируют', 'состоится', 'намерен', 'намерены', 'собирается'],
  notPublished: ['обновлено', 'изменено', 'последнее изменение', 'текущее время'],
  publishedLabels: ['опубликовано', 'дата публикации'],
};
