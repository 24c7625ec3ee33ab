/**
 * `dossier annotate FILE|-`: entity mentions in a text, with offsets into it.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { annotate } from '../../entities/index.js';
import { detectLanguage } from '../../language/index.js';
import { mentionJson } from '../contract.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { formatOption, withFormat } from '../options.js';
import { writeJson, writeLines } from '../output.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;

/** Registers `annotate` on the program. */
export function registerAnnotate(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program
    .command('annotate')
    .description('find entity mentions in a plain text (offsets are JavaScript string indices into it)')
    .argument('<file>', 'a UTF-8 text file, or - for stdin')
    .option('--lang <code>', 'ISO 639-1 language of the text (default: detected)');
  withFormat(command, FORMATS).action((file: string, options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      if (options.lang !== undefined && !/^[a-z]{2}$/.test(options.lang)) throw new UsageError(`--lang takes a two-letter ISO 639-1 code such as nl (got "${options.lang}")`);
      let text: string;
      try {
        text = file === '-' ? await readStream(io.stdin) : await readFile(file, 'utf8');
      } catch (error) {
        io.stderr.write(`error: ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
        return EXIT.partial;
      }
      const lang: string = options.lang ?? detectLanguage(text).code;
      const mentions = annotate(text, lang);
      if (format === 'json') writeJson(io, { lang, mentions: mentions.map(mentionJson) });
      else writeLines(io, [`lang: ${lang}`, ...mentions.map((m) => `${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.type.padEnd(9)} ${m.text}  → ${m.entity}  (${m.provenance.rule}${m.provenance.evidence && m.provenance.evidence !== m.text ? `: “${m.provenance.evidence}”` : ''})`)]);
      return EXIT.ok;
    }),
  );
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
