/**
 * The tagger's static scores of every token of a text, computed fast: the same sums as adding
 * the weights of every feature of features.ts (training's path, {@link visitFeatures}), but
 * without building a string per feature. What a word contributes as itself and as a neighbour
 * (its own features, `w-1`/`w+1`/`w-2`/`w+2`, person-list label, flags) is looked up once per
 * distinct word and model and remembered; the few features of a position (sentence opening,
 * gazetteer and place labels, shape pairs) come from small per-model tables keyed by interned
 * strings. Weights are integers, so the order of the additions cannot change a sum: the scores
 * equal the visitor's exactly (checked in scores.test.ts).
 */
import type { TextContext } from '../context.js';
import type { LexEntry } from '../lexicon.js';
import type { EntityLocale } from '../locales/index.js';
import { isGivenName } from '../names.js';
import { isRoleWord } from '../roles.js';
import { opensSentence, visitWordFeatures, wordShape } from './features.js';
import { orgFlags, personListLabel, placeLabels } from './lists.js';
import { addWeights, type SparseWeights, type TaggerModel } from './model.js';

/** Most distinct words remembered per model and locale; the memo is emptied when it is full. */
export const MAX_CACHED_WORDS = 50_000;

/** What one word (as written) contributes, wherever it stands. */
interface WordEntry {
  shape: string;
  /** Scores of the word's own features ({@link visitWordFeatures}). */
  own: Float64Array;
  /** Weights of the word as `w-1`, `w+1`, `w-2`, `w+2` of another token. */
  asPrev: SparseWeights | undefined;
  asNext: SparseWeights | undefined;
  asPrev2: SparseWeights | undefined;
  asNext2: SparseWeights | undefined;
  /** Weights of `wcap|first` (used only for a capitalised word opening a sentence). */
  capFirst: SparseWeights | undefined;
  personLabel: string;
  capital: boolean;
  givenSelf: boolean;
  givenPrev: boolean;
  role: boolean;
  stop: boolean;
  common: boolean;
}

/** Per model: feature weights by template, and the memo of words per locale. */
interface Compiled {
  model: TaggerModel;
  tags: number;
  template: (name: string) => ReadonlyMap<string, SparseWeights>;
  flag: (name: string) => SparseWeights | undefined;
  words: WeakMap<EntityLocale, Map<string, WordEntry>>;
  /** Weights of `template=value` for small value sets, by template then value. */
  small: Map<string, Map<string, SparseWeights | null>>;
  /** `sh-1` (by previous shape, then shape) and `sh+1` (by shape, then next shape). */
  shapePairs: Map<string, Map<string, Map<string, SparseWeights | null>>>;
  gazetteer: WeakMap<LexEntry, [string, string]>;
}

const EMPTY = new Map<string, SparseWeights>();
const compiledCache = new WeakMap<TaggerModel, Compiled>();

function compiled(model: TaggerModel): Compiled {
  let c = compiledCache.get(model);
  if (c) return c;
  const template = (name: string) => model.weights.get(name) ?? EMPTY;
  c = {
    model,
    tags: model.tags.length,
    template,
    flag: (name) => template(name).get(''),
    words: new WeakMap(),
    small: new Map(),
    shapePairs: new Map([['sh-1', new Map()], ['sh+1', new Map()]]),
    gazetteer: new WeakMap(),
  };
  compiledCache.set(model, c);
  return c;
}

/** The weights of `template=value` for a template whose values are few (labels, shapes), memoised. */
function small(c: Compiled, template: string, value: string): SparseWeights | null {
  let byValue = c.small.get(template);
  if (!byValue) c.small.set(template, (byValue = new Map()));
  let w = byValue.get(value);
  if (w === undefined) byValue.set(value, (w = c.template(template).get(value) ?? null));
  return w;
}

function shapePair(c: Compiled, template: 'sh-1' | 'sh+1', a: string, b: string): SparseWeights | null {
  const byFirst = c.shapePairs.get(template)!;
  let bySecond = byFirst.get(a);
  if (!bySecond) byFirst.set(a, (bySecond = new Map()));
  let w = bySecond.get(b);
  if (w === undefined) bySecond.set(b, (w = c.template(template).get(`${a}|${b}`) ?? null));
  return w;
}

function wordEntry(c: Compiled, locale: EntityLocale, key: string, lower: string): WordEntry {
  let words = c.words.get(locale);
  if (!words) c.words.set(locale, (words = new Map()));
  let e = words.get(key);
  if (e) return e;
  if (words.size >= MAX_CACHED_WORDS) words.clear();
  const shape = wordShape(key);
  const own = new Float64Array(c.tags);
  visitWordFeatures(lower, shape, (template, value) => addWeights(c.model, template, value, own), locale);
  const capital = /^\p{Lu}/u.test(key);
  const given = isGivenName(key);
  e = {
    shape,
    own,
    asPrev: c.template('w-1').get(lower),
    asNext: c.template('w+1').get(lower),
    asPrev2: c.template('w-2').get(lower),
    asNext2: c.template('w+2').get(lower),
    capFirst: capital ? c.template('wcap|first').get(lower) : undefined,
    personLabel: personListLabel(lower),
    capital,
    givenSelf: key.length > 1 && given,
    givenPrev: given,
    role: isRoleWord(locale, lower),
    stop: locale.stopwords.has(lower),
    common: capital && locale.looksLikeCommonNoun(key),
  };
  words.set(key, e);
  return e;
}

