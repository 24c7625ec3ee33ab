/**
 * Mention candidates on token ranges, before they are turned into {@link Mention}s with
 * character offsets. Every recogniser (gazetteer, acronyms, persons, coreference) yields them.
 */
import type { Certainty, EntityType, Mention } from '../pipeline/types.js';
import type { TextContext } from './context.js';

/** A mention on tokens `[start, end)`. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  entity: string;
  rule: string;
  certainty: Certainty;
  evidence?: string;
  /** True when a person found on the same tokens should win (a one-word city such as `Austin`). */
  yieldsToPerson: boolean;
}

/**
 * Orders candidates by start and drops overlaps: a person beats a city it covers, otherwise
 * the longer candidate wins, then the earlier one.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) {
      kept.push(candidate);
      continue;
    }
    const personWins = candidate.type === 'PER' && last.yieldsToPerson;
    const longer = candidate.end - candidate.start > last.end - last.start;
    if (personWins || (longer && !(last.type === 'PER' && candidate.yieldsToPerson))) kept[kept.length - 1] = candidate;
  }
  return kept;
}

/** The mention of a candidate, with offsets into the text. */
export function toMention(ctx: TextContext, candidate: Candidate): Mention {
  const start = ctx.tokens[candidate.start]!.start;
  const end = ctx.tokens[candidate.end - 1]!.end;
  const provenance: Mention['provenance'] = { certainty: candidate.certainty, rule: candidate.rule };
  if (candidate.evidence !== undefined) provenance.evidence = candidate.evidence;
  return { start, end, text: ctx.text.slice(start, end), type: candidate.type, entity: candidate.entity, provenance };
}
