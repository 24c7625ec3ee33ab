/**
 * `dossier search QUERY`: full-text search over stored titles and texts.
 */
import type { Command } from 'commander';
import { EXIT, type CliIO } from '../io.js';
import { countOption, dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { clip, writeJson, writeLines } from '../output.js';
import { withStore } from '../store-access.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;
/** Hits shown when --limit is not given. */
const DEFAULT_LIMIT = 20;

/** Registers `search` on the program. */
export function registerSearch(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program.command('search').description('full-text search over stored items, best first').argument('<query...>', 'words to look for');
  command.option('--limit <n>', `at most this many hits (default ${DEFAULT_LIMIT})`);
  withFormat(withDb(command), FORMATS).action((words: string[], options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      const limit = countOption(options.limit, '--limit', DEFAULT_LIMIT);
      await withStore(dbTarget(options, io), async (store) => {
        const hits = await store.search(words.join(' '), { limit });
        if (format === 'json') return writeJson(io, hits);
        if (hits.length === 0) return writeLines(io, ['No matches.']);
        writeLines(io, hits.flatMap((h) => [`[${h.lang ?? 'und'}] ${clip(h.title ?? '(no title)', 90)}  (${h.source}#${h.index})`, `    ${clip(h.snippet, 160)}`]));
      });
      return EXIT.ok;
    }),
  );
}
