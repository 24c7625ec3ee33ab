/**
 * One write at a time: ingest and delete each end by recomputing the stories over the whole
 * store, so two of them running at once would only repeat that work and race on the partition.
 */

/** Runs each job after the previous one has settled; a failed job does not stop the next. */
export type WriteQueue = <T>(job: () => Promise<T>) => Promise<T>;

/** A new, empty write queue. */
export function writeQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job);
    tail = run.catch(() => undefined);
    return run;
  };
}
