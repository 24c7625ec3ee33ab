import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventMention, Mention, OpenTime, TimeExpression } from '../../pipeline/types.js';
import type { StoryRecord } from '../../store/store.js';
import { agrees, nearestYear, placeInYear } from './calendar-fit.js';
import { inferAcrossStories, inferStoryTimes, openWhenUndated, type AcrossItem } from './index.js';

const UNDATED = { date: null, precision: null, basis: null, evidence: null };

function open(text: string, parts: Partial<OpenTime>, start = 0): OpenTime {
  const base: OpenTime = { text, date: '', precision: 'day', start, month: null, day: null, weekday: null, ...parts };
  return base;
}

function ev(type: string, entities: string[], sentence: string, extra: Partial<EventMention> = {}): EventMention {
  return { type, actors: entities.map((entity) => ({ entity, role: 'agent' as const })), place: null, time: null, modality: 'happened', sentence, start: 0, provenance: { certainty: 'inferred', rule: `events/test/${type}` }, ...extra };
}

function item(id: string, events: EventMention[], mentions: Mention[] = [], published: AcrossItem['published'] = UNDATED): AcrossItem {
  return { id, published, mentions, events };
}

const LIND = 'per:ana-lind';
const DIALLO = 'per:omar-diallo';

// A: an undated report of the summit "on 3 May"; B: an undated report of the same summit, in an
// article that dates a later factory visit on 9 May 2023 (a Tuesday).
const summitA = ev('meet', [LIND, DIALLO], 'Lind receives Diallo on 3 May at the palace.', { openTime: open('on 3 May', { month: 5, day: 3 }, 22) });
const summitB = ev('meet', [LIND, DIALLO], 'The visit came after Lind travelled to meet Diallo.');
const visitB = ev('meet', ['per:kai-berg', 'org:nordwerk'], 'Berg toured the Nordwerk plant on 9 May 2023.', { time: { date: '2023-05-09', precision: 'day' } });
const urgeB = ev('urge', ['per:kai-berg', 'gpe:NO'], 'Berg urged Norway on Tuesday to build more.', { openTime: open('on Tuesday', { weekday: 2 }, 300) });

test('a year-less day takes the year of a coreferent report dated by its own article, with the chain', () => {
  const times = inferStoryTimes([item('a:0', [summitA]), item('b:0', [summitB, visitB, urgeB])]);
  const summit = times.get('a:0:e0');
  assert.equal(summit?.date, '2023-05-03');
  assert.equal(summit?.precision, 'day');
  assert.equal(summit?.provenance?.rule, 'dates/across/coreferent-report');
  assert.equal(summit?.provenance?.certainty, 'inferred');
  assert.match(summit?.provenance?.evidence ?? '', /b:0: “The visit came after Lind/);
  assert.match(summit?.provenance?.evidence ?? '', /anchor\/event · b:0: “Berg toured the Nordwerk plant on 9 May 2023/);
});

test('a weekday names the article’s dated day only when that day falls on it', () => {
  const tuesday = inferStoryTimes([item('a:0', [summitA]), item('b:0', [summitB, visitB, urgeB])]).get('b:0:e2');
  assert.deepEqual([tuesday?.date, tuesday?.provenance?.rule], ['2023-05-09', 'dates/across/weekday-match']);
  const thursday = { ...urgeB, openTime: open('on Thursday', { weekday: 4 }, 300) };
  assert.equal(inferStoryTimes([item('b:0', [summitB, visitB, thursday])]).get('b:0:e2'), null);
});

