/**
 * The view of one story for people: its label, a few summary sentences with citations, its
 * languages, sources, time span (publication dates only), key entities and chapters. Built at
 * read time from the stored story and its items.
 */
import type { StoredItem, StoryRecord } from '../store/store.js';
import { storyChapters, type Chapter } from './chapters.js';
import { independentReports } from './near-duplicates.js';
import { summaryLines, type SummaryLine } from './summary.js';

/** Key entities shown: the most widely named, about what a reader takes in at a glance. */
export const KEY_ENTITIES = 8;

/** An entity the story's items name. */
export interface KeyEntity {
  id: string;
  name: string;
  /** Items of the story naming it. */
  items: number;
  mentions: number;
}

/** Where a story's items come from. */
export interface StorySource {
  /** Site name, else the host of the item's URL, else the file (or JSONL line) it was read from. */
  name: string;
  items: number;
}

/** What `dossier story` shows. */
export interface StoryView {
  id: string;
  label: string;
  summary: SummaryLine[];
  languages: string[];
  sources: StorySource[];
  /** Agencies named in the items' datelines (ANP, AFP, dpa …), with the items citing each. */
  agencies: StorySource[];
  /** Items, and items once near-duplicates (the same wire copy twice) are counted once. */
  items: number;
  independentReports: number;
  /** Earliest and latest publication date of the items; null when none has one. */
  first: string | null;
  last: string | null;
  /** Items without a publication date (they do not count towards first and last). */
  undated: number;
  entities: KeyEntity[];
  chapters: Chapter[];
}

/** The display name of an item's source (see {@link StorySource.name}). */
export function sourceName(item: Pick<StoredItem, 'fields' | 'url' | 'source'>): string {
  if (item.fields.siteName) return item.fields.siteName;
  if (item.url) {
    try {
      return new URL(item.url).host;
    } catch {
      // not a URL: fall through to the file
    }
  }
  const file = item.source.split(/[\\/]/).pop() ?? item.source;
  return file.replace(/:\d+$/, '');
}

function tally(names: readonly string[]): StorySource[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, items]) => ({ name, items })).sort((a, b) => b.items - a.items || (a.name < b.name ? -1 : 1));
}

/**
 * The entities the items name, most items first (then most mentions, then id); `nameOf`
 * gives display names (else the most frequent surface form is used).
 */
export function keyEntities(items: readonly StoredItem[], nameOf: (id: string) => string | undefined = () => undefined): KeyEntity[] {
  const stats = new Map<string, { items: number; mentions: number; surfaces: Map<string, number> }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const mention of item.mentions) {
      const entry = stats.get(mention.entity) ?? { items: 0, mentions: 0, surfaces: new Map<string, number>() };
      entry.mentions++;
      entry.surfaces.set(mention.text, (entry.surfaces.get(mention.text) ?? 0) + 1);
      if (!seen.has(mention.entity)) entry.items++;
      seen.add(mention.entity);
      stats.set(mention.entity, entry);
    }
  }
  return [...stats]
    .map(([id, entry]) => {
      const surface = [...entry.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? id;
      return { id, name: nameOf(id) ?? surface, items: entry.items, mentions: entry.mentions };
    })
    .sort((a, b) => b.items - a.items || b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}

/**
 * The view of `story` over its `items` (those of `story.itemIds` that exist). Summary sentences
 * are weighted by the share of items naming each entity, so the lines say what the reports
 * have in common.
 * @throws when none of the story's items is given
 */
export function storyView(story: StoryRecord, items: ReadonlyMap<string, StoredItem>, nameOf?: (id: string) => string | undefined): StoryView {
  const members = story.itemIds.flatMap((id) => {
    const item = items.get(id);
    return item ? [item] : [];
  });
  if (members.length === 0) throw new Error(`storyView needs the items of story ${story.id}; read them with store.listItems({ ids: story.itemIds }).`);
  const entities = keyEntities(members, nameOf);
  const share = new Map(entities.map((entity) => [entity.id, entity.items / members.length]));
  const chapters = storyChapters(members);
  const dated = members.filter((item) => item.published?.date);
  return {
    id: story.id,
    label: story.title,
    summary: summaryLines(members, (entity) => share.get(entity) ?? 0),
    languages: story.languages,
    sources: tally(members.map(sourceName)),
    agencies: tally(members.flatMap((item) => [...new Set(item.dateline?.agencies ?? [])])),
    items: members.length,
    independentReports: independentReports(members),
    first: chapters[0]?.first ?? null,
    last: chapters[chapters.length - 1]?.last ?? null,
    undated: members.length - dated.length,
    entities: entities.slice(0, KEY_ENTITIES),
    chapters,
  };
}
