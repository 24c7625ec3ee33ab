/**
 * Filtering and paging the story list, over a {@link StoryIndex} kept in the {@link StoreCache}
 * (the story list with a map from item to stories), so a page of a large store costs no query
 * beyond the change mark. `q`, `entity` and `source` ask the store for the matching items or
 * stories, once per value and store state (paging repeats the question).
 */
import type { Store, StoryRecord } from '../store/store.js';
import type { StoreCache } from './store-cache.js';

/**
 * Items searched for the `q` filter: stories are kept when one of their items is among these
 * best hits. 200 fills eight pages of the story list; each hit costs a snippet in the store's
 * search, so 500 (the first choice) cost twice as much for pages nobody reads.
 */
export const STORY_SEARCH_HITS = 200;

/** The story-list filters, already validated. */
export interface StoryFilter {
  q?: string;
  lang?: string;
  /** Epoch ms: keep stories whose last item is at or after this. */
  from?: number;
  /** Epoch ms: keep stories whose first item is at or before this. */
  to?: number;
  /** Entity id: keep stories with an item mentioning it. */
  entity?: string;
  /** Substring of an item's source (file path or URL), any case. */
  source?: string;
}

/** One row of the story list. */
export interface StorySummary {
  id: string;
  title: string;
  languages: string[];
  first: string | null;
  last: string | null;
  size: number;
}

/** The summary row of a story. */
export function storySummary(story: StoryRecord): StorySummary {
  return { id: story.id, title: story.title, languages: story.languages, first: story.first, last: story.last, size: story.itemIds.length };
}

/** The story list with the stories of each item, built once per store state. */
export interface StoryIndex {
  /** Every story, largest first (the store's order). */
  stories: StoryRecord[];
  /** Stories by id. */
  byId: Map<string, StoryRecord>;
  /** The stories each item belongs to. */
  storiesOfItem: Map<string, StoryRecord[]>;
  /** Epoch ms of each story's first and last time (NaN when unknown), for the date filters. */
  times: Map<string, { first: number; last: number }>;
}

/** The story index of `store`, from `cache` while the store is unchanged. */
export function storyIndex(store: Store, cache: StoreCache): Promise<StoryIndex> {
  return cache.get('story-index', async () => {
    const stories = await store.listStories();
    const storiesOfItem = new Map<string, StoryRecord[]>();
    for (const story of stories) {
      for (const id of story.itemIds) {
        const list = storiesOfItem.get(id);
        if (list) list.push(story);
        else storiesOfItem.set(id, [story]);
      }
    }
    const times = new Map(stories.map((s) => [s.id, { first: s.first ? Date.parse(s.first) : Number.NaN, last: s.last ? Date.parse(s.last) : Number.NaN }]));
    return { stories, byId: new Map(stories.map((s) => [s.id, s])), storiesOfItem, times };
  });
}

function inTime(story: StoryRecord, index: StoryIndex, filter: StoryFilter): boolean {
  if (filter.from === undefined && filter.to === undefined) return true;
  const { first, last } = index.times.get(story.id) ?? { first: Number.NaN, last: Number.NaN };
  if (filter.from !== undefined && !(last >= filter.from)) return false;
  if (filter.to !== undefined && !(first <= filter.to)) return false;
  return true;
}

/**
 * Ids of the items whose source or URL contains `text`, any case, as `Store.itemIdsFromSource`
 * answers, from every item's source read once per store state: asking the store per value scanned
 * the items table each time (41 ms on 100,000 items unloaded, p95 57–158 ms under load); reading all
 * sources costs about 120 ms once, then each value a pass over the strings in memory.
 */
async function itemIdsFromSource(store: Store, cache: StoreCache, text: string): Promise<string[]> {
  const sources = await cache.get('item-sources', async () =>
    (await store.itemSources()).map((s) => ({ id: s.id, source: s.source.toLowerCase(), url: (s.url ?? '').toLowerCase() })),
  );
  const wanted = text.toLowerCase();
  return sources.filter((s) => s.source.includes(wanted) || s.url.includes(wanted)).map((s) => s.id);
}

/** The stories matching every given filter, in the store's order (largest first). */
export async function filterStories(store: Store, cache: StoreCache, index: StoryIndex, filter: StoryFilter): Promise<StoryRecord[]> {
  let stories = index.stories;
  if (filter.from !== undefined || filter.to !== undefined || filter.lang) stories = stories.filter((s) => inTime(s, index, filter) && (!filter.lang || s.languages.includes(filter.lang)));
  const keep = (ids: Iterable<string>): void => {
    const wanted = new Set(ids);
    stories = stories.filter((s) => wanted.has(s.id));
  };
  // Kept per words and per entity: paging through a filtered list asks the same question again.
  const { q, entity } = filter;
  if (q) {
    keep(await cache.get(`stories-matching:${q}`, async () => (await store.search(q, { limit: STORY_SEARCH_HITS })).flatMap((h) => (index.storiesOfItem.get(h.itemId) ?? []).map((s) => s.id))));
  }
  if (entity) keep(await cache.get(`stories-mentioning:${entity}`, async () => (await store.storiesMentioning(entity)).map((m) => m.story.id)));
  const { source } = filter;
  if (source) keep(await cache.get(`stories-from:${source}`, async () => (await itemIdsFromSource(store, cache, source)).flatMap((id) => (index.storiesOfItem.get(id) ?? []).map((s) => s.id))));
  return stories;
}
