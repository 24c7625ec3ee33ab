/**
 * Warming the costly views after the store changes, while the server is idle: the story list, then
 * the items and merged events of the largest stories, so the first story page opened after an
 * ingest is served from memory. The work is bounded (a few stories, a cap on their items), waits
 * whenever a request is under way, and stops as soon as the store changes again. Nothing warmed can
 * be stale: the views go into the {@link StoreCache}, which drops them all when the change mark moves.
 */
import type { Store } from '../store/store.js';
import type { StoreCache } from './store-cache.js';
import { storyIndex } from './story-filter.js';
import { storyBase, storyEvents } from './story-view.js';

/** Largest stories warmed after a change: the story list shows them first, so they are opened most. */
export const WARM_STORIES = 4;
/**
 * Items of the warmed stories at most, together: a 500-item story merges in 0.25–0.5 s on the
 * 2-core bench machine, so 2,000 items bound a warm-up to about 2 s of work in small steps.
 */
export const WARM_ITEMS = 2_000;
/**
 * Quiet time before each step: no request for this long. Longer than the gaps between the requests
 * of one page load (a few ms), short beside the time an analyst takes to click.
 */
export const WARM_QUIET_MS = 150;
/** How often an idle server asks the store whether another process changed it (a cheap query). */
export const WARM_POLL_MS = 1_000;

/** Counts requests under way, so background work can wait for a quiet moment. */
export class Activity {
  #busy = 0;
  #last = 0;

  /** Notes a request starting; call the returned function when it ends. */
  begin(): () => void {
    this.#busy++;
    this.#last = performance.now();
    return () => {
      this.#busy--;
      this.#last = performance.now();
    };
  }

  /** Whether no request is under way and none ended in the last `ms` milliseconds. */
  quietFor(ms: number): boolean {
    return this.#busy === 0 && performance.now() - this.#last >= ms;
  }
}

/** Background warming of one cache; {@link stop} before closing the store. */
export class ViewWarmer {
  readonly #store: Store;
  readonly #cache: StoreCache;
  readonly #activity: Activity;
  #stopped = false;
  #running: Promise<void> | null = null;
  #poll: NodeJS.Timeout | null = null;
  /** Stories warmed by the last finished run (for tests and benchmarks). */
  warmed: string[] = [];
  /** Runs finished (for tests and benchmarks: a change is warmed once this grows). */
  finished = 0;

  /** Warms `cache` of `store` whenever it is dropped, while `activity` is quiet. */
  constructor(store: Store, cache: StoreCache, activity: Activity) {
    this.#store = store;
    this.#cache = cache;
    this.#activity = activity;
    cache.onChange(() => this.#schedule());
  }

  /** Also notice writes by other processes: ask for the change mark every `ms` while idle. */
  poll(ms = WARM_POLL_MS): void {
    if (this.#poll || this.#stopped) return;
    this.#poll = setInterval(() => {
      if (!this.#running && this.#activity.quietFor(WARM_QUIET_MS)) this.#cache.sync().catch(() => this.stop());
    }, ms);
    this.#poll.unref();
  }

  /** Resolves when the current warm-up (if any) has finished or given up. */
  async settled(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /** Stops polling and warming; the views already kept stay. */
  stop(): void {
    this.#stopped = true;
    if (this.#poll) clearInterval(this.#poll);
    this.#poll = null;
  }

  #schedule(): void {
    if (this.#stopped || this.#running) return;
    // A run in progress notices the new generation at its next step and starts over.
    this.#running = this.#run().finally(() => {
      this.#running = null;
    });
  }

  /** Waits until the server has been quiet; false when the store changed meanwhile or warming stopped. */
  async #quiet(generation: number): Promise<boolean> {
    while (!this.#activity.quietFor(WARM_QUIET_MS)) {
      if (this.#stopped || this.#cache.generation !== generation) return false;
      await new Promise((resolve) => setTimeout(resolve, WARM_QUIET_MS));
    }
    return !this.#stopped && this.#cache.generation === generation;
  }

  async #run(): Promise<void> {
    let generation = -1;
    // Start over while the store keeps changing under the run.
    while (!this.#stopped && generation !== this.#cache.generation) {
      generation = this.#cache.generation;
      const done: string[] = [];
      try {
        if (!(await this.#quiet(generation))) continue;
        const index = await storyIndex(this.#store, this.#cache);
        let items = 0;
        for (const story of index.stories.slice(0, WARM_STORIES)) {
          // Largest first: a story over the budget is left to its first request, smaller ones may fit.
          if (items + story.itemIds.length > WARM_ITEMS) continue;
          items += story.itemIds.length;
          if (!(await this.#quiet(generation))) break;
          const base = await storyBase(this.#store, this.#cache, story.id);
          if (!base || !(await this.#quiet(generation))) break;
          await storyEvents(this.#store, this.#cache, base);
          done.push(story.id);
        }
      } catch {
        // A failed view is not kept (see StoreCache.get); the request that needs it computes it and reports the error.
        return;
      }
      if (generation === this.#cache.generation) {
        this.warmed = done;
        this.finished++;
      }
    }
  }
}
