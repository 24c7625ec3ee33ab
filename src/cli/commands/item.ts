/**
 * `dossier item ID|SOURCE`: one stored item in full — where it came from, its language, date
 * and dateline with their evidence, its text, the fields moved out of it (captions, credits,
 * sources), the entities and events found in it, what extraction dropped, and its messages.
 * The way to read an item whose source is no file to re-extract (a WARC record, a feed entry).
 */
import type { Command } from 'commander';
import type { StoredItem, Store } from '../../store/store.js';
import { itemJson, mentionJson } from '../contract.js';
import { EXIT, type CliIO } from '../io.js';
import { dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { writeJson, writeLines } from '../output.js';
import { withStore } from '../store-access.js';
import { itemReportLines } from './item-report.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;

/** Most candidates listed when a source text matches several items. */
const MAX_LISTED = 20;

/**
 * The item `query` names: a stored id (`HASH16:N`), else the one item whose source or URL
 * contains it; null after writing to stderr why not (none, or several with their ids).
 */
async function resolveItem(store: Store, query: string, io: CliIO): Promise<StoredItem | null> {
  const byId = await store.getItem(query.trim());
  if (byId) return byId;
  const ids = await store.itemIdsFromSource(query.trim());
  if (ids.length === 1) return store.getItem(ids[0]!);
  if (ids.length === 0) {
    io.stderr.write(`error: no stored item has the id "${query.trim()}" or a source or URL containing it; \`dossier search\` or \`dossier stories\` show item ids\n`);
    return null;
  }
  io.stderr.write(`error: ${ids.length} stored items have a source or URL containing "${query.trim()}"; run \`dossier item ID\` with one of these ids:\n`);
  for (const item of await store.listItems({ ids: ids.slice(0, MAX_LISTED) })) io.stderr.write(`  ${item.id}  ${item.source}#${item.index}  ${item.title ?? '(no title)'}\n`);
  if (ids.length > MAX_LISTED) io.stderr.write(`  … and ${ids.length - MAX_LISTED} more\n`);
  return null;
}

/** Registers `item` on the program. */
export function registerItem(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program
    .command('item')
    .description('one stored item in full: source, language, date and dateline with evidence, text, fields, entities, events, what extraction dropped, messages')
    .argument('<id>', 'an item id (as `search`, `stories` and `story` print it), or text of its source path or URL');
  withFormat(withDb(command), FORMATS).action((query: string, options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      return withStore(dbTarget(options, io), async (store) => {
        const item = await resolveItem(store, query, io);
        if (!item) return EXIT.partial;
        const events = await store.listEvents({ itemIds: [item.id] });
        const names = new Map((await store.getEntities([...new Set(item.mentions.map((m) => m.entity))])).map((e) => [e.id, e.name]));
        if (format === 'json') {
          writeJson(io, {
            ...itemJson(item),
            id: item.id,
            givenId: item.givenId,
            capturedAt: item.capturedAt,
            fields: item.fields,
            mentions: item.mentions.map(mentionJson),
            events: events.map((e) => ({ id: e.id, type: e.type, actors: e.actors, place: e.place, time: e.time, open: e.openTime ?? null, modality: e.modality, sentence: e.sentence })),
            dropped: item.dropped ?? [],
          });
        } else {
          writeLines(io, itemReportLines(item, events, names));
        }
        return EXIT.ok;
      });
    }),
  );
}
