/**
 * Options shared by several commands, and their validation.
 */
import type { Command } from 'commander';
import { UsageError, type CliIO } from './io.js';

/** Output formats a command may offer. */
export type Format = 'text' | 'json' | 'jsonl';

/** The store file used when neither --db nor DOSSIER_DB is given. */
export const DEFAULT_DB = 'dossier.db';

/** Adds `--db PATH` to a command. */
export function withDb(command: Command): Command {
  return command.option('--db <path>', `store: a SQLite file or a postgres:// URL (default: $DOSSIER_DB or ./${DEFAULT_DB})`);
}

/** Adds `--captured-at ISO` to a command that reads pages (read back with {@link capturedAtOption}). */
export function withCapturedAt(command: Command): Command {
  return command.option('--captured-at <iso>', 'capture time of these pages (default: each file\'s modification time)');
}

/** Adds `--format` with the given choices to a command. */
export function withFormat(command: Command, formats: readonly Format[]): Command {
  return command.option('--format <format>', `output format: ${formats.join(', ')}`, 'text');
}

/** The store target from --db, DOSSIER_DB, or the default file. */
export function dbTarget(options: { db?: string }, io: CliIO): string {
  return options.db ?? io.env.DOSSIER_DB ?? DEFAULT_DB;
}

/** Validates --format against the formats a command offers. */
export function formatOption<F extends Format>(options: { format?: string }, allowed: readonly F[]): F {
  const format = (options.format ?? 'text') as F;
  if (!allowed.includes(format)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${options.format}")`);
  }
  return format;
}

/** Validates an ISO 8601 date-time option and returns it normalised to UTC. */
export function isoOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
    throw new UsageError(`${name} takes an ISO 8601 date or date-time such as 2025-10-29T12:00:00Z (got "${value}")`);
  }
  return new Date(ms).toISOString();
}

/**
 * Validates `--captured-at` into read options: `{ capturedAt }` normalised to UTC when given, `{}`
 * when not (each file's modification time is then used).
 */
export function capturedAtOption(options: { capturedAt?: string }): { capturedAt?: string } {
  const capturedAt = isoOption(options.capturedAt, '--captured-at');
  return capturedAt ? { capturedAt } : {};
}

/** Validates a positive whole-number option. */
export function countOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} takes a whole number of at least 1 (got "${value}")`);
  return n;
}
