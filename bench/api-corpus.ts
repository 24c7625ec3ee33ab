/**
 * The store `npm run bench:api` measures: SYNTHETIC items from the story benchmark's generator
 * (`syntheticCorpus` in src/stories/benchmark.ts: invented names and words, no real news), each
 * stored as its own document through the ordinary `Store.addDocument`, with the generator's
 * true events as the stories (clustering 100,000 items is `npm run bench:stories`' subject, not
 * this one's). Every item gets one synthetic `meet` event between its first two actors, so
 * event lists and story timelines have something to merge.
 */
import { createHash } from 'node:crypto';
import type { Entity, EntityType, EventMention, Item } from '../src/pipeline/types.js';
import { syntheticCorpus } from '../src/stories/benchmark.js';
import { itemId, type DocumentRecord, type Store, type StoryRecord } from '../src/store/store.js';

/** Arrival rate of the synthetic items, as in `npm run bench:stories` (a mid-sized deployment). */
export const BENCH_ITEMS_PER_DAY = 150;
/** Capture time of every synthetic document (after every generated publication date). */
const CAPTURED_AT = '2026-01-01T00:00:00Z';

/** What was stored: counts, and words and ids the measurements draw their queries from. */
export interface BenchCorpus {
  items: number;
  stories: number;
  /** Words of item titles, for search queries. */
  words: string[];
  /** Place names of item titles: a few are in a large share of all items (the popular countries). */
  placeNames: string[];
  /** The place name found in most sampled titles (about 60% of all items): the worst case for ranking. */
  commonPlaceName: string;
  /** Ids of stored stories and entities, for the detail endpoints. */
  storyIds: string[];
  entityIds: string[];
}

function entitiesOf(item: Item): Entity[] {
  const byId = new Map<string, Entity>();
  const lang = item.lang?.code ?? 'und';
  for (const m of item.mentions) {
    const known = byId.get(m.entity);
    if (known) continue;
    byId.set(m.entity, { id: m.entity, type: m.type as EntityType, name: m.text, names: { [lang]: [m.text] } });
  }
  return [...byId.values()];
}

function syntheticEvent(item: Item): EventMention[] {
  const people = [...new Set(item.mentions.filter((m) => m.type === 'PER').map((m) => m.entity))];
  const place = item.mentions.find((m) => m.type === 'GPE')?.entity ?? null;
  if (people.length < 2) return [];
  const end = item.text.indexOf('.') + 1;
  const offset = item.title ? item.title.length + 2 : 0;
  return [{
    type: 'meet',
    actors: [{ entity: people[0] as string, role: 'agent' }, { entity: people[1] as string, role: 'counterpart' }],
    place,
    time: item.published?.date ? { date: item.published.date.slice(0, 10), precision: 'day' } : null,
    modality: 'happened',
    sentence: item.text.slice(0, end),
    start: offset,
    provenance: { certainty: 'inferred', rule: 'bench/synthetic' },
  }];
}

/** Fills `store` (empty, migrated) with about `count` synthetic items and their stories; `progress` hears every 10,000. */
export async function buildBenchStore(store: Store, count: number, progress: (stored: number) => void = () => {}): Promise<void> {
  const corpus = syntheticCorpus(count, 1, BENCH_ITEMS_PER_DAY);
  const stored = new Map<string, string>();
  for (const sample of corpus.items) {
    const hash = createHash('sha256').update(`dossier-bench-api:${sample.id}`).digest('hex');
    const item: Item = { ...sample, id: null, source: `synthetic/${sample.id}`, documentHash: hash, capturedAt: CAPTURED_AT };
    item.events = syntheticEvent(item);
    const document: DocumentRecord = { hash, source: item.source, mediaType: 'text/plain', url: null, capturedAt: CAPTURED_AT, captureBasis: 'option', encoding: 'utf-8', size: item.text.length, messages: [] };
    await store.addDocument(document, [item], entitiesOf(item));
    stored.set(sample.id, itemId(hash, 0));
    if (stored.size % 10_000 === 0) progress(stored.size);
  }
  const groups = new Map<number, typeof corpus.items>();
  for (const sample of corpus.items) {
    const event = corpus.truth.get(sample.id) ?? -1;
    const group = groups.get(event);
    if (group) group.push(sample);
    else groups.set(event, [sample]);
  }
  const stories: StoryRecord[] = [...groups.entries()].map(([event, members]) => {
    const times = members.map((m) => m.published?.date ?? CAPTURED_AT).sort();
    return {
      id: `sbench${event}`,
      title: members[0]?.title ?? `event ${event}`,
      languages: [...new Set(members.map((m) => m.lang?.code ?? 'und'))].sort(),
      first: times[0] ?? null,
      last: times[times.length - 1] ?? null,
      itemIds: members.map((m) => stored.get(m.id) as string),
    };
  });
  await store.replaceStories(stories);
}

/** Words, story ids and entity ids of a built store, for the measured queries. */
export async function benchCorpusOf(store: Store): Promise<BenchCorpus> {
  const counts = await store.counts();
  const words = new Set<string>();
  const placeNames = new Set<string>();
  const placeCounts = new Map<string, number>();
  for (const item of await store.listItems({ limit: 500 })) {
    const title = (item.title ?? '').split(' ');
    for (const w of title.slice(2)) words.add(w);
    if (title[1]) placeNames.add(title[1]);
    if (title[1]) placeCounts.set(title[1], (placeCounts.get(title[1]) ?? 0) + 1);
  }
  const stories = await store.listStories();
  return {
    items: counts.items,
    stories: counts.stories,
    words: [...words],
    placeNames: [...placeNames],
    commonPlaceName: [...placeCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '',
    storyIds: stories.filter((_, i) => i % 7 === 0).map((s) => s.id),
    entityIds: (await store.listEntities({ limit: 2000 })).map((e) => e.id),
  };
}
