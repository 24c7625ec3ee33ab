/**
 * Cross-document date inference end to end, on two captures written for this test (invented people
 * and events): an undated Dutch article dates a signing "op 3 mei" without a year; an undated German
 * article reports the same meeting without a date and dates a later visit "am 9. Mai 2023". Ingested
 * alone, the Dutch article keeps its year open (never the capture time's); ingested with the German
 * one, the story dates the meeting 2023-05-03, marked inferred with its evidence chain.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cli, tempDir } from '../helpers/cli.js';

const DUTCH = `Hart en Diallo tekenen havenakkoord in Dakar
DAKAR - Premier Lena Hart van Noorwegen en president Omar Diallo van Senegal ondertekenen het nieuwe havenakkoord op 3 mei in Dakar, meldt een Noorse krant. Hart ontmoet Diallo die dag voor een werkdiner in het presidentieel paleis.
Het akkoord moet de visserij tussen Noorwegen en Senegal verbeteren. Noorwegen wil de haven van Dakar moderniseren.
`;

const GERMAN = `Norwegens Regierungschefin besucht Werft in Senegal
Die norwegische Ministerpräsidentin Lena Hart besichtigte eine Werft in Dakar und lobte die Zusammenarbeit zwischen Norwegen und Senegal beim Hafenausbau.
Der Besuch folgte auf ein Treffen von Lena Hart mit Präsident Omar Diallo in Dakar, bei dem beide über die Fischerei und den Hafen von Dakar sprachen.
Lena Hart spricht während ihres Besuchs auf der Werft in Dakar, Senegal, am 9. Mai 2023. Foto: Archiv
`;

const CAPTURED = '2026-11-20T10:00:00Z';

interface EventJson {
  type: string;
  actors: { id: string }[];
  time: { date: string; precision: string; provenance?: { certainty: string; rule: string; evidence?: string } } | null;
  open: { text: string; date: string; precision: string } | null;
  evidence: { source: string; sentence: string }[];
}

async function eventsOf(dir: string, files: Record<string, string>): Promise<EventJson[]> {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const db = join(dir, 'store.db');
  const run = await cli(['ingest', ...Object.keys(files).map((name) => join(dir, name)), '--db', db, '--captured-at', CAPTURED]);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse((await cli(['events', '--db', db, '--format', 'json'])).stdout) as EventJson[];
}

const meeting = (events: EventJson[]): EventJson | undefined =>
  events.find((e) => e.type === 'meet' && ['per:lena-hart', 'per:omar-diallo'].every((id) => e.actors.some((a) => a.id === id)) && e.evidence.some((x) => x.source.endsWith('nl.txt')));

describe('cross-document dates, end to end', () => {
  const alone = tempDir();
  const both = tempDir();
  after(() => {
    alone.cleanup();
    both.cleanup();
  });

  it('alone, an undated article keeps the year of "op 3 mei" open', async () => {
    const events = await eventsOf(alone.dir, { 'nl.txt': DUTCH });
    const found = meeting(events);
    assert.ok(found, JSON.stringify(events));
    assert.equal(found.time, null);
    assert.deepEqual(found.open, { text: '3 mei', date: '--05-03', precision: 'day' });
    for (const e of events) assert.ok(!e.time || !e.time.date.startsWith('2026'), `no date from the capture year: ${JSON.stringify(e.time)}`);
  });

  it('with a report of the same meeting in a dated article, the story dates it, inferred, with the chain', async () => {
    const events = await eventsOf(both.dir, { 'nl.txt': DUTCH, 'de.txt': GERMAN });
    const found = meeting(events);
    assert.ok(found, JSON.stringify(events));
    assert.equal(found.time?.date, '2023-05-03');
    assert.equal(found.time?.precision, 'day');
    assert.equal(found.time?.provenance?.certainty, 'inferred');
    assert.equal(found.time?.provenance?.rule, 'dates/across/coreferent-report');
    assert.match(found.time?.provenance?.evidence ?? '', /Treffen von Lena Hart mit Präsident Omar Diallo/);
    assert.match(found.time?.provenance?.evidence ?? '', /dates\/across\/anchor\/event · [0-9a-f]{16}:0: “Lena Hart spricht während ihres Besuchs/);
    const visit = events.find((e) => e.time?.date === '2023-05-09');
    assert.ok(visit && !visit.time?.provenance, 'the stated date stays stated');
    assert.ok(events.indexOf(found) < events.indexOf(visit), 'the meeting comes before the visit');
  });
});
