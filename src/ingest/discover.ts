/**
 * Finding the inputs: files as named, directories walked recursively in sorted order, and `-`
 * for stdin. Discovery only stats; it never reads file contents.
 */
import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Message } from '../pipeline/types.js';
import { failure, type FailureEvent } from './events.js';
import { formatForPath, type InputFormat } from './formats.js';

/** The input name that means standard input. */
export const STDIN_INPUT = '-';

/** A file found by discovery, with what its stat said. */
export interface FoundFile {
  kind: 'file';
  /** The path as given, or joined under the directory given (`demo/nl/x.txt`). */
  source: string;
  format: InputFormat;
  size: number;
  mtime: Date;
}

/** One thing discovery found: a file, stdin, an unusable path, or a file skipped for its type. */
export type DiscoveredInput =
  | FoundFile
  | { kind: 'stdin' }
  | FailureEvent
  | { kind: 'skipped'; source: string; reason: string };

/** Why a path cannot be read, as one sentence naming it. */
export function unreadableReason(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return `${path}: the path does not exist.`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied.`;
  if (code === 'ENOTDIR') return `${path}: a part of the path is not a directory.`;
  if (code === 'ELOOP') return `${path}: too many levels of symbolic links.`;
  const detail = error instanceof Error ? error.message : String(error);
  return `${path}: the path could not be read (${detail}).`;
}

/** The `ingest/unreadable` failure of a path whose stat, listing or reading threw `error`. */
export function unreadableFailure(path: string, error: unknown): FailureEvent {
  return failure(path, 'ingest/unreadable', unreadableReason(path, error));
}

/** True for directory entries a walk passes over without a word: hidden names and node_modules. */
function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<DiscoveredInput> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return; // a symbolic link back into a directory already walked
    seen.add(real);
    names = await readdir(dir);
  } catch (error) {
    yield unreadableFailure(dir, error);
    return;
  }
  // Code-unit order, not locale order: the same tree walks the same way on every machine.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (isIgnoredName(name)) continue;
    const path = join(dir, name);
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      yield unreadableFailure(path, error);
      continue;
    }
    if (stats.isDirectory()) {
      yield* walk(path, seen);
    } else if (stats.isFile()) {
      const format = formatForPath(name);
      if (format) yield { kind: 'file', source: path, format, size: stats.size, mtime: stats.mtime };
      else yield { kind: 'skipped', source: path, reason: `${path}: skipped, Dossier does not read this file type (it reads .html, .htm, .xhtml, .txt, .jsonl, .ndjson, .warc, .warc.gz, .rss, .atom, .xml).` };
    }
  }
}

/**
 * Discovers the inputs in order. Explicitly named files are read whatever their name (unknown
 * extensions are sniffed); in directories, hidden entries and node_modules are passed over and
 * files of unknown type are reported as skipped.
 * @param inputs file and directory paths, and `-` for stdin
 */
export async function* discoverInputs(inputs: readonly string[]): AsyncGenerator<DiscoveredInput> {
  for (const input of inputs) {
    if (input === STDIN_INPUT) {
      yield { kind: 'stdin' };
      continue;
    }
    let stats: Stats;
    try {
      stats = await stat(input);
    } catch (error) {
      yield unreadableFailure(input, error);
      continue;
    }
    if (stats.isDirectory()) yield* walk(input, new Set());
    else if (stats.isFile()) yield { kind: 'file', source: input, format: formatForPath(input) ?? 'sniff', size: stats.size, mtime: stats.mtime };
    else yield failure(input, 'ingest/unreadable', `${input}: not a regular file or directory (a device, socket or pipe); use - to read a stream from stdin.`);
  }
}

/**
 * Lists the files `inputs` name (discovery only, nothing is read): each file's path, `-` for
 * stdin, and unusable paths with their reasons. Files skipped for their type are left out;
 * {@link import('./index.js').readInputs} reports them as `skipped` events.
 */
export async function* listInputFiles(inputs: string[]): AsyncGenerator<string | { source: string; messages: Message[] }> {
  for await (const found of discoverInputs(inputs)) {
    if (found.kind === 'file') yield found.source;
    else if (found.kind === 'stdin') yield STDIN_INPUT;
    else if (found.kind === 'failure') yield { source: found.source, messages: found.messages };
  }
}
