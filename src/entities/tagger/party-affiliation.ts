/**
 * A party or organisation in brackets right after a person's name: `Magda Aelvoet (Agalev)`,
 * `Angela Merkel (CDU)`, `Jaak Gabriëls (VLD)` — how Dutch and German news name a politician's
 * party. One capitalised word or acronym between the brackets, no number (`Claes (72)`), and no
 * known place (`Peeters (Gent)` names a home town), is taken for an organisation.
 */
import type { Candidate } from '../candidate.js';
import type { TextContext } from '../context.js';
import { slugify } from '../fold.js';
import { placeLabels } from './lists.js';

/** Provenance rule of bracketed affiliations. */
export const AFFILIATION_RULE = 'entities/tagger/affiliation';

/** The bracketed affiliations after the persons among `candidates`, on tokens not yet `taken`. */
export function affiliationCandidates(ctx: TextContext, candidates: readonly Candidate[], taken: readonly boolean[]): Candidate[] {
  const { tokens } = ctx;
  const places = placeLabels(ctx);
  const out: Candidate[] = [];
  for (const person of candidates) {
    if (person.type !== 'PER') continue;
    const open = person.end;
    const word = open + 1;
    if (tokens[open]?.key !== '(' || tokens[word + 1]?.key !== ')' || taken[word]) continue;
    const t = tokens[word]!;
    if (!t.word || !/^\p{Lu}/u.test(t.key) || /\p{N}/u.test(t.key) || places[word] !== '-') continue;
    const hit = ctx.covered[word];
    if (hit && hit.entry.type !== 'ORG') continue;
    out.push({ start: word, end: word + 1, type: 'ORG', entity: `org:text:${slugify(t.key)}`, rule: AFFILIATION_RULE, certainty: 'inferred', yieldsToPerson: false });
  }
  return out;
}
