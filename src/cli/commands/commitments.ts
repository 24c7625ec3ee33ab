/**
 * `dossier commitments [--story ID]`: who committed to what and by when, with the evidence
 * sentence, read from the stored items (nothing extra is stored).
 */
import type { Command } from 'commander';
import { findCommitments, type Commitment } from '../../events/index.js';
import { EXIT, type CliIO } from '../io.js';
import { dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { clip, showDate, writeJson, writeLines } from '../output.js';
import { itemsById, storyScope, withStore } from '../store-access.js';
import type { Store } from '../../store/store.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;
/** Width of the clipped subject in text output. */
const SUBJECT_WIDTH = 120;

/** One commitment with the item it was read from and the names of its parties. */
export interface CommitmentRow {
  commitment: Commitment;
  source: string;
  item: number;
  parties: { id: string; name: string }[];
}

/** One commitment as printed in JSON. */
export function commitmentJson(row: CommitmentRow): Record<string, unknown> {
  const { commitment: c } = row;
  return { parties: row.parties, subject: c.subject, deadline: c.deadline, status: c.status, evidence: { source: row.source, item: row.item, sentence: c.sentence } };
}

/** Text lines for commitments: parties, deadline and status, then the evidence sentence. */
export function commitmentLines(rows: readonly CommitmentRow[]): string[] {
  if (rows.length === 0) return ['    (no commitments found)'];
  return rows.flatMap((row) => {
    const c = row.commitment;
    const by = c.deadline ? `by ${showDate(c.deadline.date, c.deadline.precision)}` : 'no deadline';
    return [`    ${row.parties.map((p) => p.name).join(', ')} · ${by} · ${c.status}`, `      “${clip(c.sentence, SUBJECT_WIDTH)}” (${row.source}#${row.item})`];
  });
}

/** The commitments stated in the given items (all items when omitted), by deadline (none last). */
export async function commitmentRows(store: Store, itemIds?: string[]): Promise<CommitmentRow[]> {
  const items = [...(await itemsById(store, itemIds)).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const names = new Map<string, string>();
  const rows: CommitmentRow[] = [];
  for (const item of items) {
    for (const commitment of findCommitments(item)) {
      const parties: CommitmentRow['parties'] = [];
      for (const id of commitment.parties) {
        if (!names.has(id)) names.set(id, (await store.getEntity(id))?.name ?? id);
        parties.push({ id, name: names.get(id) ?? id });
      }
      rows.push({ commitment, source: item.source, item: item.index, parties });
    }
  }
  return rows.sort((a, b) => (a.commitment.deadline?.date ?? '9999').localeCompare(b.commitment.deadline?.date ?? '9999'));
}

/** Registers `commitments` on the program. */
export function registerCommitments(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program.command('commitments').description('commitments: who pledged or announced what, by when, with the evidence sentence');
  command.option('--story <id>', 'only the commitments stated in this story');
  withFormat(withDb(command), FORMATS).action((options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      return withStore(dbTarget(options, io), async (store) => {
        const itemIds = await storyScope(store, options.story, io);
        if (itemIds === null) return EXIT.partial;
        const rows = await commitmentRows(store, itemIds);
        if (format === 'json') writeJson(io, rows.map(commitmentJson));
        else writeLines(io, commitmentLines(rows));
        return EXIT.ok;
      });
    }),
  );
}
