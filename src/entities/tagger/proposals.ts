/**
 * Name spans read off capitalisation, typed by the tagger. In a language that writes common
 * nouns in lowercase (Dutch, English, French, Spanish), a run of capitalised words inside a
 * sentence is a name; which kind of name is the tagger's call: the span is scored as `B-X I-X …`
 * for each type X and the best type wins, or the span is dropped when `O` scores higher on its
 * first word by more than {@link MAX_OUTSIDE_MARGIN}. Never used for languages that capitalise
 * nouns (German), where the tagger's own spans stand alone.
 */
import type { TextContext } from '../context.js';
import { isGivenName } from '../names.js';
import type { TaggerInput } from './candidates.js';
import { introducedAsPerson } from './introduced.js';
import { personListLabel, placeLabels } from './lists.js';
import { transitionScores, type TaggerModel } from './model.js';

/** Tokens after which a capital proves nothing (a sentence, a quote or a line starts). */
const OPENERS = new Set(['.', '!', '?', ':', '"', '„', '“', '”', '»', '«', "'", '-', '–', '—']);
/** A capitalised word with a lowercase letter, or an acronym of two or more capitals. */
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}\p{N}]*$/u;
/** The types a proposal can take. */
export const PROPOSAL_TYPES = ['PER', 'LOC', 'ORG'] as const;

/**
 * How much the tagger's `O` may outscore the best name tag on a span's first word before the
 * span is dropped (integer weight scale of the model file, ×1000). Chosen on CoNLL-2002 ned.testa
 * (measured, never trained on; proposals run only where nouns are lowercase, so GermEval cannot
 * check it): with session 2's model, 10k/20k/40k/no limit gave F1 .652/.654/.637/.624 (with
 * {@link LOC_PENALTY} 15k: .654/.661): lower drops real names, higher lets in adjectives and titles.
 * 20k would also take lone surnames without any cue (`Biden ontvangt Kishida`), which the person
 * rules leave out on purpose (src/entities/items.test.ts), so 10k stays.
 */
export const MAX_OUTSIDE_MARGIN = 10_000;

/**
 * Taken off the `LOC` score of a proposal whose first word is no known place (not in the
 * GeoNames place list of data/ner-lists.json): the gazetteer and the list already name most
 * places, so an unknown capitalised word is a person or an organisation more often than the
 * tagger, trained on 19th-century papers full of towns, believes. Of 0, 5k, 15k and 30k compared
 * on CoNLL-2002 ned.testa (with a 20k outside margin), 15k and 30k were best (F1 .661 each; 30k
 * trades person for place precision); 15k is the milder (.652 → .654 with the 10k margin).
 */
export const LOC_PENALTY = 15_000;

/**
 * Taken off the `PER` score of a one-word proposal that is no listed given or family name and
 * that the text never introduces as a person (never the last word of a longer capitalised name,
 * never right after a role word): news introduces people by their full name or their role before
 * using the surname alone, so an unintroduced unknown word (`Swissair`, `Tibco`) is more often a
 * company or a place. See {@link introducedAsPerson}.
 */
export const UNINTRODUCED_PER_PENALTY = 30_000;

/** A capitalised span `[start, end)`. */
export interface Proposal {
  start: number;
  end: number;
}

function capitalised(ctx: TextContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.word && !ctx.shouting[i] && CAPITALISED.test(t.key) && !/^\p{N}/u.test(t.key);
}

function opens(ctx: TextContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return i === 0 || t.gap === 2 || OPENERS.has(ctx.tokens[i - 1]!.key);
}

/** A place name the locale lists as a common word (`Bergen`, `Indien` in Dutch): at a sentence's start it is that word. */
function commonWordName(ctx: TextContext, i: number): boolean {
  const key = ctx.tokens[i]!.key;
  return ctx.locale.cityStoplist.has(key) || ctx.locale.countryStoplist.has(key);
}

/** `NMBS-directie`, `anti-Amerikaanse`: a run glued by a hyphen to a lowercase word is part of a common word. */
function inCompound(ctx: TextContext, start: number, end: number): boolean {
  const { tokens } = ctx;
  const after = tokens[end];
  const before = tokens[start - 1];
  if (after?.key === '-' && after.gap === 0 && tokens[end + 1]?.gap === 0 && /^\p{Ll}/u.test(tokens[end + 1]!.key)) return true;
  return before?.key === '-' && tokens[start]!.gap === 0 && before.gap === 0 && /^\p{Ll}/u.test(tokens[start - 2]?.key ?? '');
}

/**
 * Where a run starts after name particles the first of which is capitalised inside a sentence
 * (`De Prins`, `Van den Abeele`, `De Standaard`), the start of those particles; else `i`.
 */
function particleStart(ctx: TextContext, i: number): number {
  const { tokens, locale } = ctx;
  let k = i;
  while (k > 0 && i - k < 2 && tokens[k]!.gap === 1 && locale.particles.has(tokens[k - 1]!.lower)) k--;
  while (k < i && !/^\p{Lu}/u.test(tokens[k]!.key)) k++;
  return k < i && !opens(ctx, k) && !ctx.shouting[k] ? k : i;
}

