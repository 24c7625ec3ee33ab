/**
 * `dossier entity NAME|ID` end to end on the embedded store, over a small JSONL corpus written
 * for this test (an invented minister visiting Liège in three languages, two invented people
 * sharing a surname).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, tempDir } from '../helpers/cli.js';

const LIEGE = 'gpe:city:2792413';
const MINISTER = 'per:hana-moriyama';

const LINES = [
  {
    id: 'nl-1', lang: 'nl', published: '2025-03-10T09:00:00+01:00', title: 'Overleg in Luik over de Maas',
    text: 'De Japanse minister Hana Moriyama sprak maandag in Luik met Belgische bestuurders over de waterstand van de Maas. Moriyama bezocht daarna Aken.',
  },
  {
    id: 'de-1', lang: 'de', published: '2025-03-12', title: 'Gespräche in Lüttich',
    text: 'Japans Verteidigungsministerin Hana Moriyama traf am Mittwoch in Lüttich belgische Vertreter. Moriyama reiste danach nach Aachen weiter.',
  },
  { id: 'en-1', lang: 'en', title: 'Talks in Liège', text: 'Defence minister Hana Moriyama of Japan held talks in Liège on Friday about flood defences along the Meuse.' },
  { id: 'en-2', lang: 'en', published: '2025-04-02', title: 'New bridge opens', text: 'Mayor Anna Berger opened the new footbridge on Wednesday. Senator Paul Berger sent a message of support.' },
];

interface Report {
  id: string;
  type: string;
  geo: { lat: number; lon: number } | null;
  names: Record<string, string[]>;
  resolved: { query: string; basis: string };
  forms: { text: string; lang: string; rule: string; evidence: string | null; mentions: number }[];
  roles: { role: string; country: { id: string; name: string } | null; date: string | null; source: string; sentence: string }[];
  mentionsOverTime: { days: { date: string; items: number }[]; months: { month: string; items: number; mentions: number }[]; undated: { items: number; mentions: number } };
  coMentions: { id: string; items: number }[];
  stories: { id: string; items: number; size: number }[];
  items: { id: string; source: string; published: string | null }[];
  itemsTotal: number;
}

describe('dossier entity', () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'store.db');
  const entity = async (...args: string[]) => cli(['entity', ...args, '--db', db]);
  const report = async (...args: string[]): Promise<Report> => {
    const run = await entity(...args, '--format', 'json');
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout) as Report;
  };
  before(async () => {
    const feed = join(dir, 'feed.jsonl');
    writeFileSync(feed, LINES.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const run = await cli(['ingest', feed, '--db', db, '--captured-at', '2025-04-05T12:00:00Z']);
    assert.equal(run.status, 0, run.stderr);
  });
  after(cleanup);

  it('resolves a place named in any language, or by id, to one entity with coordinates', async () => {
    for (const name of ['Lüttich', 'Luik', 'Liège', 'liège', LIEGE]) assert.equal((await report(name)).id, LIEGE, name);
    const liege = await report('Lüttich');
    assert.ok(liege.geo && Math.abs(liege.geo.lat - 50.63) < 0.1 && Math.abs(liege.geo.lon - 5.57) < 0.1);
    assert.ok(liege.names.nl?.includes('Luik') && liege.names.de?.includes('Lüttich') && liege.names.fr?.includes('Liège'));
    assert.equal((await report(LIEGE)).resolved.basis, 'id');
  });

  it('counts mentions per day and month by publication date, undated apart', async () => {
    const t = (await report('Luik')).mentionsOverTime;
    assert.deepEqual(t.days.map((d) => [d.date, d.items]), [['2025-03-10', 1], ['2025-03-12', 1]]);
    assert.deepEqual(t.months.map((m) => [m.month, m.items]), [['2025-03', 2]]);
    assert.deepEqual(t.undated.items, 1);
  });

  it('shows a person found by surname: forms with the evidence that joined them, roles over time, co-occurring entities, stories', async () => {
    const r = await report('Moriyama');
    assert.equal(r.id, MINISTER);
    assert.equal(r.resolved.basis, 'word');
    assert.ok(r.forms.some((f) => f.text === 'Moriyama' && f.rule === 'entities/coref/surname' && f.evidence === 'Hana Moriyama'), JSON.stringify(r.forms));
    assert.ok(r.forms.some((f) => f.lang === 'de' && f.rule === 'entities/person/role' && f.evidence === 'Verteidigungsministerin Hana Moriyama'));
    const dated = r.roles.filter((role) => role.date !== null);
    assert.deepEqual(dated.map((role) => [role.role, role.country?.id, role.source]), [['minister', 'gpe:JP', 'nl-1'], ['Verteidigungsministerin', 'gpe:JP', 'de-1']]);
    assert.match(dated[1]!.sentence, /^Japans Verteidigungsministerin Hana Moriyama traf/);
    assert.ok(r.roles.every((role, n) => n === 0 || role.date === null || (r.roles[n - 1]!.date ?? '') <= role.date), 'oldest first');
    assert.equal(r.coMentions[0]?.id, LIEGE);
    assert.equal(r.coMentions[0]?.items, 3);
    assert.ok(!r.coMentions.some((e) => e.id === MINISTER));
    assert.equal(r.stories.reduce((n, s) => n + s.items, 0), 3);
    assert.deepEqual(r.items.map((i) => i.source), ['de-1', 'nl-1', 'en-1'], 'newest first, undated last');
    assert.equal(r.itemsTotal, 3);
    assert.equal((await report('Hana Moriyama')).resolved.basis, 'person-id');
  });

  it('--top limits the co-occurring entities and items; --json is --format json', async () => {
    const run = await entity('Moriyama', '--json', '--top', '1');
    const r = JSON.parse(run.stdout) as Report;
    assert.equal(r.coMentions.length, 1);
    assert.equal(r.items.length, 1);
  });

  it('--lang matches names of that language only', async () => {
    assert.equal((await report('Maas', '--lang', 'nl')).id, 'loc:river:meuse');
    const run = await entity('Maas', '--lang', 'de');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /no stored entity is named "Maas" in language "de"/);
  });

  it('lists the candidates of an ambiguous name with their ids and exits 1', async () => {
    const run = await entity('Berger');
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /"Berger" names 2 entities/);
    assert.match(run.stderr, /per:anna-berger/);
    assert.match(run.stderr, /per:paul-berger/);
    assert.equal((await report('Anna Berger')).id, 'per:anna-berger');
  });

  it('names the problem for unknown names and for known places nobody mentioned', async () => {
    const unknown = await entity('Atlantis');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /no stored entity is named "Atlantis"/);
    const tokyo = await entity('Tokio');
    assert.equal(tokyo.status, 1);
    assert.match(tokyo.stderr, /Tokyo \(gpe:city:1850147\), but no stored item mentions it/);
    assert.equal((await entity('  ')).status, 2);
    assert.equal((await entity('Luik', '--lang', 'dutch')).status, 2);
  });

  it('prints a readable report', async () => {
    const run = await entity('Moriyama');
    assert.equal(run.status, 0, run.stderr);
    for (const heading of ['names:', 'written as', 'roles:', 'mentions over time:', 'named with:', 'stories:', 'newest items:']) assert.match(run.stdout, new RegExp(heading));
    assert.match(run.stdout, /2025-03-12 +Verteidigungsministerin \(Japan\)/);
    assert.match(run.stdout, /Moriyama {2}← entities\/coref\/surname “Hana Moriyama”/);
  });

  it('events --entity gives the timeline of one entity, named in any language; an ambiguous name lists ids', async () => {
    const run = await cli(['events', '--entity', 'Lüttich', '--db', db, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const events = JSON.parse(run.stdout) as { type: string; actors: { id: string }[]; place: string | null; time: { date: string } | null }[];
    assert.ok(events.length >= 2, 'the meetings in Liège of the Dutch and German reports');
    for (const event of events) assert.ok(event.place === 'Liège' || event.actors.some((a) => a.id === LIEGE), JSON.stringify(event));
    const dated = events.map((e) => e.time?.date ?? null).filter((d): d is string => d !== null);
    assert.deepEqual(dated, [...dated].sort(), 'ordered by when the events happened');
    const person = JSON.parse((await cli(['events', '--entity', MINISTER, '--db', db, '--format', 'json'])).stdout) as { actors: { id: string }[] }[];
    assert.ok(person.length >= 2 && person.every((e) => e.actors.some((a) => a.id === MINISTER)));
    const ambiguous = await cli(['events', '--entity', 'Berger', '--db', db]);
    assert.equal(ambiguous.status, 1);
    assert.match(ambiguous.stderr, /run `dossier events --entity ID`/);
  });
});
