/**
 * Commitments as the API gives them (`GET /api/commitments`): who pledged or announced what, by
 * when, the evidence sentence, later reports on it and its status — `dossier commitments` with
 * item ids, so the UI can link each sentence to its item. Read from the stored items at read
 * time (nothing extra is stored), per story and store state.
 */
import { trackCommitments, type Commitment, type TrackedStatus } from '../events/index.js';
import type { StoredItem } from '../store/store.js';

/** One commitment of the answer. */
export interface CommitmentView {
  /** The committing parties (entity ids; names come with the answer's `entities`). */
  parties: string[];
  subject: string;
  deadline: Commitment['deadline'];
  status: TrackedStatus;
  /** How the status was reached: `stated` (no reports), `reported` (a report's cue) or `deadline-passed`. */
  basis: 'stated' | 'reported' | 'deadline-passed';
  evidence: { itemId: string; source: string; item: number; sentence: string };
  progress: { status: string; cue: string; itemId: string; source: string; item: number; sentence: string; published: string | null }[];
}

/**
 * The commitments stated in `items`, with the progress the same items report, by deadline (none
 * last), then by the item and sentence they were read from.
 */
export function commitmentViews(items: readonly StoredItem[]): CommitmentView[] {
  const byId = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const views = trackCommitments(byId).map((t) => ({
    parties: t.commitment.parties,
    subject: t.commitment.subject,
    deadline: t.commitment.deadline,
    status: t.status,
    basis: t.basis,
    evidence: { itemId: t.item.id, source: t.item.source, item: t.item.index, sentence: t.commitment.sentence },
    progress: t.progress.map((p) => ({ status: p.status, cue: p.cue, itemId: p.itemId, source: p.source, item: p.index, sentence: p.sentence, published: p.published })),
  }));
  // Stable: equal deadlines keep the items' id order.
  return views.sort((a, b) => (a.deadline?.date ?? '9999').localeCompare(b.deadline?.date ?? '9999'));
}
