/**
 * The stage interface. A stage reads an {@link Item} and adds fields to it, each with its
 * provenance. Stages form an ordered list held as data ({@link import('./stages.js').DEFAULT_STAGES}).
 */
import type { Item } from './types.js';

/** What every stage may read besides the item itself. */
export interface StageContext {
  /** The capture time of the item's raw document (ISO 8601): the reference for relative dates. */
  readonly referenceTime: string;
}

/** One step of the per-item pipeline. */
export interface Stage {
  /** Short stable name, used in provenance rules and in `stage/failed` messages. */
  readonly name: string;
  /** Adds this stage's fields to the item. Must not throw on bad data: attach messages instead. */
  run(item: Item, context: StageContext): void;
}
