/**
 * `dossier events [--story ID]`: events with their actors, time, place and evidence sentences.
 */
import type { Command } from 'commander';
import { eventJson } from '../contract.js';
import { EXIT, type CliIO } from '../io.js';
import { dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { writeJson, writeLines } from '../output.js';
import { eventGroups, storyScope, withStore } from '../store-access.js';
import { timelineLines } from '../views.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;

/** Registers `events` on the program. */
export function registerEvents(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program.command('events').description('events (who met, agreed, urged, attacked whom, when, where) with their evidence');
  command.option('--story <id>', 'only the events of this story');
  withFormat(withDb(command), FORMATS).action((options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      return withStore(dbTarget(options, io), async (store) => {
        const itemIds = await storyScope(store, options.story, io);
        if (itemIds === null) return EXIT.partial;
        const events = await eventGroups(store, itemIds);
        if (format === 'json') writeJson(io, events.map(eventJson));
        else writeLines(io, timelineLines(events));
        return EXIT.ok;
      });
    }),
  );
}