test('dates chain: a month agrees with a report dated by inference, then the same item’s other days follow it', () => {
  // C reports "a summit in May" between the two countries (also named by A's sentence) and talks on 14 August.
  const mentionsA: Mention[] = [
    { start: 0, end: 4, text: 'Lind', type: 'PER', entity: 'gpe:AA', provenance: { certainty: 'stated', rule: 'test' } },
    { start: 5, end: 9, text: 'xxxx', type: 'GPE', entity: 'gpe:BB', provenance: { certainty: 'stated', rule: 'test' } },
  ];
  const summitC = ev('meet', ['gpe:AA', 'gpe:BB'], 'The two countries advanced a deal made at a summit in May.', { openTime: open('in May', { month: 5, precision: 'month' }, 40) });
  const talksC = ev('meet', ['per:eli-moss', 'per:ida-roos'], 'Moss and Roos held talks on 14 August.', { openTime: open('on 14 August', { month: 8, day: 14 }, 90) });
  const times = inferStoryTimes([item('a:0', [summitA], mentionsA), item('b:0', [summitB, visitB]), item('c:0', [summitC, talksC])]);
  assert.deepEqual(times.get('c:0:e0'), {
    ...times.get('c:0:e0'),
    date: '2023-05',
    precision: 'month',
  });
  assert.equal(times.get('c:0:e0')?.provenance?.rule, 'dates/across/coreferent-dated');
  assert.equal(times.get('c:0:e1')?.date, '2023-08-14');
  assert.equal(times.get('c:0:e1')?.provenance?.rule, 'dates/across/same-item');
  assert.match(times.get('c:0:e1')?.provenance?.evidence ?? '', / ← dates\/across\/coreferent-dated · a:0: .* ← dates\/across\/coreferent-report · b:0/);
});

test('nothing is invented: unrelated, country-only undated, relative and tied reports stay open', () => {
  const unrelated = ev('announce', ['per:sol-vik'], 'Vik pledged to raise the budget by March.', { openTime: open('by March', { month: 3, precision: 'month' }, 10) });
  const countriesOnly = ev('meet', ['gpe:AA', 'gpe:BB'], 'The two countries met on 2 June.', { openTime: open('on 2 June', { month: 6, day: 2 }, 50) });
  const countriesB = ev('meet', ['gpe:AA', 'gpe:BB'], 'The two countries met again.');
  const relative = ev('meet', [LIND, DIALLO], 'Lind meets Diallo in March next year.', { openTime: open('in March next year', { month: 3, precision: 'month', relativeYear: true }, 90) });
  const times = inferStoryTimes([item('a:0', [unrelated, countriesOnly, relative]), item('b:0', [summitB, visitB, countriesB])]);
  assert.deepEqual([...times.values()], [null, null, null]);
  // Two dated reports of the same event that disagree on the year: no year.
  const d1 = ev('meet', [LIND, DIALLO], 'Lind met Diallo on 3 May 2021.', { time: { date: '2021-05-03', precision: 'day' } });
  const d2 = ev('meet', [LIND, DIALLO], 'Lind met Diallo on 3 May 2022.', { time: { date: '2022-05-03', precision: 'day' } });
  assert.equal(inferStoryTimes([item('a:0', [summitA]), item('d:0', [d1]), item('e:0', [d2])]).get('a:0:e0'), null);
  assert.equal(inferStoryTimes([item('a:0', [summitA]), item('d:0', [d1])]).get('a:0:e0')?.date, '2021-05-03');
});

test('an undated report’s publication date anchors the year', () => {
  const published = { date: '2019-04-28T10:00:00Z', precision: 'minute' as const, basis: 'metadata' as const, evidence: '2019-04-28T10:00:00Z' };
  const times = inferStoryTimes([item('a:0', [summitA]), item('p:0', [summitB], [], published)]);
  assert.equal(times.get('a:0:e0')?.date, '2019-05-03');
  assert.match(times.get('a:0:e0')?.provenance?.evidence ?? '', /anchor\/published · p:0: “2019-04-28T10:00:00Z”/);
});

test('inferAcrossStories lists only changes, and only within stories of two items or more', () => {
  const a = item('a:0', [summitA]);
  const b = item('b:0', [summitB, visitB]);
  const story = (ids: string[]): StoryRecord => ({ id: `s:${ids.join()}`, title: 't', languages: ['en'], first: null, last: null, itemIds: ids });
  const updates = inferAcrossStories([story(['a:0', 'b:0'])], [a, b]);
  assert.deepEqual(updates.map((u) => [u.id, u.time?.date]), [['a:0:e0', '2023-05-03']]);
  const stored = item('a:0', [{ ...summitA, time: updates[0]?.time ?? null }]);
  assert.deepEqual(inferAcrossStories([story(['a:0', 'b:0'])], [stored, b]), []);
  // The story split: the inferred time is taken back.
  assert.deepEqual(inferAcrossStories([story(['a:0']), story(['b:0'])], [stored, b]).map((u) => [u.id, u.time]), [['a:0:e0', null]]);
});

