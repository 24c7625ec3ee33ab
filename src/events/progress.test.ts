import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trackCommitments, type TrackedItem } from './progress.js';
import { itemWith } from './test-support.js';

function tracked(id: string, ...args: Parameters<typeof itemWith>): TrackedItem {
  return { ...itemWith(...args), id, source: `${id}.txt` };
}

const PLEDGE = tracked(
  'a',
  'en',
  'Prime Minister Lena Hart announced that Canada will open a joint naval headquarters in Halifax by March.',
  [['Lena Hart', 'PER', 'per:lena-hart'], ['Canada', 'GPE', 'gpe:CA'], ['Halifax', 'GPE', 'gpe:city:halifax']],
  [['March', '2026-03', 'month']],
  '2025-11-01',
);

describe('trackCommitments', () => {
  it('keeps a commitment nobody reports on as stated', () => {
    const [only, ...rest] = trackCommitments([PLEDGE]);
    assert.equal(rest.length, 0);
    assert.deepEqual([only?.status, only?.basis, only?.progress], ['announced', 'stated', []]);
  });

  it('attaches a later German report that work is under way, then a Dutch one that it is done', () => {
    const started = tracked('b', 'de', 'In Halifax hat Kanada mit dem Bau des gemeinsamen Hauptquartiers begonnen.', [['Halifax', 'GPE', 'gpe:city:halifax'], ['Kanada', 'GPE', 'gpe:CA']], [], '2025-12-10');
    const [underWay] = trackCommitments([PLEDGE, started]);
    assert.equal(underWay?.status, 'under way');
    assert.deepEqual(underWay?.progress.map((p) => [p.itemId, p.status, p.cue, p.published]), [['b', 'under way', 'begonnen', '2025-12-10']]);
    const opened = tracked('c', 'nl', 'Canada heeft het gezamenlijke hoofdkwartier in Halifax geopend.', [['Canada', 'GPE', 'gpe:CA'], ['Halifax', 'GPE', 'gpe:city:halifax']], [], '2026-02-20');
    const [done] = trackCommitments([opened, started, PLEDGE]);
    assert.equal(done?.status, 'done');
    assert.deepEqual(done?.progress.map((p) => p.itemId), ['b', 'c'], 'reports oldest first');
  });

  it('calls it missed when a report says so, or when a report of work under way comes after the deadline', () => {
    const delayed = tracked('d', 'en', 'Canada postponed the Halifax headquarters again.', [['Canada', 'GPE', 'gpe:CA'], ['Halifax', 'GPE', 'gpe:city:halifax']], [], '2026-01-15');
    assert.equal(trackCommitments([PLEDGE, delayed])[0]?.status, 'missed');
    const late = tracked('e', 'en', 'Work on the Halifax headquarters is under way, Canada said.', [['Halifax', 'GPE', 'gpe:city:halifax'], ['Canada', 'GPE', 'gpe:CA']], [], '2026-05-04');
    const [missed] = trackCommitments([PLEDGE, late]);
    assert.deepEqual([missed?.status, missed?.basis], ['missed', 'deadline-passed']);
  });

  it('attaches no report of another topic, of other parties, from before the commitment, or negated', () => {
    const otherTopic = tracked('f', 'en', 'Canada completed the sale of its fishing fleet.', [['Canada', 'GPE', 'gpe:CA']], [], '2026-01-10');
    const otherParty = tracked('g', 'en', 'Norway completed its joint naval headquarters in Halifax.', [['Norway', 'GPE', 'gpe:NO'], ['Halifax', 'GPE', 'gpe:city:halifax']], [], '2026-01-10');
    const earlier = tracked('h', 'en', 'Canada completed a naval headquarters in Halifax.', [['Canada', 'GPE', 'gpe:CA'], ['Halifax', 'GPE', 'gpe:city:halifax']], [], '2020-01-10');
    assert.deepEqual(trackCommitments([PLEDGE, otherTopic, otherParty, earlier])[0]?.progress, []);
    const notYet = tracked('i', 'en', 'The Halifax headquarters of Canada is not completed yet.', [['Halifax', 'GPE', 'gpe:city:halifax'], ['Canada', 'GPE', 'gpe:CA']], [], '2026-01-10');
    assert.equal(trackCommitments([PLEDGE, notYet])[0]?.status, 'under way', 'a negated "done" is work still under way');
  });
});

describe('trackCommitments on shared countries alone', () => {
  it('attaches no report that shares only countries with the commitment', () => {
    const pledge = tracked('p', 'en', 'Germany promised 40 million euros to the fund, France 20 million euros.', [['Germany', 'GPE', 'gpe:DE'], ['France', 'GPE', 'gpe:FR']], [], '2025-03-01');
    const cable = tracked('q', 'nl', 'Een schip begon met het leggen van een kabel tussen Duitsland en Frankrijk.', [['Duitsland', 'GPE', 'gpe:DE'], ['Frankrijk', 'GPE', 'gpe:FR']], [], '2025-03-05');
    const [only] = trackCommitments([pledge, cable]);
    assert.deepEqual([only?.status, only?.progress], ['announced', []]);
  });
});
