/**
 * A mutual-exclusion lock within one process: callers of {@link Mutex.run} run one after
 * another, in call order. Used where a store has a single connection (SQLite, PGlite) and so
 * only callers in the same process can contend.
 */

/** A lock whose holders run their functions one at a time. */
export class Mutex {
  #tail: Promise<unknown> = Promise.resolve();

  /**
   * Runs `fn` once every earlier caller's function has settled; resolves or rejects as `fn` does.
   * A rejected function does not block the callers after it.
   */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(fn, fn);
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
