/**
 * Mention candidates from the statistical tagger. They only add recall: annotate() keeps
 * them where no rule or gazetteer candidate lies (see {@link addTaggerCandidates}).
 */
import type { EntityType } from '../../pipeline/types.js';
import type { Candidate } from '../candidate.js';
import type { TextContext } from '../context.js';
import { slugify } from '../fold.js';
import { personId } from '../names.js';
import { tokenFeatures, shapesOf } from './features.js';
import { decode, OUTSIDE, type TaggerModel } from './model.js';

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

/** The spans the model tags in the text, as candidates (spans of punctuation or lowercase words only are dropped). */
export function taggerCandidates(ctx: TextContext, model: TaggerModel): Candidate[] {
  const shapes = shapesOf(ctx);
  const features = ctx.tokens.map((_, i) => tokenFeatures(ctx, i, shapes));
  const tags = decode(model, features, shapes);
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
    if (type && tokens[0]!.word && NAME_LIKE.test(tokens[0]!.key)) {
      const words = tokens.filter((t) => t.word).map((t) => t.key);
      found.push({ start: i, end, type, entity: entityId(type, words), rule: TAGGER_RULE, certainty: 'inferred', yieldsToPerson: false });
    }
    i = Math.max(end, i + 1);
  }
  return found;
}

/** `candidates` plus the tagger's candidates that overlap none of them. */
export function addTaggerCandidates(ctx: TextContext, model: TaggerModel | null, candidates: readonly Candidate[]): Candidate[] {
  if (!model) return [...candidates];
  const taken = new Array<boolean>(ctx.tokens.length).fill(false);
  for (const c of candidates) taken.fill(true, c.start, c.end);
  const extra = taggerCandidates(ctx, model).filter((c) => !taken.slice(c.start, c.end).some(Boolean));
  return [...candidates, ...extra];
}
