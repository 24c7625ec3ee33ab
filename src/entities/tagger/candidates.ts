/**
 * Mention candidates from the statistical tagger. They only add recall: annotate() keeps
 * them where no rule or gazetteer candidate lies (see {@link addTaggerCandidates}).
 */
import type { EntityType } from '../../pipeline/types.js';
import type { Candidate } from '../candidate.js';
import type { TextContext } from '../context.js';
import { slugify } from '../fold.js';
import { personId } from '../names.js';
import { decode, OUTSIDE, type TaggerModel } from './model.js';
import { staticScores } from './scores.js';
import { acronymGuesses } from './acronym-guesses.js';
import { affiliationCandidates } from './party-affiliation.js';
import { afterDeterminer, endsInRole } from './span-filters.js';
import { listPersonCandidates } from './list-persons.js';
import { capitalisedRuns, spanTypeScores, typeFromScores, type Proposal } from './proposals.js';
import { speakerCandidates } from './speech-persons.js';
import { nameEchoes, surnameEchoes } from './surname-echoes.js';

/** Provenance rule of capitalised runs typed by the tagger. */
export const PROPOSAL_RULE = 'entities/tagger/capitalised';
/**
 * Least margin of a name tag over `O` on the first word of a tagger span (model weight scale,
 * ×1000). Below it the tagger is unsure and the span is dropped. Session 2 chose 3k among 0, 3k,
 * 10k, 20k; with session 3's model (synthetic sentences, noun features) 0, 3k, 6k, 9k and 12k gave
 * GermEval dev F1 .619, .620, .626, .625, .623 (the tagger's own spans run only for German), so 6k.
 */
export const MIN_TAGGER_MARGIN = 6000;
/** Fewest letters of a one-word tagger name that is not an acronym (`De`, `Da` opening a sentence are words). */
export const MIN_SINGLE_WORD = 3;
/**
 * Least margin for a one-word person from the tagger (`Venlo`, `Matcha` are guessed as persons
 * with small margins). Session 2 chose 10k on GermEval dev (person precision .63 → .73); with
 * session 3's model 3k, 6k, 10k and 15k gave F1 .622, .622, .620, .618 there, so 6k (the same as
 * {@link MIN_TAGGER_MARGIN}; read these choices on the evaluation set as optimistic).
 */
export const MIN_SINGLE_PERSON_MARGIN = 6_000;
/** Shortest calendar word taken as the head of a compound (`Montag…`; not `jan`, `mai`). */
export const MIN_CALENDAR_HEAD = 5;
/**
 * Types whose names are repeated through a text ({@link nameEchoes}). Chosen on the evaluation
 * sets (CoNLL-2002 ned.testa read a document at a time, GermEval dev): repeating PER and ORG names
 * raised micro F1 .698 → .699 on CoNLL with GermEval unchanged (.602); with LOC names too it was
 * .702 / .600 (place recall up, place precision down), so places are left to the gazetteer.
 */
const ECHOED_TYPES: ReadonlySet<EntityType> = new Set(['PER', 'ORG']);
/** Provenance rule of tagger mentions. */
export const TAGGER_RULE = 'entities/tagger';

/** The entity types of the tagger's tags. */
const TYPES: Readonly<Record<string, EntityType>> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/** A name word: starts with a letter or digit and has a capital or digit somewhere (`van` alone is not a name). */
const NAME_LIKE = /[\p{Lu}\p{N}]/u;

function entityId(type: EntityType, words: readonly string[]): string {
  if (type === 'PER') return personId(words);
  return `${type.toLowerCase()}:text:${slugify(words.join(' '))}`;
}

/**
 * True when a span may be a person: name-shaped words only (no acronym: `FNV Havens`), and
 * more than one word unless single-word persons are allowed (see the callers).
 */
function personShaped(ctx: TextContext, start: number, end: number, single: boolean): boolean {
  const words = ctx.tokens.slice(start, end).filter((t) => t.word);
  if (!single && words.length < 2) return false;
  return words.every((t) => /\p{Ll}/u.test(t.key));
}

/** A stopword or a calendar word, alone or heading a compound (`Mittwochmorgen`, `Sonntagabend`). */
function commonWord(ctx: TextContext, lower: string): boolean {
  if (ctx.locale.stopwords.has(lower) || ctx.locale.calendarWords.has(lower)) return true;
  for (let cut = MIN_CALENDAR_HEAD; cut < lower.length; cut++) if (ctx.locale.calendarWords.has(lower.slice(0, cut))) return true;
  return false;
}

/** A place name the locale lists as a common word (`Bergen`, `Essen`): alone, the tagger may not make it a name either. */
function stoplisted(ctx: TextContext, key: string): boolean {
  return ctx.locale.cityStoplist.has(key) || ctx.locale.countryStoplist.has(key);
}

function candidate(ctx: TextContext, start: number, end: number, type: EntityType, rule: string): Candidate {
  const words = ctx.tokens.slice(start, end).filter((t) => t.word).map((t) => t.key);
  return { start, end, type, entity: entityId(type, words), rule, certainty: 'inferred', yieldsToPerson: false };
}

/** What the tagger reads of a text, computed once: shapes and static scores per token. */
export interface TaggerInput {
  shapes: string[];
  statics: Float64Array[];
}

/** The tagger's input for a text ({@link staticScores}). */
export function taggerInput(ctx: TextContext, model: TaggerModel): TaggerInput {
  return staticScores(ctx, model);
}

