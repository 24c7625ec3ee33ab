/**
 * Resolving an entity named on the command line (`dossier entity NAME`, `dossier events --entity
 * NAME`) to one stored entity, or explaining on stderr why it cannot: no stored entity has that
 * name, or several do (listed with their ids, so the user can pick one).
 */
import type { CliIO } from '../io.js';
import { count } from '../output.js';
import type { EntitySummary, Store } from '../../store/store.js';
import { lookupStoredEntity, MAX_CANDIDATES, type LookupBasis } from './entity-lookup.js';

/**
 * The stored entity `query` (a name in any language, or an id) stands for, with how it was found;
 * null after writing the reason to stderr. `command` is how the user retries with an id, e.g.
 * `dossier entity` or `dossier events --entity`.
 */
export async function resolveEntity(
  store: Store,
  query: string,
  io: CliIO,
  options: { lang?: string; command: string },
): Promise<{ entity: EntitySummary; basis: LookupBasis } | null> {
  const found = await lookupStoredEntity(store, query, options.lang);
  const where = options.lang ? ` in language "${options.lang}"` : '';
  if (found.kind === 'unknown') {
    const known = found.known ? `; it is ${found.known.name} (${found.known.id}), but no stored item mentions it` : '; `dossier entities` lists the stored entities';
    io.stderr.write(`error: no stored entity is named "${query.trim()}"${where}${known}\n`);
    return null;
  }
  if (found.kind === 'ambiguous') {
    const more = found.candidates.length >= MAX_CANDIDATES ? ` (the first ${MAX_CANDIDATES})` : '';
    io.stderr.write(`error: "${query.trim()}"${where} names ${found.candidates.length} entities${more}; run \`${options.command} ID\` with one of these ids, or give the full name:\n`);
    for (const e of found.candidates) io.stderr.write(`  ${e.id.padEnd(32)} ${e.type.padEnd(9)} ${e.name}  (${count(e.mentions, 'mention')})\n`);
    return null;
  }
  return { entity: found.entity, basis: found.basis };
}
