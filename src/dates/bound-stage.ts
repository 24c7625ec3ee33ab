/**
 * The publication-bound stage (`dates-bound`), run after the events stage: an item the dates stage
 * left undated gets the bounds its own dated events put on its publication ("not before 2024-04-16"
 * when it reports as happened a visit it dates "am 16. April 2024"), still without a date, with
 * basis `inferred`, rule `dates/across/published-bound` and the sentences as evidence (see
 * `across/published-bounds.ts`). Dated items are left as they are.
 */
import type { Stage } from '../pipeline/stage.js';
import type { Item } from '../pipeline/types.js';
import { boundAsPublished, publishedBound } from './across/published-bounds.js';

/** The publication-bound stage; a no-op on dated items and on items whose events bound nothing. */
export const publishedBoundStage: Stage = {
  name: 'dates-bound',
  run(item: Item): void {
    if (item.published?.date) return;
    const bound = publishedBound(item);
    if (bound) item.published = boundAsPublished(bound);
  },
};
