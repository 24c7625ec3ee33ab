/**
 * `dossier serve`: the HTTP API and web UI over a store, until interrupted.
 */
import type { Command } from 'commander';
import { TOKEN_ENV } from '../../server/auth.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/start.js';
import { openStore } from '../../store/open.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { dbTarget, withDb } from '../options.js';
import type { CommandRunner } from './runner.js';

/** Validates --port: 0 (any free port) to 65535. */
export function portOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`--port takes a port number from 0 to 65535 (got "${value}")`);
  return n;
}

/** Resolves when the process is asked to stop (SIGINT or SIGTERM). */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** Registers `serve` on the program. */
export function registerServe(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program
    .command('serve')
    .description(`serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web UI; writes need ${TOKEN_ENV}`)
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--host <address>', `address to bind (default ${DEFAULT_HOST}: this machine only)`);
  withDb(command).action((options) =>
    run(async () => {
      const port = portOption(options.port);
      const host: string = options.host ?? DEFAULT_HOST;
      const token = io.env[TOKEN_ENV] || undefined;
      const store = await openStore(dbTarget(options, io));
      try {
        const server = await startServer({ store, host, port, ...(token ? { token } : {}) });
        io.stdout.write(`Dossier is serving ${server.url}/ (API: ${server.url}/api/openapi.json)\n`);
        io.stdout.write(token ? `Write endpoints need "Authorization: Bearer $${TOKEN_ENV}".\n` : `Write endpoints are disabled; set ${TOKEN_ENV} to enable them.\n`);
        await stopSignal();
        await server.close();
      } finally {
        await store.close();
      }
      return EXIT.ok;
    }),
  );
}
