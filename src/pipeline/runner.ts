/**
 * Runs the ordered list of stages over items. A stage that throws does not stop the batch:
 * the item gets a `stage/failed` message naming the stage, and the next stage runs.
 */
import { message } from './codes.js';
import type { Stage } from './stage.js';
import type { Item } from './types.js';

/**
 * Runs `stages` in order over one item, in place, and returns it.
 * @param item an item fresh from extraction
 * @param stages the ordered stage list (see DEFAULT_STAGES)
 */
export function runStages(item: Item, stages: readonly Stage[]): Item {
  const context = { referenceTime: item.capturedAt };
  for (const stage of stages) {
    try {
      stage.run(item, context);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      item.messages.push(
        message('stage/failed', `${item.source} item ${item.index}: stage "${stage.name}" failed: ${detail}`, {
          source: item.source,
        }),
      );
    }
  }
  return item;
}
