/**
 * The events target on the user's own captures in ../shared/seeds (skipped, with the reason, when
 * that folder is absent): the US–Japan story's timeline holds the 1960 treaty, the Biden–Kishida
 * meeting on 10 April at the White House, the ambassador's visit to the Mitsubishi Heavy
 * Industries F-35 plant on 16 April 2024, the "2+2" talks in Tokyo on 28 July and the
 * Trump–Takaichi agreement signed in Tokyo, each with its evidence in the original language; the
 * commitments (defence budget, JSDF joint headquarters) with their deadlines; and the false
 * events once read on the seeds stay out.
 *
 * The four articles have no publication date of their own, so their year-less dates ("op 10 april",
 * "28. Juli", "am Dienstag") stay open in each item and get their year only from the other reports
 * of the story (cross-document inference, `src/dates/across/`), marked inferred with the chain of
 * evidence; what nothing dates (the Trump–Takaichi agreement, "am Donnerstag", "bis März") stays
 * undated — never a year taken from the capture time.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sharedPath } from '../../src/pipeline/paths.js';
import { cli, tempDir } from '../helpers/cli.js';

const seeds = sharedPath('seeds');
const CAPTURED = '2025-11-19T12:00:00Z';

interface TimelineEvent {
  id: string;
  type: string;
  actors: { id: string; name: string }[];
  place: string | null;
  time: { date: string; precision: string; provenance?: { certainty: string; rule: string; evidence?: string } } | null;
  open?: { text: string; date: string };
  evidence: { source: string; item: number; sentence: string }[];
}

const basename = (source: string): string => source.split(/[\\/]/).pop() ?? source;
const has = (event: TimelineEvent, ...ids: string[]): boolean => ids.every((id) => event.actors.some((a) => a.id === id));
const from = (event: TimelineEvent, file: string): boolean => event.evidence.some((e) => basename(e.source).startsWith(file));

describe('seeds: the US–Japan timeline', { skip: seeds ? false : 'skipped: ../shared/seeds is absent' }, () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'seeds-events.db');
  let timeline: TimelineEvent[] = [];
  let all: TimelineEvent[] = [];
  let commitments: { parties: { id: string }[]; deadline: { date: string; precision: string; open?: boolean } | null; evidence: { source: string; sentence: string } }[] = [];
  let timelineText = '';
  before(async () => {
    const run = await cli(['ingest', seeds!, '--db', db, '--captured-at', CAPTURED]);
    assert.equal(run.status, 0, run.stderr);
    const stories = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout) as { id: string; items: { source: string; item: number }[] }[];
    const story = stories.find((s) => s.items.some((i) => basename(i.source).startsWith('000_') && i.item === 0));
    assert.ok(story, 'the Dutch US–Japan article is in a story');
    timeline = (JSON.parse((await cli(['story', story.id, '--db', db, '--format', 'json'])).stdout) as { timeline: TimelineEvent[] }).timeline;
    all = JSON.parse((await cli(['events', '--db', db, '--format', 'json'])).stdout) as TimelineEvent[];
    timelineText = (await cli(['story', story.id, '--timeline', '--db', db])).stdout;
    commitments = JSON.parse((await cli(['commitments', '--db', db, '--story', story.id, '--format', 'json'])).stdout) as typeof commitments;
  });
  after(cleanup);

  const find = (label: string, test: (e: TimelineEvent) => boolean): TimelineEvent => {
    const event = timeline.find(test);
    assert.ok(event, `${label} is not in the timeline`);
    return event;
  };
  const position = (event: TimelineEvent): number => timeline.indexOf(event);

  it('holds the 1960 mutual defence treaty, first, with its Dutch evidence', () => {
    const treaty = find('the 1960 treaty', (e) => e.type === 'agree' && e.time?.date === '1960');
    assert.ok(has(treaty, 'gpe:US', 'gpe:JP'));
    assert.ok(from(treaty, '000_') && treaty.evidence.some((e) => e.sentence.includes('1960')));
    assert.equal(position(treaty), 0);
  });

  it('holds the Biden–Kishida meeting on 10 April 2024 at the White House, the year inferred from the German report', () => {
    const meeting = find('the Biden–Kishida meeting', (e) => e.type === 'meet' && has(e, 'per:joe-biden', 'per:fumio-kishida') && e.time?.date.endsWith('-04-10') === true);
    assert.equal(meeting.time?.date, '2024-04-10');
    assert.equal(meeting.time?.precision, 'day');
    assert.equal(meeting.time?.provenance?.certainty, 'inferred');
    assert.match(meeting.time?.provenance?.rule ?? '', /^dates\/across\//);
    assert.match(meeting.time?.provenance?.evidence ?? '', /Kishida/, 'the chain quotes the German sentence on Kishida’s trip');
    assert.equal(meeting.place, 'White House');
    assert.ok(from(meeting, '000_'));
  });

  it('holds the ambassador’s visit to the F-35 plant on 16 April 2024, after the treaty', () => {
    const visit = find('the F-35 plant visit', (e) => e.type === 'meet' && has(e, 'per:rahm-emanuel', 'org:mitsubishi-heavy-industries'));
    assert.deepEqual(visit.time, { date: '2024-04-16', precision: 'day' });
    assert.ok(from(visit, '004_'));
    assert.ok(position(visit) > 0);
  });

  it('holds the 2+2 talks in Tokyo on 28 July 2024 between the four ministers', () => {
    const talks = find('the 2+2 talks', (e) => e.type === 'meet' && has(e, 'per:antony-blinken', 'per:lloyd-austin', 'per:yoko-kamikawa', 'per:minoru-kihara'));
    assert.equal(talks.time?.date, '2024-07-28', JSON.stringify(talks.time));
    assert.equal(talks.time?.provenance?.certainty, 'inferred');
    assert.equal(talks.place, 'Tokyo');
    assert.ok(from(talks, '001_'));
    assert.ok(talks.evidence[0]?.sentence.includes('Tokio'), 'the first evidence is the article sentence, in German');
  });

  it('holds the Trump–Takaichi agreement signed in Tokyo, undated (no report dates it), after every dated event', () => {
    const deal = find('the rare-earths agreement', (e) => e.type === 'agree' && has(e, 'per:donald-trump', 'per:sanae-takaichi'));
    assert.equal(deal.time, null);
    assert.ok(timeline.slice(position(deal)).every((e) => e.time === null));
    assert.equal(deal.place, 'Tokyo');
    assert.ok(!deal.actors.some((a) => a.name === 'Tokyo'), 'Tokyo is the place, not a party');
    assert.ok(from(deal, '002_'));
  });

  it('orders the five: treaty, Biden–Kishida, F-35 plant visit, 2+2 talks, Trump–Takaichi', () => {
    const order = [
      find('the 1960 treaty', (e) => e.type === 'agree' && e.time?.date === '1960'),
      find('the Biden–Kishida meeting', (e) => e.type === 'meet' && has(e, 'per:joe-biden', 'per:fumio-kishida') && e.time?.date === '2024-04-10'),
      find('the F-35 plant visit', (e) => e.type === 'meet' && has(e, 'per:rahm-emanuel', 'org:mitsubishi-heavy-industries')),
      find('the 2+2 talks', (e) => e.type === 'meet' && has(e, 'per:antony-blinken', 'per:lloyd-austin')),
      find('the rare-earths agreement', (e) => e.type === 'agree' && has(e, 'per:donald-trump', 'per:sanae-takaichi')),
    ].map(position);
    assert.deepEqual([...order].sort((a, b) => a - b), order);
  });

  it('invents no date: nothing after the capture time, years only where the story justifies them', () => {
    for (const event of all) if (event.time) assert.ok(event.time.date.slice(0, 10) <= CAPTURED.slice(0, 10), JSON.stringify(event));
    const thursday = find('Trump meeting Xi on Thursday', (e) => e.type === 'meet' && has(e, 'per:donald-trump', 'per:xi-jinping'));
    assert.equal(thursday.time, null, 'a weekday in an undated item with no dated day of its own stays open');
    assert.equal(thursday.open?.date, '-W-4');
    assert.match(timelineText, /2024-04-10 \(inf\)/);
    assert.match(timelineText, /-W-4 \(open\)/);
  });

  it('keeps the 1960 treaty apart from the agreements signed by named leaders', () => {
    const treaty = find('the 1960 treaty', (e) => e.type === 'agree' && e.time?.date === '1960');
    assert.ok(!has(treaty, 'per:donald-trump'));
  });

  it('lists the commitments: the defence budget by March and the JSDF joint headquarters by March', () => {
    const budget = commitments.find((c) => c.parties.some((p) => p.id === 'per:sanae-takaichi'));
    assert.ok(budget, 'Takaichi’s defence budget commitment');
    assert.equal(budget.deadline?.precision, 'month');
    assert.deepEqual(budget.deadline && [budget.deadline.date, budget.deadline.open], ['--03', true], 'the year of "bis März" in an undated article stays open');
    assert.ok(basename(budget.evidence.source).startsWith('002_'));
    const headquarters = commitments.find((c) => c.parties.some((p) => p.id === 'org:japan-self-defense-forces'));
    assert.ok(headquarters, 'the JSDF joint headquarters commitment');
    assert.ok(headquarters.deadline?.date.endsWith('-03'));
    assert.ok(basename(headquarters.evidence.source).startsWith('001_'));
  });

  it('reads no partnership with Russia and Ukraine as its parties', () => {
    const wrong = all.filter((e) => (e.type === 'agree' || e.type === 'cooperate') && has(e, 'gpe:RU', 'gpe:UA'));
    assert.deepEqual(wrong.map((e) => e.evidence[0]?.source), []);
  });
});