/**
 * Runs of capitalised words (with name particles and hyphens inside) that do not open a
 * sentence, and are not a stopword or calendar word on their own; with `openers`, only the runs
 * that do open a sentence (whose capital proves nothing: the caller asks more of the tagger).
 */
export function capitalisedRuns(ctx: TextContext, openers = false): Proposal[] {
  const { tokens, locale } = ctx;
  const out: Proposal[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(ctx, i) || opens(ctx, i) !== openers || locale.stopwords.has(tokens[i]!.lower) || locale.calendarWords.has(tokens[i]!.lower) || (openers && commonWordName(ctx, i))) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (capitalised(ctx, end) && tokens[end]!.gap !== 2) {
        end++;
        continue;
      }
      // `Jean-Pierre`, `Noord-Holland`: a hyphen glued on both sides.
      if (tokens[end]?.key === '-' && tokens[end]!.gap === 0 && tokens[end + 1]?.gap === 0 && capitalised(ctx, end + 1)) {
        end += 2;
        continue;
      }
      // `Pieter van den Berg`: particles followed by a capitalised word (not an acronym: `De Bruijn van FNV`).
      let k = end;
      while (k < tokens.length && k - end < 2 && locale.particles.has(tokens[k]!.key)) k++;
      if (k > end && capitalised(ctx, k) && /\p{Ll}/u.test(tokens[k]!.key)) {
        end = k + 1;
        continue;
      }
      break;
    }
    // `Sanne de Bruijn` opening a sentence: the opening word joins through the particles before the run.
    let start = i;
    let k = i;
    while (k > 0 && i - k < 2 && locale.particles.has(tokens[k - 1]!.key)) k--;
    if (!openers && k < i && capitalised(ctx, k - 1) && opens(ctx, k - 1) && !locale.stopwords.has(tokens[k - 1]!.lower)) start = k - 1;
    // `De Prins`, `Van den Abeele`, `De Standaard` inside a sentence: a capitalised particle there opens the name.
    else if (!openers) start = particleStart(ctx, i);
    if (!inCompound(ctx, start, end)) out.push({ start, end });
    i = end;
  }
  return out;
}

/**
 * The best type for a span given the tagger's scores, or null when the tagger is confident it
 * is no name.
 */
export function typeOfSpan(ctx: TextContext, model: TaggerModel, input: TaggerInput, span: Proposal, maxOutside = MAX_OUTSIDE_MARGIN): (typeof PROPOSAL_TYPES)[number] | null {
  const totals = spanTypeScores(ctx, model, input, span, maxOutside);
  return totals ? typeFromScores(ctx, input, span, totals) : null;
}

/** The type a span takes given per-type scores (its own, or summed over its repeats in the text). */
export function typeFromScores(ctx: TextContext, input: TaggerInput, span: Proposal, totals: readonly number[]): (typeof PROPOSAL_TYPES)[number] {
  // An acronym the gazetteer does not know is an organisation far more often than anything else in news.
  if (span.end === span.start + 1 && input.shapes[span.start] === 'X' && ctx.tokens[span.start]!.key.length >= 2) return 'ORG';
  if (span.end - span.start >= 2 && isGivenName(ctx.tokens[span.start]!.key)) return 'PER';
  const adjusted = [...totals];
  if (span.end === span.start + 1 && personListLabel(ctx.tokens[span.start]!.lower) === '-' && !introducedAsPerson(ctx, ctx.tokens[span.start]!.key)) adjusted[0]! -= UNINTRODUCED_PER_PENALTY;
  let best = 0;
  for (let k = 1; k < PROPOSAL_TYPES.length; k++) if (adjusted[k]! > adjusted[best]!) best = k;
  return PROPOSAL_TYPES[best]!;
}

/**
 * The tagger's score of the span as each of {@link PROPOSAL_TYPES} (in that order), or null when
 * `O` outscores every name tag on its first word by more than `maxOutside`.
 */
export function spanTypeScores(ctx: TextContext, model: TaggerModel, input: TaggerInput, span: Proposal, maxOutside = MAX_OUTSIDE_MARGIN): number[] | null {
  const locPenalty = placeLabels(ctx)[span.start] === '-' ? LOC_PENALTY : 0;
  const index = (tag: string) => model.tags.indexOf(tag);
  const score = (i: number, previous: string, tag: string) => input.statics[i]![index(tag)]! + transitionScores(model, previous, input.shapes[i]!)[index(tag)]!;
  const names = PROPOSAL_TYPES.map((t) => score(span.start, 'O', `B-${t}`));
  if (score(span.start, 'O', 'O') - Math.max(...names) > maxOutside) return null;
  return PROPOSAL_TYPES.map((type, k) => {
    let total = names[k]!;
    for (let i = span.start + 1; i < span.end; i++) total += score(i, `${i === span.start + 1 ? 'B' : 'I'}-${type}`, `I-${type}`);
    return type === 'LOC' ? total - locPenalty : total;
  });
}
