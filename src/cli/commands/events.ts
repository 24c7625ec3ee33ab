/**
 * `dossier events [--story ID] [--entity NAME|ID]`: events with their actors, time, place and
 * evidence sentences, ordered by when they happened — the timeline of a story, of an entity, or both.
 */
import type { Command } from 'commander';
import { eventJson } from '../contract.js';
import { EXIT, type CliIO } from '../io.js';
import { dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { writeJson, writeLines } from '../output.js';
import { eventGroups, storyScope, withStore } from '../store-access.js';
import { timelineLines } from '../views.js';
import type { StoredEvent } from '../../store/store.js';
import { resolveEntity } from './entity-scope.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;

/** Whether `entityId` takes part in the event mention, as an actor or as its place. */
function involves(entityId: string): (event: StoredEvent) => boolean {
  return (event) => event.place === entityId || event.actors.some((actor) => actor.entity === entityId);
}

/** Registers `events` on the program. */
export function registerEvents(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program.command('events').description('events (who met, agreed, urged, attacked whom, when, where) with their evidence');
  command.option('--story <id>', 'only the events of this story');
  command.option('--entity <name>', 'only the events this entity takes part in (actor or place): a name in any language or an id');
  withFormat(withDb(command), FORMATS).action((options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      return withStore(dbTarget(options, io), async (store) => {
        let itemIds = await storyScope(store, options.story, io);
        if (itemIds === null) return EXIT.partial;
        let keep: ((event: StoredEvent) => boolean) | undefined;
        if (options.entity !== undefined) {
          const found = await resolveEntity(store, String(options.entity), io, { command: 'dossier events --entity' });
          if (!found) return EXIT.partial;
          const mentioning = new Set((await store.itemsMentioning(found.entity.id)).map((item) => item.id));
          itemIds = (itemIds ?? [...mentioning]).filter((id) => mentioning.has(id));
          keep = involves(found.entity.id);
        }
        const events = await eventGroups(store, itemIds, keep);
        if (format === 'json') writeJson(io, events.map(eventJson));
        else writeLines(io, timelineLines(events));
        return EXIT.ok;
      });
    }),
  );
}
