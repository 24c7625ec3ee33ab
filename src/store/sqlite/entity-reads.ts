/**
 * `itemsMentioning` on SQLite. The plain query reads every item naming the entity and sorts them
 * by publication date: for a country named in 60% of 100,000 items that is 60,000 rows (about
 * 0.2 s) to show the newest 200. When the entity is named in a large share of the items, walking
 * the publication-date index newest first and testing each item finds those 200 after about
 * 200 / share items instead (1–3 ms). Both ways give the same rows in the same order.
 */
import type { SqliteStatements } from './statements.js';

/**
 * The ids of items `offset` to `offset + limit` of the entity's items in `itemsMentioning` order,
 * found by walking the publication-date index, when that is cheaper than the plain query and the
 * dated items fill the page; null when the plain query should answer.
 */
export function newestMentioningIds(s: SqliteStatements, entityId: string, offset: number, limit: number): string[] | null {
  const wanted = offset + limit;
  if (limit <= 0) return null;
  const total = s.itemCount.get() as number;
  // The walk visits about wanted × total ÷ n items, the plain query reads and sorts n (n items
  // naming the entity, estimated by its mentions): walk when n² > wanted × total. Counting
  // stops at that break-even point, so a rare entity costs nothing here.
  const breakEven = Math.ceil(Math.sqrt(wanted * total));
  const named = s.mentionsUpTo.get(entityId, breakEven + 1) as number;
  if (named <= breakEven) return null;
  const ids = s.newestMentioningIds.all({ id: entityId, limit, offset }) as string[];
  // Fewer dated items than the page: undated ones follow, which only the plain query lists.
  return ids.length === limit ? ids : null;
}
