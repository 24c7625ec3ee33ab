/**
 * The tagger model: a linear scorer over BIO tags (averaged-perceptron weights) and greedy
 * left-to-right decoding, where the previous tag is a feature and `I-X` may only follow `B-X`
 * or `I-X`. The model file is text: `#` header lines saying what generated it, a `tags` line,
 * then one line per feature: the feature, a tab, and `tag:weight` pairs (integers).
 */

/** The tag of tokens outside any name. */
export const OUTSIDE = 'O';

/** A feature's weights: tag index and weight, alternating. */
export type SparseWeights = Int32Array;

/** A loaded model: its tags and the weights of every feature it knows, by template then value. */
export interface TaggerModel {
  tags: readonly string[];
  weights: ReadonlyMap<string, ReadonlyMap<string, SparseWeights>>;
}

/** Splits a feature `template=value` at its first `=`. */
export function splitFeature(feature: string): [string, string] {
  const at = feature.indexOf('=');
  return at < 0 ? [feature, ''] : [feature.slice(0, at), feature.slice(at + 1)];
}

/** The model of flat `template=value` weights. */
export function nestedModel(tags: readonly string[], flat: ReadonlyMap<string, SparseWeights>): TaggerModel {
  const weights = new Map<string, Map<string, SparseWeights>>();
  for (const [feature, w] of flat) {
    const [template, value] = splitFeature(feature);
    const byValue = weights.get(template) ?? new Map<string, SparseWeights>();
    byValue.set(value, w);
    weights.set(template, byValue);
  }
  return { tags, weights };
}

/** Adds one feature's weights into `scores`. */
export function addWeights(model: TaggerModel, template: string, value: string, scores: Float64Array): void {
  const w = model.weights.get(template)?.get(value);
  if (!w) return;
  for (let k = 0; k < w.length; k += 2) scores[w[k]!]! += w[k + 1]!;
}

/** The features that depend on the previous tag. */
export function transitionFeatures(previousTag: string, shape: string): string[] {
  return [`pt=${previousTag}`, `pt|sh=${previousTag}|${shape}`];
}

/** True when `tag` may follow `previous` (`I-X` only after `B-X` or `I-X`). */
export function allowedAfter(previous: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return previous.slice(2) === tag.slice(2) && previous !== OUTSIDE;
}

/** Adds the weights of `features` (`template=value` strings) into `scores`. */
export function addScores(model: TaggerModel, features: readonly string[], scores: Float64Array): void {
  for (const feature of features) addWeights(model, ...splitFeature(feature), scores);
}

const transitionCache = new WeakMap<TaggerModel, Map<string, Map<string, Float64Array>>>();

/** The scores of the transition features for a previous tag and a word shape (memoised per model). */
export function transitionScores(model: TaggerModel, previousTag: string, shape: string): Float64Array {
  let cache = transitionCache.get(model);
  if (!cache) {
    cache = new Map();
    transitionCache.set(model, cache);
  }
  let byShape = cache.get(previousTag);
  if (!byShape) cache.set(previousTag, (byShape = new Map()));
  let scores = byShape.get(shape);
  if (!scores) {
    scores = new Float64Array(model.tags.length);
    addScores(model, transitionFeatures(previousTag, shape), scores);
    byShape.set(shape, scores);
  }
  return scores;
}

/**
 * The best tag for each token, left to right, and for each how far the chosen tag scored above
 * `O` (0 for `O` itself): the tagger's confidence that a name starts or goes on there.
 * @param statics {@link staticScores} of the tokens
 * @param shapes the word shape of each token
 */
export function decode(model: TaggerModel, statics: readonly Float64Array[], shapes: readonly string[]): { tags: string[]; margins: number[] } {
  const out: string[] = [];
  const margins: number[] = [];
  const outside = model.tags.indexOf(OUTSIDE);
  const n = model.tags.length;
  const allowed = allowedMatrix(model);
  let previous = outside;
  for (let i = 0; i < statics.length; i++) {
    const fixed = statics[i]!;
    const moving = transitionScores(model, model.tags[previous]!, shapes[i]!);
    const row = allowed[previous]!;
    let best = outside;
    let bestScore = -Infinity;
    for (let k = 0; k < n; k++) {
      const score = fixed[k]! + moving[k]!;
      if (score > bestScore && row[k]) {
        bestScore = score;
        best = k;
      }
    }
    out.push(model.tags[best]!);
    margins.push(bestScore - (fixed[outside]! + moving[outside]!));
    previous = best;
  }
  return { tags: out, margins };
}

const allowedCache = new WeakMap<TaggerModel, boolean[][]>();

/** {@link allowedAfter} of every pair of tag indices (previous, next), memoised per model. */
function allowedMatrix(model: TaggerModel): boolean[][] {
  let matrix = allowedCache.get(model);
  if (!matrix) {
    matrix = model.tags.map((previous) => model.tags.map((tag) => allowedAfter(previous, tag)));
    allowedCache.set(model, matrix);
  }
  return matrix;
}

/** Reads a model file's text. Throws, naming the fix, when it is malformed. */
export function parseModel(text: string, source: string): TaggerModel {
  const flat = new Map<string, SparseWeights>();
  let tags: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`${source}: line without a tab; regenerate it with scripts/build-ner-model.ts.`);
    const name = line.slice(0, tab);
    const rest = line.slice(tab + 1);
    if (name === 'tags' && tags === null) {
      tags = rest.split('\t');
      continue;
    }
    const numbers = rest.split(/[ :]/);
    const w = new Int32Array(numbers.length);
    for (let k = 0; k < numbers.length; k++) w[k] = Number(numbers[k]);
    flat.set(name, w);
  }
  if (!tags || !tags.includes(OUTSIDE)) throw new Error(`${source}: no tags line with "O"; regenerate it with scripts/build-ner-model.ts.`);
  return nestedModel(tags, flat);
}

/** The text of a model file: `header` lines (without `#`), the tags, then the weights. */
export function serializeModel(model: TaggerModel, header: readonly string[]): string {
  const lines = header.map((h) => `# ${h}`);
  lines.push(`tags\t${model.tags.join('\t')}`);
  for (const [template, byValue] of model.weights) {
    for (const [value, w] of byValue) {
      const pairs: string[] = [];
      for (let k = 0; k < w.length; k += 2) pairs.push(`${w[k]}:${w[k + 1]}`);
      lines.push(`${template}=${value}\t${pairs.join(' ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
