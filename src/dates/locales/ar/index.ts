/**
 * Arabic date vocabulary, for publication dates and time expressions on Arabic pages. Month names
 * in both systems in use: the Egyptian and Gulf names taken from the Latin months ("أكتوبر") and the
 * Levantine and Iraqi ones ("تشرين الأول"), with the spellings with and without hamza. Numeric dates
 * are day first ("13/04/2024"), as chrono-node's `ar.strict` reads them. "آب" (August) is also a
 * word ("father"), so it counts only next to a day or a year.
 */
import { ar as chronoAr } from 'chrono-node';
import type { DateLocale } from '../types.js';

/** Arabic date words and phrases. */
export const ar: DateLocale = {
  code: 'ar',
  chrono: chronoAr.strict,
  numericOrder: 'DMY',
  months: {
    يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, إبريل: 4, ابريل: 4, مايو: 5, يونيو: 6, يونيه: 6, يوليو: 7, يوليه: 7,
    أغسطس: 8, اغسطس: 8, سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
    'كانون الثاني': 1, شباط: 2, آذار: 3, اذار: 3, نيسان: 4, أيار: 5, ايار: 5, حزيران: 6, تموز: 7, آب: 8,
    أيلول: 9, ايلول: 9, 'تشرين الأول': 10, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12, 'كانون الاول': 12,
  },
  monthAbbreviations: {},
  ambiguousMonths: ['آب'],
  weekdays: {
    الأحد: 0, الاحد: 0, الاثنين: 1, الإثنين: 1, الثلاثاء: 2, الأربعاء: 3, الاربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6,
  },
  numbers: { واحد: 1, واحدة: 1, اثنين: 2, ثلاث: 3, ثلاثة: 3, أربع: 4, أربعة: 4, خمس: 5, خمسة: 5, عشر: 10, عشرة: 10 },
  units: {
    دقيقة: 'minute', دقائق: 'minute', دقيقتين: 'minute', ساعة: 'hour', ساعات: 'hour', ساعتين: 'hour',
    يوم: 'day', أيام: 'day', يومين: 'day', أسبوع: 'week', أسابيع: 'week',
    شهر: 'month', أشهر: 'month', شهور: 'month', سنة: 'year', سنوات: 'year', عام: 'year', أعوام: 'year',
  },
  ago: ['منذ {n} {unit}', 'قبل {n} {unit}'],
  relativeDays: { أمس: -1, الأمس: -1, اليوم: 0, غدا: 1, غداً: 1 },
  relativePeriods: {
    'الشهر الماضي': { unit: 'month', delta: -1 },
    'هذا الشهر': { unit: 'month', delta: 0 },
    'الشهر المقبل': { unit: 'month', delta: 1 },
    'العام الماضي': { unit: 'year', delta: -1 },
    'هذا العام': { unit: 'year', delta: 0 },
    'العام المقبل': { unit: 'year', delta: 1 },
  },
  monthPrefixes: ['في', 'منذ', 'حتى', 'بحلول'],
  sincePrefixes: ['منذ'],
  yearPrefixes: ['في عام', 'عام', 'منذ عام', 'منذ', 'حتى عام'],
  monthSuffixes: { 'المقبل': { occurrence: 'next' }, 'الماضي': { occurrence: 'last' } },
  weekdayModifiers: { before: {}, after: { الماضي: 'last', المقبل: 'next', القادم: 'next' } },
  futureMarkers: ['سوف', 'سيتم', 'ستعقد', 'سيعقد', 'المقبل', 'القادم', 'المقبلة', 'القادمة'],
  notPublished: ['آخر تحديث', 'تم التحديث', 'تحديث'],
  publishedLabels: ['نشر في', 'تاريخ النشر', 'نُشر في'],
};
