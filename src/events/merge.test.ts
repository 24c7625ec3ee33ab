import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActorRole, EventMention, Modality, Precision } from '../pipeline/types.js';
import { mergeEvents, type EventInput } from './merge.js';

function input(
  itemId: string,
  type: string,
  actors: [string, ActorRole][],
  options: { date?: string; precision?: Precision; start?: number; modality?: Modality; place?: string; killed?: number } = {},
): EventInput {
  const event: EventMention = {
    type,
    actors: actors.map(([entity, role]) => ({ entity, role })),
    place: options.place ?? null,
    time: options.date ? { date: options.date, precision: options.precision ?? 'day' } : null,
    modality: options.modality ?? 'happened',
    sentence: `${itemId} sentence ${options.start ?? 0}`,
    start: options.start ?? 0,
    provenance: { certainty: 'inferred', rule: `events/en/${type}/test` },
  };
  if (options.killed !== undefined) event.casualties = { killed: options.killed, injured: null };
  return { itemId, source: `${itemId}.txt`, index: 0, event };
}

const NAMES: Record<string, string> = { 'gpe:US': 'United States', 'gpe:JP': 'Japan', 'gpe:CN': 'China', 'gpe:RU': 'Russia', 'gpe:city:tokyo': 'Tokyo' };
const name = (id: string): string => NAMES[id] ?? id;

describe('mergeEvents', () => {
  it('joins reports of one event across items and languages', () => {
    const groups = mergeEvents(
      [
        input('nl-1', 'meet', [['gpe:US', 'agent'], ['gpe:JP', 'counterpart']], { date: '2024-04-10', place: 'gpe:city:tokyo' }),
        input('de-2', 'meet', [['gpe:JP', 'agent'], ['gpe:US', 'counterpart']], { date: '2024-04', precision: 'month' }),
        input('de-3', 'meet', [['gpe:US', 'agent'], ['gpe:JP', 'agent']]),
      ],
      name,
    );
    assert.equal(groups.length, 1);
    const [group] = groups;
    assert.equal(group?.type, 'meet');
    assert.deepEqual(group?.actors, [{ id: 'gpe:JP', name: 'Japan' }, { id: 'gpe:US', name: 'United States' }]);
    assert.equal(group?.place, 'Tokyo');
    assert.deepEqual(group?.time, { date: '2024-04-10', precision: 'day' });
    assert.deepEqual(group?.evidence.map((e) => e.source), ['de-2.txt', 'de-3.txt', 'nl-1.txt']);
    assert.match(group?.id ?? '', /^e[0-9a-f]{12}$/u);
  });

  it('keeps events of other types, other days or other actors apart', () => {
    const groups = mergeEvents(
      [
        input('a', 'meet', [['gpe:US', 'agent'], ['gpe:JP', 'counterpart']], { date: '2024-04-10' }),
        input('b', 'meet', [['gpe:US', 'agent'], ['gpe:JP', 'counterpart']], { date: '2024-05-02' }),
        input('c', 'agree', [['gpe:US', 'agent'], ['gpe:JP', 'agent']], { date: '2024-04-10' }),
        input('d', 'meet', [['gpe:US', 'agent'], ['gpe:CN', 'counterpart']], { date: '2024-04-10' }),
      ],
      name,
    );
    assert.equal(groups.length, 4);
  });

  it('joins on the same agent and target even with one actor each side', () => {
    const groups = mergeEvents(
      [input('a', 'attack', [['gpe:RU', 'agent'], ['gpe:city:kyiv', 'target']], { killed: 4 }), input('b', 'attack', [['gpe:RU', 'agent'], ['gpe:city:kyiv', 'target']], { killed: 9 })],
      name,
    );
    assert.equal(groups.length, 1);
    assert.deepEqual(groups[0]?.casualties, { killed: 9, injured: null });
  });

  it('does not join an undated agreement of named leaders to a dated one of the same two countries', () => {
    const groups = mergeEvents(
      [
        input('treaty', 'agree', [['gpe:US', 'agent'], ['gpe:JP', 'agent']], { date: '1960', precision: 'year' }),
        input('deal', 'agree', [['gpe:US', 'agent'], ['per:a', 'agent'], ['gpe:JP', 'agent'], ['per:b', 'agent']]),
        input('deal-2', 'agree', [['per:a', 'agent'], ['per:b', 'agent']], { start: 40 }),
      ],
      name,
    );
    assert.deepEqual(groups.map((g) => g.evidence.map((e) => e.source)), [['treaty.txt'], ['deal.txt', 'deal-2.txt']]);
  });

  it('lists caption evidence (negative offsets) after the article sentences of an item', () => {
    const [group] = mergeEvents(
      [input('a', 'meet', [['per:a', 'agent'], ['per:b', 'counterpart']], { start: -1, date: '2024-04-16' }), input('a', 'meet', [['per:a', 'agent'], ['per:b', 'counterpart']], { start: 120 })],
      name,
    );
    assert.deepEqual(group?.evidence.map((e) => e.sentence), ['a sentence 120', 'a sentence -1']);
  });

  it('does not join on a single shared actor', () => {
    assert.equal(mergeEvents([input('a', 'announce', [['gpe:JP', 'agent']]), input('b', 'announce', [['gpe:JP', 'agent']])], name).length, 2);
  });

  it('keeps a negated report apart from a positive one and prefers happened over planned', () => {
    const groups = mergeEvents(
      [
        input('a', 'meet', [['gpe:US', 'agent'], ['gpe:CN', 'counterpart']], { modality: 'planned' }),
        input('b', 'meet', [['gpe:US', 'agent'], ['gpe:CN', 'counterpart']], { modality: 'happened' }),
        input('c', 'meet', [['gpe:US', 'agent'], ['gpe:CN', 'counterpart']], { modality: 'negated' }),
      ],
      name,
    );
    assert.deepEqual(groups.map((g) => [g.modality, g.evidence.length]).sort(), [['happened', 2], ['negated', 1]]);
  });

  it('does not chain two dated events through an undated report', () => {
    const groups = mergeEvents(
      [
        input('a', 'meet', [['gpe:US', 'agent'], ['gpe:JP', 'counterpart']], { date: '2024-01-05' }),
        input('b', 'meet', [['gpe:US', 'agent'], ['gpe:JP', 'counterpart']]),
        input('c', 'meet', [['gpe:US', 'agent'], ['gpe:JP', 'counterpart']], { date: '2024-03-09' }),
      ],
      name,
    );
    assert.equal(groups.length, 2);
    assert.deepEqual(groups.map((g) => g.evidence.length), [2, 1]);
  });

  it('orders by time with unknown times last, and does not depend on input order', () => {
    const inputs = [
      input('x', 'agree', [['gpe:US', 'agent'], ['gpe:RU', 'agent']]),
      input('y', 'meet', [['gpe:US', 'agent'], ['gpe:JP', 'counterpart']], { date: '2024-06-01' }),
      input('z', 'meet', [['gpe:CN', 'agent'], ['gpe:RU', 'counterpart']], { date: '2024-02-01' }),
    ];
    const forward = mergeEvents(inputs, name);
    const backward = mergeEvents([...inputs].reverse(), name);
    assert.deepEqual(forward.map((g) => g.time?.date ?? null), ['2024-02-01', '2024-06-01', null]);
    assert.deepEqual(backward, forward);
  });

  it('joins events without actors on their place when both are dated', () => {
    const groups = mergeEvents(
      [
        input('a', 'disaster', [], { place: 'gpe:city:tokyo', date: '2024-11-18' }),
        input('b', 'disaster', [], { place: 'gpe:city:tokyo', date: '2024-11-18' }),
        input('c', 'disaster', [], { place: 'gpe:city:tokyo' }),
      ],
      name,
    );
    assert.deepEqual(groups.map((g) => g.evidence.length), [2, 1]);
  });
});

