/**
 * Training the tagger: an averaged perceptron (Collins 2002) over greedy left-to-right
 * decoding, the decoder {@link decode} uses. Run by scripts/build-ner-model.ts; nothing here
 * runs at annotation time.
 */
import { allowedAfter, nestedModel, OUTSIDE, transitionFeatures, type SparseWeights, type TaggerModel } from './model.js';

/** One training sequence: each token's static features and shape, and the gold tags. */
export interface TrainingSequence {
  features: string[][];
  shapes: string[];
  tags: string[];
}

/** Options of {@link trainPerceptron}. */
export interface TrainOptions {
  epochs: number;
  /** Features seen fewer times than this in the training data are dropped (keeps the model small). */
  minCount: number;
  /** Averaged weights are multiplied by this and rounded to integers in the model. */
  scale: number;
  /** Integer weights of smaller magnitude are dropped. */
  minWeight: number;
  /** Shuffling seed (the order of sequences changes each epoch, reproducibly). */
  seed: number;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Trains the weights for `tags` on `sequences`; returns a compact model. */
export function trainPerceptron(sequences: readonly TrainingSequence[], tags: readonly string[], options: TrainOptions): TaggerModel {
  const counts = new Map<string, number>();
  for (const s of sequences) for (const f of s.features) for (const name of f) counts.set(name, (counts.get(name) ?? 0) + 1);
  const keep = (name: string) => name.startsWith('pt') || (counts.get(name) ?? 0) >= options.minCount;
  const n = tags.length;
  const w = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let clock = 0;
  const row = (name: string) => {
    let r = w.get(name);
    if (!r) {
      r = new Float64Array(n);
      w.set(name, r);
      totals.set(name, new Float64Array(n));
      stamps.set(name, new Float64Array(n));
    }
    return r;
  };
  const update = (name: string, k: number, delta: number) => {
    const r = row(name);
    const total = totals.get(name)!;
    const stamp = stamps.get(name)!;
    total[k]! += (clock - stamp[k]!) * r[k]!;
    stamp[k] = clock;
    r[k]! += delta;
  };
  const scores = new Float64Array(n);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const s of shuffled(sequences, options.seed + epoch)) {
      let previous = OUTSIDE;
      for (let i = 0; i < s.tags.length; i++) {
        clock++;
        const fixed = s.features[i]!.filter(keep);
        const guessFeatures = [...fixed, ...transitionFeatures(previous, s.shapes[i]!)];
        scores.fill(0);
        for (const name of guessFeatures) {
          const r = w.get(name);
          if (r) for (let k = 0; k < n; k++) scores[k]! += r[k]!;
        }
        let best = 0;
        let bestScore = -Infinity;
        for (let k = 0; k < n; k++) if (allowedAfter(previous, tags[k]!) && scores[k]! > bestScore) [best, bestScore] = [k, scores[k]!];
        const gold = tags.indexOf(s.tags[i]!);
        // A gold `I-X` after a wrongly guessed `O` cannot be reached: the error lies one token back.
        if (best !== gold && allowedAfter(previous, tags[gold]!)) {
          for (const name of guessFeatures) update(name, best, -1);
          for (const name of guessFeatures) update(name, gold, 1);
        }
        previous = tags[best]!;
      }
    }
  }
  const weights = new Map<string, SparseWeights>();
  for (const [name, r] of w) {
    const total = totals.get(name)!;
    const stamp = stamps.get(name)!;
    const pairs: number[] = [];
    for (let k = 0; k < n; k++) {
      const averaged = (total[k]! + (clock - stamp[k]!) * r[k]!) / clock;
      const integer = Math.round(averaged * options.scale);
      if (Math.abs(integer) >= options.minWeight) pairs.push(k, integer);
    }
    if (pairs.length > 0) weights.set(name, Int32Array.from(pairs));
  }
  return nestedModel(tags, weights);
}

/**
 * The mean of models trained on the same data with different seeds (same tags): each feature's
 * weights averaged, rounded, and dropped below `minWeight`. One perceptron's weights depend on the
 * order it saw the data in (two seeds differ by about .006 F1 on the evaluation sets); the mean
 * of several is steadier.
 */
export function averageModels(models: readonly TaggerModel[], minWeight: number): TaggerModel {
  if (models.length === 0) throw new Error('averageModels: pass at least one model.');
  const tags = models[0]!.tags;
  const n = tags.length;
  const sums = new Map<string, Float64Array>();
  for (const model of models) {
    if (model.tags.join('\t') !== tags.join('\t')) throw new Error('averageModels: the models have different tags; train them with the same TAGS.');
    for (const [template, byValue] of model.weights) {
      for (const [value, w] of byValue) {
        const name = `${template}=${value}`;
        let sum = sums.get(name);
        if (!sum) sums.set(name, (sum = new Float64Array(n)));
        for (let k = 0; k < w.length; k += 2) sum[w[k]!]! += w[k + 1]!;
      }
    }
  }
  const flat = new Map<string, SparseWeights>();
  for (const [name, sum] of sums) {
    const pairs: number[] = [];
    for (let k = 0; k < n; k++) {
      const mean = Math.round(sum[k]! / models.length);
      if (Math.abs(mean) >= minWeight) pairs.push(k, mean);
    }
    if (pairs.length > 0) flat.set(name, Int32Array.from(pairs));
  }
  return nestedModel(tags, flat);
}
