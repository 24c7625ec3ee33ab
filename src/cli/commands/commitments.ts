/**
 * `dossier commitments [--story ID]`: who committed to what and by when, with the evidence
 * sentence, and what later items report on it (progress and status), read from the stored items
 * (nothing extra is stored).
 */
import type { Command } from 'commander';
import { trackCommitments, type Commitment, type ProgressReport, type TrackedStatus } from '../../events/index.js';
import { EXIT, type CliIO } from '../io.js';
import { dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { clip, showDate, writeJson, writeLines } from '../output.js';
import { itemsById, storyScope, withStore } from '../store-access.js';
import type { Store } from '../../store/store.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;
/** Width of the clipped subject in text output. */
const SUBJECT_WIDTH = 120;

/** One commitment with the item it was read from, the names of its parties, and its progress. */
export interface CommitmentRow {
  commitment: Commitment;
  source: string;
  item: number;
  parties: { id: string; name: string }[];
  /** The status given the later reports (`announced`, `due`, `under way`, `done`, `missed`). */
  status: TrackedStatus;
  progress: ProgressReport[];
}

/** One commitment as printed in JSON. */
export function commitmentJson(row: CommitmentRow): Record<string, unknown> {
  const { commitment: c } = row;
  return {
    parties: row.parties,
    subject: c.subject,
    deadline: c.deadline,
    status: row.status,
    evidence: { source: row.source, item: row.item, sentence: c.sentence },
    progress: row.progress.map((p) => ({ status: p.status, cue: p.cue, source: p.source, item: p.index, sentence: p.sentence, published: p.published })),
  };
}

/** Text lines for commitments: parties, deadline and status, the evidence sentence, then each progress report. */
export function commitmentLines(rows: readonly CommitmentRow[]): string[] {
  if (rows.length === 0) return ['    (no commitments found)'];
  return rows.flatMap((row) => {
    const c = row.commitment;
    const by = c.deadline ? `by ${c.deadline.open ? `${c.deadline.date} (open)` : showDate(c.deadline.date, c.deadline.precision)}` : 'no deadline';
    return [
      `    ${row.parties.map((p) => p.name).join(', ')} · ${by} · ${row.status}`,
      `      “${clip(c.sentence, SUBJECT_WIDTH)}” (${row.source}#${row.item})`,
      ...row.progress.map((p) => `      ↳ ${p.status} (“${p.cue}”, ${showDate(p.published)}): “${clip(p.sentence, SUBJECT_WIDTH)}” (${p.source}#${p.index})`),
    ];
  });
}

/** The commitments stated in the given items (all items when omitted), with the progress the same items report, by deadline (none last). */
export async function commitmentRows(store: Store, itemIds?: string[]): Promise<CommitmentRow[]> {
  const items = [...(await itemsById(store, itemIds)).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tracked = trackCommitments(items);
  const ids = [...new Set(tracked.flatMap((t) => t.commitment.parties))];
  const names = new Map((await store.getEntities(ids)).map((entity) => [entity.id, entity.name]));
  const rows: CommitmentRow[] = tracked.map((t) => ({
    commitment: t.commitment,
    source: t.item.source,
    item: t.item.index,
    parties: t.commitment.parties.map((id) => ({ id, name: names.get(id) ?? id })),
    status: t.status,
    progress: t.progress,
  }));
  return rows.sort((a, b) => (a.commitment.deadline?.date ?? '9999').localeCompare(b.commitment.deadline?.date ?? '9999'));
}

/** Registers `commitments` on the program. */
export function registerCommitments(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program.command('commitments').description('commitments: who pledged or announced what, by when, with the evidence sentence and later progress');
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
