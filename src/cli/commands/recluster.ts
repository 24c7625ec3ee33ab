/**
 * `dossier recluster`: recompute the stories (and the dates inferred across each story's items)
 * from every stored item. For workers that ingest with `--no-cluster`, run once after them.
 */
import type { Command } from 'commander';
import { recluster } from '../../pipeline/process.js';
import { EXIT, type CliIO } from '../io.js';
import { dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { writeJson } from '../output.js';
import { withStore } from '../store-access.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;

/** Registers `recluster` on the program. */
export function registerRecluster(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program
    .command('recluster')
    .description('recompute the stories from every stored item (after workers ran ingest --no-cluster)');
  withFormat(withDb(command), FORMATS).action((options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      const { stories, items } = await withStore(dbTarget(options, io), async (store) => ({ stories: await recluster(store), items: (await store.counts()).items }));
      if (format === 'json') writeJson(io, { stories, items });
      else io.stdout.write(`${stories} stories over ${items} items.\n`);
      return EXIT.ok;
    }),
  );
}