function gazetteerLabel(c: Compiled, ctx: TextContext, i: number): string {
  const hit = ctx.covered[i];
  if (!hit) return '-';
  let labels = c.gazetteer.get(hit.entry);
  if (!labels) {
    const base = `${hit.entry.type}/${hit.entry.kind}`;
    c.gazetteer.set(hit.entry, (labels = [`${base}B`, `${base}I`]));
  }
  return labels[hit.start === i ? 0 : 1];
}

const joined = new Map<string, [string, string]>();

/** `label|true` or `label|false` (the value of the `…|first` features), one string per label. */
function withFirst(label: string, first: boolean): string {
  let pair = joined.get(label);
  if (!pair) joined.set(label, (pair = [`${label}|false`, `${label}|true`]));
  return pair[first ? 1 : 0];
}

function add(w: SparseWeights | null | undefined, scores: Float64Array): void {
  if (!w) return;
  for (let k = 0; k < w.length; k += 2) scores[w[k]!]! += w[k + 1]!;
}

/** The word shapes and static scores of every token of `ctx` (what {@link visitFeatures} sums, computed fast). */
export function staticScores(ctx: TextContext, model: TaggerModel): { shapes: string[]; statics: Float64Array[] } {
  const c = compiled(model);
  const { tokens, locale } = ctx;
  const n = tokens.length;
  const entries = tokens.map((t) => wordEntry(c, locale, t.key, t.lower));
  const shapes = entries.map((e) => e.shape);
  const places = placeLabels(ctx);
  const orgs = orgFlags(ctx);
  const gz = new Array<string>(n);
  for (let i = 0; i < n; i++) gz[i] = gazetteerLabel(c, ctx, i);
  const buffer = new Float64Array(n * c.tags);
  const statics: Float64Array[] = [];
  const wPair = c.template('w-1|w');
  const nouns = locale.capitalisesNouns ? 'N' : 'n';
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const e = entries[i]!;
    const scores = buffer.subarray(i * c.tags, (i + 1) * c.tags);
    scores.set(e.own);
    const first = opensSentence(ctx, i);
    const prev = i > 0 ? entries[i - 1]! : undefined;
    const next = i + 1 < n ? entries[i + 1]! : undefined;
    add(small(c, first ? 'sh|first' : 'sh|mid', e.shape), scores);
    add(small(c, 'cn|sh', `${nouns}|${first ? 1 : 0}|${e.shape}`), scores);
    add(prev ? prev.asPrev : small(c, 'w-1', '<s>'), scores);
    add(next ? next.asNext : small(c, 'w+1', '</s>'), scores);
    add(i > 1 ? entries[i - 2]!.asPrev2 : small(c, 'w-2', '<s>'), scores);
    add(i + 2 < n ? entries[i + 2]!.asNext2 : small(c, 'w+2', '</s>'), scores);
    add(shapePair(c, 'sh-1', prev ? prev.shape : '<s>', e.shape), scores);
    add(shapePair(c, 'sh+1', e.shape, next ? next.shape : '</s>'), scores);
    const prevLower = i > 0 ? tokens[i - 1]!.lower : '<s>';
    // Word pairs are too many to remember: one string per token, as training builds it.
    add(wPair.get(`${prevLower}|${t.lower}`), scores);
    add(small(c, 'gz', gz[i]!), scores);
    add(small(c, 'gz-1', i > 0 ? gz[i - 1]! : '-'), scores);
    add(small(c, 'gz+1', i + 1 < n ? gz[i + 1]! : '-'), scores);
    if (e.capital && first) add(e.capFirst, scores);
    if (e.givenSelf) add(c.flag('given'), scores);
    if (prev?.givenPrev) add(c.flag('given-1'), scores);
    if (prev?.role && tokens[i - 1]!.word) add(c.flag('role-1'), scores);
    if (e.stop) add(c.flag('stop'), scores);
    if (e.common) add(c.flag('common'), scores);
    if (ctx.shouting[i]) add(c.flag('shout'), scores);
    add(small(c, 'pl', places[i]!), scores);
    add(small(c, 'pl|first', withFirst(places[i]!, first)), scores);
    add(small(c, 'pl-1', i > 0 ? places[i - 1]! : '<s>'), scores);
    add(small(c, 'pl+1', i + 1 < n ? places[i + 1]! : '</s>'), scores);
    add(small(c, 'ls-1', prev ? prev.personLabel : '<s>'), scores);
    add(small(c, 'ls+1', next ? next.personLabel : '<s>'), scores);
    add(small(c, 'ls|first', withFirst(e.personLabel, first)), scores);
    if (orgs[i]) add(c.flag('org'), scores);
    if (i > 0 && orgs[i - 1]) add(c.flag('org-1'), scores);
    if (i + 1 < n && orgs[i + 1]) add(c.flag('org+1'), scores);
    if (i + 2 < n && orgs[i + 2]) add(c.flag('org+2'), scores);
    statics.push(scores);
  }
  return { shapes, statics };
}
