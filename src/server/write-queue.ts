/**
 * One write at a time: ingest and delete each end by recomputing the stories over the whole
 * store, so two of them running at once would only repeat that work and race on the partition.
 */
import { Mutex } from '../store/mutex.js';

/** Runs each job after the previous one has settled; a failed job does not stop the next. */
export type WriteQueue = <T>(job: () => Promise<T>) => Promise<T>;

/** A new, empty write queue (a {@link Mutex} whose holders are the jobs). */
export function writeQueue(): WriteQueue {
  const mutex = new Mutex();
  return <T>(job: () => Promise<T>): Promise<T> => mutex.run(job);
}