describe('mergeEvents: places and publication dates', () => {
  it('keeps events at different stated places apart', () => {
    const groups = mergeEvents(
      [
        input('a', 'attack', [['gpe:RU', 'agent'], ['gpe:UA', 'target']], { place: 'gpe:city:kyiv' }),
        input('b', 'attack', [['gpe:RU', 'agent'], ['gpe:UA', 'target']], { place: 'gpe:city:odesa' }),
        input('c', 'attack', [['gpe:RU', 'agent'], ['gpe:UA', 'target']]),
      ],
      name,
    );
    assert.deepEqual(groups.map((g) => g.evidence.length), [2, 1]);
  });

  it('keeps undated reports published far apart separate', () => {
    const near = { ...input('a', 'attack', [['gpe:RU', 'agent'], ['gpe:UA', 'target']]), published: '2025-03-01T08:00:00Z' };
    const close = { ...input('b', 'attack', [['gpe:RU', 'agent'], ['gpe:UA', 'target']]), published: '2025-03-02' };
    const far = { ...input('c', 'attack', [['gpe:RU', 'agent'], ['gpe:UA', 'target']]), published: '2025-03-20' };
    assert.deepEqual(mergeEvents([near, close, far], name).map((g) => g.evidence.length), [2, 1]);
  });
});

/** A reproducible pseudo-random sequence (mulberry32), so the generated reports are the same each run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` generated reports over a small world: few types, places and days, and ten actors (or
 * `extraActors` more, for a story with a larger cast), so many of them coincide.
 */
function generated(count: number, seed: number, extraActors = 0): EventInput[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const types = ['meet', 'agree', 'attack', 'urge', 'fire'];
  const actors = ['gpe:US', 'gpe:JP', 'gpe:CN', 'gpe:RU', 'gpe:KR', 'per:a', 'per:b', 'per:c', 'org:x', 'org:y', ...Array.from({ length: extraActors }, (_, i) => `per:extra-${i}`)];
  const roles: ActorRole[] = ['agent', 'counterpart', 'target'];
  const dates: (string | undefined)[] = [undefined, undefined, '2024-04-10', '2024-04', '2024-04-16', '2024-07-28', '2024', '2023-01-02'];
  const places: (string | undefined)[] = [undefined, undefined, 'gpe:city:tokyo', 'gpe:city:seoul'];
  const modalities: Modality[] = ['happened', 'happened', 'planned', 'reported', 'negated'];
  return Array.from({ length: count }, (_, i) => {
    const n = Math.floor(next() * 4);
    const chosen = Array.from({ length: n }, () => [pick(actors), pick(roles)] as [string, ActorRole]);
    const date = pick(dates);
    const options: Parameters<typeof input>[3] = { start: i * 10, modality: pick(modalities) };
    if (date) {
      options.date = date;
      options.precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
    }
    const place = pick(places);
    if (place) options.place = place;
    const made = input(`item-${Math.floor(next() * count / 3)}`, pick(types), chosen, options);
    made.published = `2024-0${1 + Math.floor(next() * 8)}-1${Math.floor(next() * 9)}`;
    return made;
  });
}

describe('mergeEvents blocking', () => {
  it('gives exactly the groups of the exhaustive comparison, on generated reports', () => {
    for (const [seed, extra] of [[1, 0], [2, 0], [3, 20], [4, 50]] as const) {
      const events = generated(400, seed, extra);
      const blocked = mergeEvents(events, name);
      assert.deepEqual(blocked, mergeEvents(events, name, { exhaustive: true }), `seed ${seed}`);
      assert.ok(blocked.length < events.length, 'the generated reports do coincide');
    }
  });
});
