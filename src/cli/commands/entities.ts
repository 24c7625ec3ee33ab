/**
 * `dossier entities`: people, organisations, places and things, one identity across languages.
 */
import type { Command } from 'commander';
import type { EntityType } from '../../pipeline/types.js';
import { entityJson } from '../contract.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { countOption, dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { writeJson, writeLines } from '../output.js';
import { withStore } from '../store-access.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;
const TYPES: readonly EntityType[] = ['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'EQUIPMENT', 'AGREEMENT', 'EVENT', 'MISC'];

/** Registers `entities` on the program. */
export function registerEntities(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program.command('entities').description('entities by number of mentions, with their names per language');
  command.option('--type <type>', `only this type: ${TYPES.join(', ')}`).option('--limit <n>', 'at most this many');
  withFormat(withDb(command), FORMATS).action((options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      const type = options.type === undefined ? undefined : String(options.type).toUpperCase();
      if (type !== undefined && !TYPES.includes(type as EntityType)) throw new UsageError(`--type must be one of ${TYPES.join(', ')} (got "${options.type}")`);
      const limit = options.limit === undefined ? undefined : countOption(options.limit, '--limit', 1);
      await withStore(dbTarget(options, io), async (store) => {
        const entities = await store.listEntities({ ...(type ? { type: type as EntityType } : {}), ...(limit ? { limit } : {}) });
        if (format === 'json') return writeJson(io, entities.map(entityJson));
        writeLines(
          io,
          entities.map((e) => {
            const names = Object.entries(e.names)
              .map(([lang, list]) => `${lang}: ${list.join(' / ')}`)
              .join('; ');
            return `${String(e.mentions).padStart(5)}  ${e.type.padEnd(9)} ${e.name}  (${e.id})${names ? `  ${names}` : ''}`;
          }),
        );
      });
      return EXIT.ok;
    }),
  );
}
