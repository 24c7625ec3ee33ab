/**
 * The `dossier` command line: builds the program and runs it against given streams.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { packageRoot } from '../pipeline/paths.js';
import { registerAnnotate } from './commands/annotate.js';
import { registerCommitments } from './commands/commitments.js';
import { registerDemo } from './commands/demo.js';
import { registerEntities } from './commands/entities.js';
import { registerEntity } from './commands/entity.js';
import { registerEvents } from './commands/events.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import type { CommandRunner } from './commands/runner.js';
import { registerItem } from './commands/item.js';
import { registerRecluster } from './commands/recluster.js';
import { registerSearch } from './commands/search.js';
import { registerSimilar } from './commands/similar.js';
import { registerServe } from './commands/serve.js';
import { registerStories } from './commands/stories.js';
import { EXIT, UsageError, type CliIO } from './io.js';

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Runs the CLI with `argv` (the arguments after `dossier`) and returns the exit status:
 * 0 success, 1 some inputs failed (the rest stored), 2 misuse.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let status: number = EXIT.ok;
  const run: CommandRunner = async (body) => {
    try {
      status = await body();
    } catch (error) {
      if (error instanceof UsageError) {
        io.stderr.write(`error: ${error.message}\n`);
        status = EXIT.misuse;
      } else {
        io.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
        status = EXIT.partial;
      }
    }
  };
  const program = new Command('dossier')
    .description('Dossier: turn raw multilingual news captures into cited stories, entities, events and timelines.')
    .version(version())
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  for (const register of [registerIngest, registerExtract, registerStories, registerSimilar, registerEvents, registerCommitments, registerEntities, registerEntity, registerAnnotate, registerSearch, registerItem, registerDemo, registerServe, registerRecluster]) {
    register(program, io, run);
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for (`--help`, `help [command]`) is success; help shown because no command was given is misuse.
      const benign = ['commander.helpDisplayed', 'commander.version'].includes(error.code) || (error.code === 'commander.help' && argv[0] === 'help');
      return benign ? EXIT.ok : EXIT.misuse;
    }
    throw error;
  }
  return status;
}
