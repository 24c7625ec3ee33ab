/**
 * `dossier ingest PATH...|-`: read, extract, analyse and store documents, then recompute stories.
 */
import type { Command } from 'commander';
import { parseShard, type Shard } from '../../ingest/index.js';
import { ingestInputs, type IngestSummary } from '../../pipeline/process.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { capturedAtOption, dbTarget, formatOption, withCapturedAt, withDb, withFormat } from '../options.js';
import { writeJson } from '../output.js';
import { progressFor } from '../progress.js';
import { withStore } from '../store-access.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;

/** Registers `ingest` on the program. */
export function registerIngest(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program
    .command('ingest')
    .description('store pages (HTML, text captures, JSONL, WARC crawls, RSS/Atom feeds; files, directories or - for stdin) and update the stories')
    .argument('<paths...>', 'files or directories to read (recursively); - reads stdin')
    .option('--shard <k/n>', 'read only the files of shard K of N (run N workers with the same paths, e.g. on one PostgreSQL store)')
    .option('--no-cluster', 'store only; leave the stories to a later ingest or `dossier recluster`');
  withFormat(withDb(withCapturedAt(command)), FORMATS).action((paths: string[], options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      const capture = capturedAtOption(options);
      const shard = shardOption(options);
      const progress = progressFor(io);
      const summary = await withStore(dbTarget(options, io), (store) =>
        ingestInputs(store, paths, { ...capture, ...shard, cluster: options.cluster !== false, stdin: io.stdin, onProgress: progress.update }),
      );
      progress.done();
      reportIngest(io, summary, format);
      return summary.failures.length > 0 ? EXIT.partial : EXIT.ok;
    }),
  );
}

/** `--shard K/N` as a read option; a malformed value is a usage error naming the form. */
function shardOption(options: { shard?: string }): { shard?: Shard } {
  if (options.shard === undefined) return {};
  try {
    return { shard: parseShard(options.shard) };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Prints an ingest summary: counts on stdout, failures on stderr. */
export function reportIngest(io: CliIO, summary: IngestSummary, format: 'text' | 'json'): void {
  for (const failure of summary.failures) {
    for (const m of failure.messages) io.stderr.write(`error: ${m.reason} [${m.code}]\n`);
  }
  for (const m of summary.warnings) if (m.code.startsWith('ingest/')) io.stderr.write(`warning: ${m.reason} [${m.code}]\n`);
  if (format === 'json') {
    writeJson(io, summary);
    return;
  }
  const parts = [`${summary.added} new document(s) stored (${summary.items} items)`];
  if (summary.duplicates) parts.push(`${summary.duplicates} already stored`);
  if (summary.skipped) parts.push(`${summary.skipped} file(s) of other types skipped`);
  if (summary.failures.length) parts.push(`${summary.failures.length} failed`);
  io.stdout.write(`${parts.join(', ')}.\n`);
  const itemWarnings = summary.warnings.filter((m) => !m.code.startsWith('ingest/'));
  if (itemWarnings.length) io.stdout.write(`${itemWarnings.length} note(s) on stored items (${countByCode(itemWarnings)}); \`dossier extract PATH\` shows them.\n`);
}

/** `code ×n` for each message code, most frequent first. */
function countByCode(messages: { code: string }[]): string {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => `${code} ×${n}`)
    .join(', ');
}
