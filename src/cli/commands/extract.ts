/**
 * `dossier extract PATH...`: show the items Dossier finds in pages, without storing anything.
 */
import type { Command } from 'commander';
import { readInputs } from '../../ingest/index.js';
import { processDocument } from '../../pipeline/process.js';
import type { Item } from '../../pipeline/types.js';
import { itemJson } from '../contract.js';
import { EXIT, type CliIO } from '../io.js';
import { capturedAtOption, formatOption, withCapturedAt, withFormat } from '../options.js';
import { clip, showDate } from '../output.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json', 'jsonl'] as const;

/** Registers `extract` on the program. */
export function registerExtract(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program
    .command('extract')
    .description('print the articles and briefs found in pages, with language, date and dateline (nothing is stored)')
    .argument('<paths...>', 'files or directories to read; - reads stdin');
  withFormat(withCapturedAt(command), FORMATS).action((paths: string[], options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      const capture = capturedAtOption(options);
      const all: Record<string, unknown>[] = [];
      let failed = 0;
      for await (const event of readInputs(paths, { ...capture, stdin: io.stdin })) {
        if (event.kind === 'skipped') continue;
        if (event.kind === 'failure') {
          failed++;
          for (const m of event.messages) io.stderr.write(`error: ${m.reason} [${m.code}]\n`);
          continue;
        }
        for (const m of event.document.messages) if (m.severity !== 'info') io.stderr.write(`${m.severity}: ${m.reason} [${m.code}]\n`);
        const items = processDocument(event.document);
        if (format === 'jsonl') for (const item of items) io.stdout.write(`${JSON.stringify(extractJson(item))}\n`);
        else if (format === 'json') all.push(...items.map(extractJson));
        else for (const item of items) io.stdout.write(`${describeItem(item)}\n`);
      }
      if (format === 'json') io.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
      return failed > 0 ? EXIT.partial : EXIT.ok;
    }),
  );
}

/** An item as `extract` prints it in JSON: the shared item record plus what extraction dropped (`[]` when nothing). */
function extractJson(item: Item): Record<string, unknown> {
  return { ...itemJson(item), dropped: item.dropped ?? [] };
}

function describeItem(item: Item): string {
  const bound = item.published?.basis === 'inferred' && item.published.evidence ? ` (${item.published.evidence}, inferred)` : '';
  const date = item.published?.date ? `${showDate(item.published.date, item.published.precision)} (${item.published.basis})` : `undated${bound}`;
  const dateline = item.dateline ? `${item.dateline.place} (${item.dateline.agencies.join('/')})` : '';
  const lines = [
    `${item.source}#${item.index} ${item.kind} [${item.lang?.code ?? 'und'}] ${date} ${dateline}`.trimEnd(),
    `  ${item.title ? clip(item.title, 100) : '(no title)'}`,
    `  ${clip(item.text, 200)}`,
  ];
  for (const m of item.messages) if (m.severity !== 'info') lines.push(`  ${m.severity}: ${m.reason} [${m.code}]`);
  return lines.join('\n');
}
