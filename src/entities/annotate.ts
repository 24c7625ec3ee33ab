/**
 * `annotate(text, lang)`: entity mentions of one text, with offsets into it. Gazetteer first
 * (countries, cities, organisations … and role phrases), then acronyms defined in the text,
 * then persons and their surnames; overlaps resolved, sorted by start.
 */
import type { Mention } from '../pipeline/types.js';
import { acronymCandidates } from './acronyms.js';
import { resolveOverlaps, toMention, type Candidate } from './candidate.js';
import { coverage, shoutedTokens, type TextContext } from './context.js';
import { personCandidates } from './coref.js';
import { entityLocale } from './locales/index.js';
import { matcherFor, type GazetteerHit } from './matcher.js';
import { findPersons } from './persons.js';
import { addTaggerCandidates } from './tagger/candidates.js';
import { taggerFor } from './tagger/load.js';
import { withGivenNames, withInitials } from './tagger/initials.js';
import { withoutLowercaseOpeners } from './tagger/openers.js';
import { teamCandidates } from './tagger/team-names.js';
import { orgPhraseCandidates, portfolioCandidates } from './tagger/org-phrases.js';
import { tokenize } from './tokenize.js';

/** The candidate of a gazetteer hit (role cues are not entities and yield none). */
function hitCandidate(ctx: TextContext, hit: GazetteerHit): Candidate | null {
  const { entry } = hit;
  if (entry.type === 'ROLE') return null;
  const demonym = entry.kind === 'demonym';
  const candidate: Candidate = {
    start: hit.start,
    end: hit.end,
    type: entry.type,
    entity: entry.id,
    rule: demonym ? 'entities/demonym' : `entities/gazetteer/${entry.kind}`,
    certainty: demonym ? 'inferred' : 'stated',
    yieldsToPerson: (entry.kind === 'city' || entry.kind === 'loc') && hit.end - hit.start === 1,
  };
  const written = ctx.text.slice(ctx.tokens[hit.start]!.start, ctx.tokens[hit.end - 1]!.end);
  if (written !== entry.form) candidate.evidence = entry.form;
  return candidate;
}

/** The language code annotate() works with: `de` of `de-AT`, lowercased. */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? 'und';
}

/** The shared state of annotating `text` in language `code` and the gazetteer's hits (the tagger's trainer reads the same). */
export function textContext(text: string, code: string): { ctx: TextContext; hits: GazetteerHit[] } {
  const tokens = tokenize(text);
  const locale = entityLocale(code);
  const shouting = shoutedTokens(tokens);
  const hits = matcherFor(code).match(tokens, locale, shouting);
  return { ctx: { text, tokens, locale, shouting, covered: coverage(tokens.length, hits) }, hits };
}

/**
 * The entity mentions of `text` in language `lang` (ISO 639-1, or `und`), sorted by start,
 * never overlapping. Offsets are JavaScript string indices into `text`. Rules and gazetteers
 * first; where a tagger model ships for the language, its names fill the gaps they leave.
 */
export function annotate(text: string, lang: string): Mention[] {
  if (typeof text !== 'string') throw new Error('annotate(text, lang): text must be a string; pass the item text (see itemFullText).');
  if (typeof lang !== 'string') throw new Error('annotate(text, lang): lang must be an ISO 639-1 code or "und".');
  const code = baseLanguage(lang);
  const { ctx, hits } = textContext(text, code);
  if (ctx.tokens.length === 0) return [];
  const candidates: Candidate[] = [];
  for (const hit of hits) {
    const candidate = hitCandidate(ctx, hit);
    if (candidate) candidates.push(candidate);
  }
  candidates.push(...acronymCandidates(ctx, hits));
  const persons = personCandidates(ctx, findPersons(ctx));
  candidates.push(...persons);
  // Teams keep their names in every language (`Bayer Leverkusen`, `Manchester United`).
  candidates.push(...teamCandidates(ctx));
  const model = taggerFor(code);
  // Organisation phrases are measured only where a tagger model ships (Dutch, German).
  if (model) candidates.push(...orgPhraseCandidates(ctx), ...portfolioCandidates(ctx, persons));
  const resolved = resolveOverlaps(candidates);
  const found = withoutLowercaseOpeners(ctx, addTaggerCandidates(ctx, model, resolved));
  return withInitials(ctx, withGivenNames(ctx, found)).sort((a, b) => a.start - b.start).map((candidate) => toMention(ctx, candidate));
}
