/**
 * Filtering and paging the story list. Composed from the Store's list methods: the store has no
 * story query by entity or source yet, so those filters read the stories' items (fine for a
 * desk-sized store; see docs/server.md for the method a large store would need).
 */
import type { Store, StoryRecord } from '../store/store.js';

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

function inTime(story: StoryRecord, filter: StoryFilter): boolean {
  const last = story.last ? Date.parse(story.last) : Number.NaN;
  const first = story.first ? Date.parse(story.first) : Number.NaN;
  if (filter.from !== undefined && !(last >= filter.from)) return false;
  if (filter.to !== undefined && !(first <= filter.to)) return false;
  return true;
}

/** The stories matching every given filter, in the store's order (largest first). */
export async function filterStories(store: Store, filter: StoryFilter): Promise<StoryRecord[]> {
  let stories = (await store.listStories()).filter((s) => inTime(s, filter) && (!filter.lang || s.languages.includes(filter.lang)));
  if (filter.q) {
    const hits = new Set((await store.search(filter.q, { limit: STORY_SEARCH_HITS })).map((h) => h.itemId));
    stories = stories.filter((s) => s.itemIds.some((id) => hits.has(id)));
  }
  if (filter.entity || filter.source) {
    const wanted = new Set(stories.flatMap((s) => s.itemIds));
    const items = await store.listItems({ ids: [...wanted] });
    const source = filter.source?.toLowerCase();
    const keep = new Set(
      items
        .filter((item) => (!filter.entity || item.mentions.some((m) => m.entity === filter.entity)) && (!source || item.source.toLowerCase().includes(source)))
        .map((item) => item.id),
    );
    stories = stories.filter((s) => s.itemIds.some((id) => keep.has(id)));
  }
  return stories;
}