test('open parts: year-less days, months and weekdays open; stated dates and relative stamps kept', () => {
  const t = (text: string, date: string, precision: TimeExpression['precision'], rule: string, certainty: 'stated' | 'inferred' = 'inferred'): TimeExpression =>
    ({ start: 0, end: text.length, text, date, precision, provenance: { certainty, rule } });
  const opened = openWhenUndated([
    t('op 10 april', '2027-04-10', 'day', 'dates/chrono/nl'),
    t('bis März', '2027-03', 'month', 'dates/month/de'),
    t('am Dienstag', '2026-11-24', 'day', 'dates/weekday/de'),
    t('im März nächsten Jahres', '2027-03', 'month', 'dates/month-relative/de'),
    t('vorige maand', '2026-10', 'month', 'dates/relative-period/nl'),
    t('vor zwei Stunden', '2026-11-25T10:00:00.000Z', 'hour', 'dates/relative/de'),
    t('16. April 2024', '2024-04-16', 'day', 'dates/chrono/de', 'stated'),
  ]);
  assert.deepEqual(opened.map((x) => [x.date, x.precision, x.open ?? null]), [
    ['--04-10', 'day', { month: 4, day: 10, weekday: null }],
    ['--03', 'month', { month: 3, day: null, weekday: null }],
    ['-W-2', 'day', { month: null, day: null, weekday: 2 }],
    ['--03', 'month', { month: 3, day: null, weekday: null, relativeYear: true }],
    ['', 'month', { month: null, day: null, weekday: null }],
    ['2026-11-25T10:00:00.000Z', 'hour', null],
    ['2024-04-16', 'day', null],
  ]);
});

test('calendar fit: agreement, nearest year (ties to the past), leap days', () => {
  assert.ok(agrees({ month: 4, day: 10, weekday: null }, { date: '2024-04-10', precision: 'day' }));
  assert.ok(agrees({ month: 4, day: 10, weekday: null }, { date: '2024-04', precision: 'month' }));
  assert.ok(!agrees({ month: 4, day: 10, weekday: null }, { date: '2024-04-16', precision: 'day' }));
  assert.ok(!agrees({ month: 4, day: null, weekday: null }, { date: '2024', precision: 'year' }));
  assert.ok(!agrees({ month: null, day: null, weekday: 2 }, { date: '2024-04-16', precision: 'day' }));
  assert.equal(nearestYear(7, 28, { year: 2024, month: 4, day: 15 }), 2024);
  assert.equal(nearestYear(12, 30, { year: 2024, month: 1, day: 3 }), 2023);
  assert.equal(nearestYear(2, 29, { year: 2023, month: 3, day: 1 }), 2024);
  assert.equal(nearestYear(2, 29, { year: 2022, month: 3, day: 1 }), null);
  assert.deepEqual(placeInYear({ month: 3, day: null, weekday: null }, 2025), { date: '2025-03', precision: 'month' });
  assert.equal(placeInYear({ month: 2, day: 30, weekday: null }, 2024), null);
});

test('an item’s historic date does not fix the years of its other dates when the story knows later ones', () => {
  const treaty = ev('agree', ['gpe:AA', 'gpe:BB'], 'The treaty was signed on 8 September 1951.', { time: { date: '1951-09-08', precision: 'day' } });
  const talks = ev('meet', ['per:eli-moss', 'per:ida-roos'], 'Moss and Roos hold talks on 10 April.', { openTime: open('on 10 April', { month: 4, day: 10 }, 60) });
  const recent = ev('meet', ['per:kai-berg', 'org:nordwerk'], 'Berg toured the plant on 9 May 2023.', { time: { date: '2023-05-09', precision: 'day' } });
  assert.equal(inferStoryTimes([item('h:0', [treaty, talks]), item('r:0', [recent])]).get('h:0:e1'), null);
  // With no later date in the story, the item's own latest date is all there is.
  assert.equal(inferStoryTimes([item('h:0', [treaty, talks]), item('s:0', [])]).get('h:0:e1')?.date, '1951-04-10');
});
