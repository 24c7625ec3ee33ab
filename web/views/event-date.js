// @ts-check
/**
 * How an event's date reads on the timeline: a stated date as written at its precision
 * ("10 Apr 2024", "Apr 2024", "2024"); an inferred one marked "≈ … (inferred)", with the rule and
 * the chain of evidence shown on hover and on keyboard focus; an open one ("10 April, year unknown").
 */
import { h } from '../dom.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * An ISO date as read at its precision: `10 Apr 2024`, `Apr 2024`, `2024`, or with the time.
 * @param {string} iso @param {string} precision
 */
export function readableDate(iso, precision) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, year, month, day, time] = m;
  const mon = month ? MONTHS[Number(month) - 1]?.slice(0, 3) : undefined;
  if (precision === 'year' || !mon) return year ?? iso;
  if (precision === 'month' || !day) return `${mon} ${year}`;
  const date = `${Number(day)} ${mon} ${year}`;
  return (precision === 'minute' || precision === 'hour') && time ? `${date} ${time}` : date;
}

/**
 * A partial date (`--04-10`, `--03`, `-W-4`) as read, its year or week unknown.
 * @param {string} partial
 */
export function openDate(partial) {
  const day = /^--(\d{2})-(\d{2})$/.exec(partial);
  if (day) return `${Number(day[2])} ${MONTHS[Number(day[1]) - 1] ?? day[1]}, year unknown`;
  const month = /^--(\d{2})$/.exec(partial);
  if (month) return `${MONTHS[Number(month[1]) - 1] ?? month[1]}, year unknown`;
  const weekday = /^-W-(\d)$/.exec(partial);
  if (weekday) return `a ${WEEKDAYS[Number(weekday[1])] ?? 'weekday'}, week unknown`;
  return 'date only partly stated';
}

/** Separator of the steps of an inferred date's evidence chain (see src/dates/across/occurrences.ts). */
const CHAIN_STEP = ' ← ';

/**
 * The inferred mark: a focusable "(inferred)" label described by the rule and evidence chain,
 * which show beside it on hover and focus.
 * @param {string} id the explanation's element id, unique on the page
 * @param {{ rule: string, evidence?: string }} provenance
 */
function inferredMark(id, provenance) {
  const steps = (provenance.evidence ?? '').split(CHAIN_STEP).filter(Boolean);
  return h(
    'span',
    { class: 'inferred' },
    h('span', { class: 'inferred-label', tabindex: 0, 'aria-describedby': id }, '(inferred)'),
    h(
      'span',
      { class: 'inferred-why', id, role: 'tooltip' },
      h('span', { class: 'rule' }, `Inferred by ${provenance.rule}`),
      steps.length ? h('ol', { class: 'chain' }, steps.map((step) => h('li', {}, step))) : null,
    ),
  );
}

/**
 * The "when" line of a merged event: its date (stated, inferred or open) and the date's precision.
 * @param {any} event an event group
 * @returns {import('../dom.js').Child[]}
 */
export function eventWhen(event) {
  const time = event.time;
  if (time) {
    const inferred = time.provenance?.certainty === 'inferred';
    const shown = readableDate(time.date, time.precision);
    return [
      h('time', { datetime: time.date, class: inferred ? 'date-inferred' : null }, inferred ? `≈ ${shown}` : shown),
      ...(inferred ? [' ', inferredMark(`why-${event.id}`, time.provenance)] : []),
      ' ',
      h('span', { class: 'precision', title: inferred ? 'precision of the inferred date' : 'precision of the stated time' }, time.precision),
    ];
  }
  if (event.open) {
    return [
      h('span', { class: 'date-open', title: `as written: ${event.open.text}` }, openDate(event.open.date)),
      ' ',
      h('span', { class: 'precision', title: 'precision of the stated part' }, event.open.precision),
    ];
  }
  return [h('span', { class: 'undated' }, 'undated'), ' ', h('span', { class: 'precision', title: 'precision of the stated time' }, 'no time stated')];
}