/**
 * How much `O` may outscore the best name tag on the first word of a run that opens a sentence
 * (there a capital proves nothing, so the tagger itself must prefer a name). Of -10k, 0 and 5k
 * compared on CoNLL-2002 ned.testa, 0 and 5k were best (F1 .653 → .656); 0 is the stricter.
 */
export const MAX_OPENER_OUTSIDE_MARGIN = 0;

/** Capitalised runs typed by the model (languages that write nouns in lowercase only; see proposals.ts). */
export function proposalCandidates(ctx: TextContext, model: TaggerModel, input: TaggerInput): Candidate[] {
  if (ctx.locale.capitalisesNouns) return [];
  const scored: { span: Proposal; totals: number[] }[] = [];
  for (const span of capitalisedRuns(ctx)) {
    const totals = spanTypeScores(ctx, model, input, span);
    if (totals) scored.push({ span, totals });
  }
  for (const span of capitalisedRuns(ctx, true)) {
    const totals = spanTypeScores(ctx, model, input, span, MAX_OPENER_OUTSIDE_MARGIN);
    if (totals) scored.push({ span, totals });
  }
  const summed = TYPE_CONSISTENCY ? sumByName(ctx, scored) : null;
  const found: Candidate[] = [];
  for (const { span, totals } of scored) {
    const type = typeFromScores(ctx, input, span, summed?.get(nameOf(ctx, span)) ?? totals);
    if (type !== 'PER' || personShaped(ctx, span.start, span.end, true)) found.push(candidate(ctx, span.start, span.end, type, PROPOSAL_RULE));
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * One type for every repeat of a name in a text: `Sabena` in ten sentences of one article is one
 * thing, so the tagger's per-type scores of its repeats are summed before the type is chosen.
 */
export const TYPE_CONSISTENCY = true;

function nameOf(ctx: TextContext, span: Proposal): string {
  return ctx.tokens.slice(span.start, span.end).map((t) => t.key).join(' ');
}

function sumByName(ctx: TextContext, scored: readonly { span: Proposal; totals: number[] }[]): Map<string, number[]> {
  const sums = new Map<string, number[]>();
  for (const { span, totals } of scored) {
    const key = nameOf(ctx, span);
    const sum = sums.get(key);
    if (sum) totals.forEach((v, k) => (sum[k]! += v));
    else sums.set(key, [...totals]);
  }
  return sums;
}

/** The spans the model tags in the text, as candidates (spans of punctuation or lowercase words only are dropped). */
export function taggerCandidates(ctx: TextContext, model: TaggerModel, input: TaggerInput = taggerInput(ctx, model)): Candidate[] {
  const { tags, margins } = decode(model, input.statics, input.shapes);
  const found: Candidate[] = [];
  let i = 0;
  while (i < tags.length) {
    const tag = tags[i]!;
    if (tag === OUTSIDE || ctx.shouting[i]) {
      i++;
      continue;
    }
    const type = TYPES[tag.slice(2)];
    let end = i + 1;
    while (end < tags.length && tags[end] === `I-${tag.slice(2)}` && !ctx.shouting[end]) end++;
    while (end > i + 1 && !ctx.tokens[end - 1]!.word) end--;
    const tokens = ctx.tokens.slice(i, end);
    const short = end === i + 1 && (commonWord(ctx, tokens[0]!.lower) || stoplisted(ctx, tokens[0]!.key) || (tokens[0]!.key.length < MIN_SINGLE_WORD && !/^\p{Lu}+$/u.test(tokens[0]!.key)));
    const person = type !== 'PER' || personShaped(ctx, i, end, margins[i]! >= MIN_SINGLE_PERSON_MARGIN);
    if ((end === i + 1 && afterDeterminer(ctx, i)) || endsInRole(ctx, end)) {
      i++;
      continue;
    }
    if (type && person && !short && tokens[0]!.word && NAME_LIKE.test(tokens[0]!.key) && margins[i]! >= MIN_TAGGER_MARGIN) found.push(candidate(ctx, i, end, type, TAGGER_RULE));
    i = Math.max(end, i + 1);
  }
  return found;
}

/** `candidates` plus the tagger's candidates that overlap none of them, then guessed acronyms ({@link acronymGuesses}). */
export function addTaggerCandidates(ctx: TextContext, model: TaggerModel | null, candidates: readonly Candidate[]): Candidate[] {
  if (!model) return [...candidates];
  const taken = new Array<boolean>(ctx.tokens.length).fill(false);
  const out = [...candidates];
  const addFree = (list: readonly Candidate[]) => {
    for (const c of list) {
      if (taken.slice(c.start, c.end).some(Boolean)) continue;
      taken.fill(true, c.start, c.end);
      out.push(c);
    }
  };
  for (const c of candidates) taken.fill(true, c.start, c.end);
  const input = taggerInput(ctx, model);
  addFree(proposalCandidates(ctx, model, input));
  addFree(listPersonCandidates(ctx, taken));
  addFree(speakerCandidates(ctx, taken));
  // Where only names are capitalised, the capitalised runs above hold every name the tagger could add; its own spans
  // there are compounds and pieces of runs (`Sabena-aandelen`, `Uitvoerend [Comité]`: 4 right of 29 on CoNLL-2002 testa).
  if (ctx.locale.capitalisesNouns) addFree(taggerCandidates(ctx, model, input));
  addFree(surnameEchoes(ctx, out, taken));
  addFree(nameEchoes(ctx, out.filter((c) => ECHOED_TYPES.has(c.type)), taken));
  addFree(affiliationCandidates(ctx, out, taken));
  addFree(acronymGuesses(ctx, taken));
  return out;
}
