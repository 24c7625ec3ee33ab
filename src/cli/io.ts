/**
 * The CLI's connection to the outside world, passed in so commands can be run in tests.
 */

/** Where a command reads and writes. */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  stderrIsTTY: boolean;
  /** Environment variables (DOSSIER_DB). */
  env: Record<string, string | undefined>;
}

/** The process's own streams. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}

/** Exit statuses: success, some inputs failed (the rest stored), misuse. */
export const EXIT = { ok: 0, partial: 1, misuse: 2 } as const;

/** Thrown by commands for misuse (bad option values); the CLI prints it and exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
