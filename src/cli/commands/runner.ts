/**
 * How command actions report their exit status to the program.
 */

/** Runs a command body and records its exit status (errors become status 1 or 2 with a message). */
export type CommandRunner = (body: () => Promise<number>) => Promise<void>;
