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

/** A loaded model: its tags and the weights of every feature it knows. */
export interface TaggerModel {
  tags: readonly string[];
  weights: ReadonlyMap<string, SparseWeights>;
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

/** Adds the weights of `features` into `scores`. */
export function addScores(model: TaggerModel, features: readonly string[], scores: Float64Array): void {
  for (const feature of features) {
    const w = model.weights.get(feature);
    if (!w) continue;
    for (let k = 0; k < w.length; k += 2) scores[w[k]!]! += w[k + 1]!;
  }
}

/**
 * The best tag for each token, left to right.
 * @param features the static features of each token
 * @param shapes the word shape of each token
 */
export function decode(model: TaggerModel, features: readonly (readonly string[])[], shapes: readonly string[]): string[] {
  const out: string[] = [];
  const scores = new Float64Array(model.tags.length);
  let previous = OUTSIDE;
  for (let i = 0; i < features.length; i++) {
    scores.fill(0);
    addScores(model, features[i]!, scores);
    addScores(model, transitionFeatures(previous, shapes[i]!), scores);
    let best = OUTSIDE;
    let bestScore = -Infinity;
    model.tags.forEach((tag, k) => {
      if (allowedAfter(previous, tag) && scores[k]! > bestScore) {
        bestScore = scores[k]!;
        best = tag;
      }
    });
    out.push(best);
    previous = best;
  }
  return out;
}

/** Reads a model file's text. Throws, naming the fix, when it is malformed. */
export function parseModel(text: string, source: string): TaggerModel {
  const weights = new Map<string, SparseWeights>();
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
    const pairs = rest.split(' ');
    const w = new Int32Array(pairs.length * 2);
    pairs.forEach((pair, k) => {
      const colon = pair.indexOf(':');
      w[2 * k] = Number(pair.slice(0, colon));
      w[2 * k + 1] = Number(pair.slice(colon + 1));
    });
    weights.set(name, w);
  }
  if (!tags || !tags.includes(OUTSIDE)) throw new Error(`${source}: no tags line with "O"; regenerate it with scripts/build-ner-model.ts.`);
  return { tags, weights };
}

/** The text of a model file: `header` lines (without `#`), the tags, then the weights. */
export function serializeModel(model: TaggerModel, header: readonly string[]): string {
  const lines = header.map((h) => `# ${h}`);
  lines.push(`tags\t${model.tags.join('\t')}`);
  for (const [name, w] of model.weights) {
    const pairs: string[] = [];
    for (let k = 0; k < w.length; k += 2) pairs.push(`${w[k]}:${w[k + 1]}`);
    lines.push(`${name}\t${pairs.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
