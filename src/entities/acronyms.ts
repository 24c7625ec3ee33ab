/**
 * Acronyms introduced in the text: `Long Name (ACR)` where the long name is known links `ACR`,
 * here and everywhere else in the same text, to the same entity (rule `entities/acronym`).
 */
import type { Candidate } from './candidate.js';
import type { TextContext } from './context.js';
import type { GazetteerHit } from './matcher.js';

/** An acronym: two to eight capitals or digits, starting with a capital. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u;

/** Candidates for acronyms defined in brackets after a known name, and for their later uses. */
export function acronymCandidates(ctx: TextContext, hits: readonly GazetteerHit[]): Candidate[] {
  const { tokens } = ctx;
  const defined = new Map<string, { hit: GazetteerHit; evidence: string }>();
  for (const hit of hits) {
    if (hit.entry.kind === 'role' || hit.entry.kind === 'demonym') continue;
    const open = tokens[hit.end];
    const word = tokens[hit.end + 1];
    const close = tokens[hit.end + 2];
    if (open?.key !== '(' || !word || close?.key !== ')' || !ACRONYM.test(word.key)) continue;
    if (ctx.covered[hit.end + 1] || defined.has(word.key)) continue;
    defined.set(word.key, { hit, evidence: ctx.text.slice(tokens[hit.start]!.start, close.end) });
  }
  if (defined.size === 0) return [];
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const definition = defined.get(tokens[i]!.key);
    if (!definition || ctx.covered[i] || ctx.shouting[i]) continue;
    const { entry } = definition.hit;
    found.push({
      start: i, end: i + 1, type: entry.type === 'ROLE' ? 'MISC' : entry.type, entity: entry.id,
      rule: 'entities/acronym', certainty: 'inferred', evidence: definition.evidence, yieldsToPerson: false,
    });
  }
  return found;
}
