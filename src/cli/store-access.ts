/**
 * Opening the store for a command and reading the views several commands share.
 */
import { mergeEvents, type EventGroup } from '../events/index.js';
import { openStore } from '../store/open.js';
import type { Store, StoredEvent, StoredItem } from '../store/store.js';
import type { CliIO } from './io.js';

/** Opens the store at `target`, runs `fn`, and always closes the store. */
export async function withStore<T>(target: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(target);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** All stored items by id. */
export async function itemsById(store: Store, ids?: string[]): Promise<Map<string, StoredItem>> {
  const items = await store.listItems(ids ? { ids } : {});
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Events of the given items (all items when omitted), merged across items and ordered by time;
 * only the event mentions `keep` accepts when it is given (e.g. those an entity takes part in).
 */
export async function eventGroups(store: Store, itemIds?: string[], keep?: (event: StoredEvent) => boolean): Promise<EventGroup[]> {
  const listed = await store.listEvents(itemIds ? { itemIds } : {});
  const events = keep ? listed.filter(keep) : listed;
  const items = await itemsById(store, [...new Set(events.map((e) => e.itemId))]);
  const ids = new Set<string>();
  for (const event of events) {
    for (const actor of event.actors) ids.add(actor.entity);
    if (event.place) ids.add(event.place);
  }
  const names = new Map((await store.getEntities([...ids])).map((entity) => [entity.id, entity.name]));
  return mergeEvents(
    events.map((event) => {
      const item = items.get(event.itemId);
      return { itemId: event.itemId, source: item?.source ?? event.itemId, index: item?.index ?? 0, published: item?.published?.date ?? null, event };
    }),
    (id) => names.get(id) ?? id,
  );
}

/**
 * The item ids a `--story ID` option limits a listing to: undefined when no story was named; null,
 * after an error naming the id on stderr, when there is no such story.
 */
export async function storyScope(store: Store, storyId: string | undefined, io: CliIO): Promise<string[] | undefined | null> {
  if (!storyId) return undefined;
  const story = await store.getStory(storyId);
  if (story) return story.itemIds;
  io.stderr.write(`error: no story with id "${storyId}"; \`dossier stories\` lists the ids\n`);
  return null;
}
