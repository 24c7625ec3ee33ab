/**
 * Views derived from the store (the story list, merged events of a story, the entity list), kept
 * in memory until the store changes. Each read asks the store for its change mark (a cheap
 * query, see `Store.changeMark`); when the mark moved, by this server's writes or another
 * process's, every kept view is dropped.
 */
import type { Store } from '../store/store.js';

/**
 * Views kept at most: the few shared lists plus the stories and entities an analyst moves
 * between in one sitting. A 500-item story's view is about a megabyte, so this bounds the cache
 * to tens of megabytes.
 */
export const CACHED_VIEWS = 64;

/**
 * Values kept across store changes by {@link StoreCache.lasting}: the merged timelines of the
 * stories read most recently (a 500-item story's is about 300 KB).
 */
export const LASTING_VIEWS = 16;

/** A cache of views of one store, valid while the store's change mark stays the same. */
export class StoreCache {
  readonly #store: Store;
  readonly #max: number;
  #mark: string | null = null;
  #generation = 0;
  readonly #views = new Map<string, Promise<unknown>>();
  readonly #listeners: (() => void)[] = [];
  readonly #lasting = new Map<string, Promise<unknown>>();

  /** A cache over `store` holding at most `max` views. */
  constructor(store: Store, max = CACHED_VIEWS) {
    this.#store = store;
    this.#max = max;
  }

  /**
   * The view `key`, computed by `compute` unless kept from an earlier call since the store last
   * changed. Concurrent calls for one key share one computation; a failed one is not kept.
   */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    await this.sync();
    const kept = this.#views.get(key);
    if (kept) {
      // Most recently used last, so eviction takes the least recently used.
      this.#views.delete(key);
      this.#views.set(key, kept);
      return kept as Promise<T>;
    }
    const view = compute();
    this.#views.set(key, view);
    view.catch(() => {
      if (this.#views.get(key) === view) this.#views.delete(key);
    });
    while (this.#views.size > this.#max) this.#views.delete(this.#views.keys().next().value as string);
    return view;
  }

  /**
   * A value kept across store changes, for keys that name everything the value depends on (a
   * digest of its inputs): `compute` runs only for a key not seen among the last
   * {@link LASTING_VIEWS}. Concurrent calls for one key share one computation; a failed one is not kept.
   */
  async lasting<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.#lasting.get(key);
    if (kept) {
      this.#lasting.delete(key);
      this.#lasting.set(key, kept);
      return kept as Promise<T>;
    }
    const value = compute();
    this.#lasting.set(key, value);
    value.catch(() => {
      if (this.#lasting.get(key) === value) this.#lasting.delete(key);
    });
    while (this.#lasting.size > LASTING_VIEWS) this.#lasting.delete(this.#lasting.keys().next().value as string);
    return value;
  }

  /**
   * Asks the store for its change mark and drops every view when it moved; answers whether it did.
   * Reads call it; so may an idle server, to notice writes of other processes.
   */
  async sync(): Promise<boolean> {
    const mark = await this.#store.changeMark();
    if (mark === this.#mark) return false;
    this.#views.clear();
    this.#mark = mark;
    this.#changed();
    return true;
  }

  /** Drops every view (after a write of this server, whose mark change the next read would also see). */
  clear(): void {
    this.#views.clear();
    this.#mark = null;
    this.#changed();
  }

  /** Counts store states seen: it grows whenever the views are dropped, so work for an older state can tell it is stale. */
  get generation(): number {
    return this.#generation;
  }

  /** Calls `listener` (synchronously) each time the views are dropped because the store changed. */
  onChange(listener: () => void): void {
    this.#listeners.push(listener);
  }

  #changed(): void {
    this.#generation++;
    for (const listener of this.#listeners) listener();
  }
}
