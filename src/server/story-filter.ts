/**
 * Filtering and paging the story list, over a {@link StoryIndex} kept in the {@link StoreCache}
 * (the story list with a map from item to stories), so a page of a large store costs no query
 * beyond the change mark. `entity` asks the store for the stories mentioning it; `source` reads
 * the candidate stories' items (the store has no query by source; see docs/server.md).
 */
import type { Store, StoryRecord } from '../store/store.js';
import type { StoreCache } from './store-cache.js';

/** Items searched for the `q` filter: stories are kept when one of their items is among these hits. */
export const STORY_SEARCH_HITS = 500;

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
  /** Substring of an item's source (file path or URL). */
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
    return { stories, byId: new Map(stories.map((s) => [s.id, s])), storiesOfItem };
  });
}

function inTime(story: StoryRecord, filter: StoryFilter): boolean {
  const last = story.last ? Date.parse(story.last) : Number.NaN;
  const first = story.first ? Date.parse(story.first) : Number.NaN;
  if (filter.from !== undefined && !(last >= filter.from)) return false;
  if (filter.to !== undefined && !(first <= filter.to)) return false;
  return true;
}

/** The stories matching every given filter, in the store's order (largest first). */
export async function filterStories(store: Store, index: StoryIndex, filter: StoryFilter): Promise<StoryRecord[]> {
  let stories = index.stories;
  if (filter.from !== undefined || filter.to !== undefined || filter.lang) stories = stories.filter((s) => inTime(s, filter) && (!filter.lang || s.languages.includes(filter.lang)));
  const keep = (ids: Iterable<string>): void => {
    const wanted = new Set(ids);
    stories = stories.filter((s) => wanted.has(s.id));
  };
  if (filter.q) {
    const hits = await store.search(filter.q, { limit: STORY_SEARCH_HITS });
    keep(hits.flatMap((h) => (index.storiesOfItem.get(h.itemId) ?? []).map((s) => s.id)));
  }
  if (filter.entity) keep((await store.storiesMentioning(filter.entity)).map((m) => m.story.id));
  if (filter.source) {
    const source = filter.source.toLowerCase();
    const items = await store.listItems({ ids: [...new Set(stories.flatMap((s) => s.itemIds))] });
    keep(items.filter((item) => item.source.toLowerCase().includes(source)).flatMap((item) => (index.storiesOfItem.get(item.id) ?? []).map((s) => s.id)));
  }
  return stories;
}
