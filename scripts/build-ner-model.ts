/**
 * Builds data/ner-model.tsv, the statistical tagger of src/entities, from the Europeana
 * Newspapers NER corpora (CC0; https://github.com/EuropeanaNewspapers/ner-corpora), read from
 * `../shared/eval/ner/europeana-newspapers` when present (about 6 minutes of CPU on one core):
 *     npx tsc -p tsconfig.json && node dist/scripts/build-ner-lists.js && node dist/scripts/build-ner-model.js
 * The features read data/ner-lists.json and the gazetteer, so rebuild the model after either changes.
 *
 * - Only CC0 data is read: never CoNLL-2002 (research only) nor GermEval (our evaluation set).
 * - The corpora have no sentence breaks: the token stream is cut after `.`, `!` or `?`
 *   followed by a capital, and at MAX_CHUNK_TOKENS tokens.
 * - Each chunk is joined with spaces and tokenized by annotate()'s own tokenizer and gazetteer
 *   (src/entities/annotate.ts textContext), so training sees the features annotation sees; a
 *   corpus token split by our tokenizer (`Europa.`) gives its tag to the word pieces and O to
 *   trailing punctuation.
 * - One model for every language: the corpora of all three languages together (each chunk read
 *   with its own language's rules) beat a model per language on both evaluation sets.
 * - Gazetteer places the Dutch corpus left untagged are tagged LOC ({@link relabelMissedPlaces}).
 * - Tags: BIO over PER, LOC, ORG (the French file is IO and becomes BIO; the rare MISC → O).
 * - Plus {@link SYNTHETIC_PER_LANGUAGE} synthetic sentences per language made from our own templates
 *   (scripts/build-ner-synthetic.ts, data/ner-templates.json), for the cues of today's news.
 * - The `nn` (known noun) feature of a corpus chunk is read from the nouns of the other half of the
 *   corpus (see sequenceOf).
 * - `NER_MODEL_OUT=path` writes the model elsewhere than data/ (to compare a change before shipping it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textContext } from '../src/entities/annotate.js';
import { serializeModel } from '../src/entities/tagger/model.js';
import { MODEL_FILE, MODEL_LANGUAGES } from '../src/entities/tagger/load.js';
import { LISTS_FILE } from '../src/entities/tagger/lists.js';
import type { TextContext } from '../src/entities/context.js';
import { shapesOf, tokenFeatures } from '../src/entities/tagger/features.js';
import { averageModels, trainPerceptron, type TrainingSequence, type TrainOptions } from '../src/entities/tagger/train.js';
import { dataPath, sharedPath } from '../src/pipeline/paths.js';
import { syntheticSentences } from './build-ner-synthetic.js';
import { capitalisedNouns, NOUN_LANGUAGES } from './build-ner-lists.js';

/** The corpus files of each language. */
export const CORPORA: Readonly<Record<string, readonly string[]>> = {
  nl: ['enp_NL.kb.bio/enp_NL.kb.bio'],
  de: ['enp_DE.lft.bio/enp_DE.lft.bio', 'enp_DE.onb.bio/enp_DE.onb.bio', 'enp_DE.sbb.bio/enp_DE.sbb.bio'],
  fr: ['enp_FR.bnf.bio/enp_FR.bnf.bio'],
};

/** Longest training chunk: the corpora's OCR lines run on without sentence ends. */
export const MAX_CHUNK_TOKENS = 60;

/** The tags the model chooses from. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;

/**
 * Training settings. Fourteen passes: of 8 and 14 compared on both evaluation sets (session 2),
 * 14 gave F1 .596 vs .590 on GermEval dev and .665 vs .666 on CoNLL-2002 ned.testa. Features seen
 * fewer than twice and averaged weights below 0.02 (20 on the integer scale) are dropped: they
 * hardly change a decision but make up most of the file.
 */
export const OPTIONS: TrainOptions = { epochs: 14, minCount: 2, scale: 1000, minWeight: 20, seed: 7 };

/**
 * Shuffling seeds of the models averaged into the shipped one (see averageModels). Two models
 * built from nearly the same features differ by about .006 F1 on each evaluation set, so smaller
 * differences between builds are noise; averaging seeds 7 and 8 (session 3) gave the same F1 as
 * seed 7 alone (CoNLL-2002 testa .726 vs .727, GermEval dev .620 vs .620) at twice the build time.
 */
export const ENSEMBLE_SEEDS: readonly number[] = [OPTIONS.seed];

/**
 * Share of capitalised training tokens whose own word features are hidden, so that the model
 * learns names from their shape and context, not only from the names of 1850–1930 newspapers.
 * 0.3 was tried in session 2 and changed neither evaluation set's F1 by more than .001.
 */
export const WORD_DROPOUT = 0.5;
/**
 * Synthetic sentences per language (scripts/build-ner-synthetic.ts), next to about 8,000 corpus
 * chunks per language: 4,000 each for Dutch and German raised F1 on both evaluation sets in
 * session 3 (with the same rules: CoNLL-2002 testa .703 → .705, GermEval dev .610 → .615).
 */
export const SYNTHETIC_PER_LANGUAGE = 4000;
/** The languages given synthetic sentences (those with templates and an evaluation set). */
export const SYNTHETIC_LANGUAGES = ['de', 'nl'];
/** Seed of the synthetic sentences. */
export const SYNTHETIC_SEED = 11;
/** The features naming the word itself. */
const LEXICAL = /^(w=|p3=|s4=|cn\|s4=|w-1\|w=|wcap\|first=)/;

let randomState = 12345;
/** A reproducible pseudo-random number in [0, 1). */
function random(): number {
  randomState = (Math.imul(randomState, 1664525) + 1013904223) >>> 0;
  return randomState / 2 ** 32;
}

interface CorpusToken {
  text: string;
  tag: string;
}

function normaliseTag(raw: string, previous: string): string {
  const tag = raw.toUpperCase();
  const type = tag.slice(2);
  if (!['PER', 'LOC', 'ORG'].includes(type)) return 'O';
  // IO corpora: an I- after O or after another type opens a name.
  if (tag.startsWith('I-') && previous.slice(2) !== type) return `B-${type}`;
  return tag.startsWith('B-') || tag.startsWith('I-') ? tag : 'O';
}

function readCorpus(path: string): CorpusToken[] {
  const out: CorpusToken[] = [];
  let previous = 'O';
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 2 || parts[0] === '-DOCSTART-') continue;
    const tag = normaliseTag(parts[parts.length - 1]!, previous);
    out.push({ text: parts[0]!, tag });
    previous = tag;
  }
  return out;
}

function chunks(tokens: readonly CorpusToken[]): CorpusToken[][] {
  const out: CorpusToken[][] = [];
  let current: CorpusToken[] = [];
  tokens.forEach((token, i) => {
    current.push(token);
    const next = tokens[i + 1];
    const ends = /[.!?]$/.test(token.text) && token.tag === 'O' && next !== undefined && /^\p{Lu}/u.test(next.text);
    if (ends || current.length >= MAX_CHUNK_TOKENS) {
      out.push(current);
      current = [];
    }
  });
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * The Dutch corpus leaves many place names untagged (about a third of `Zwolle`, `Amsterdam`,
 * `Europa` are `O`; the German ones hardly any). A capitalised gazetteer country, city or region
 * tagged `O` throughout becomes `LOC`, so the model does not learn that known places are no names.
 */
function relabelMissedPlaces(ctx: TextContext, tags: string[]): void {
  for (const hit of new Set(ctx.covered)) {
    if (!hit || !/^\p{Lu}/u.test(ctx.tokens[hit.start]!.key)) continue;
    if ((hit.entry.type !== 'GPE' && hit.entry.type !== 'LOC') || hit.entry.kind === 'demonym') continue;
    if (tags.slice(hit.start, hit.end).every((t) => t === 'O')) for (let k = hit.start; k < hit.end; k++) tags[k] = k === hit.start ? 'B-LOC' : 'I-LOC';
  }
}

/**
 * The training sequence of one chunk, in our own tokens.
 * @param nouns the known-noun list this chunk's `nn` features are read from: for corpus chunks
 *   the nouns of the other half of the corpus (cross-fitting: with the list built on the chunk
 *   itself every noun of training would be known, and the model would learn that an unknown
 *   capitalised word is a name); undefined keeps the shipped list (synthetic sentences).
 */
function sequenceOf(chunk: readonly CorpusToken[], lang: string, nouns?: ReadonlySet<string>): TrainingSequence {
  const text = chunk.map((t) => t.text).join(' ');
  const owner: number[] = [];
  chunk.forEach((t, k) => {
    for (let c = 0; c < t.text.length; c++) owner.push(k);
    owner.push(-1);
  });
  const { ctx } = textContext(text, lang);
  const shapes = shapesOf(ctx);
  const tags = ctx.tokens.map((token) => {
    const k = owner[token.start] ?? -1;
    const source = chunk[k];
    if (!source || source.tag === 'O') return 'O';
    const startOfSource = owner[token.start - 1] !== k;
    if (startOfSource) return source.tag;
    const type = source.tag.slice(2);
    if (token.word) return `I-${type}`;
    const laterWord = ctx.tokens.some((t) => t.start > token.start && owner[t.start] === k && t.word);
    const continues = chunk[k + 1]?.tag === `I-${type}`;
    return laterWord || continues ? `I-${type}` : 'O';
  });
  relabelMissedPlaces(ctx, tags);
  const features = ctx.tokens.map((token, i) => {
    let all = tokenFeatures(ctx, i, shapes);
    if (nouns) {
      all = all.filter((f) => f !== 'nn=');
      if (/^\p{Lu}/u.test(token.key) && nouns.has(token.lower)) all.push('nn=');
    }
    // Word dropout: names of the test are mostly unseen, so half the capitalised words are seen without their own word.
    return /^\p{Lu}/u.test(token.key) && random() < WORD_DROPOUT ? all.filter((f) => !LEXICAL.test(f)) : all;
  });
  return { features, shapes, tags };
}

/** Trains the one model on every language's corpora and writes it; returns the file written, or null when the corpora are absent. */
export function buildModel(): string | null {
  const root = sharedPath('eval', 'ner', 'europeana-newspapers');
  if (!root) return null;
  const sequences = Object.entries(CORPORA).flatMap(([lang, files]) => {
    const all = files.flatMap((file) => chunks(readCorpus(join(root, file))));
    if (!NOUN_LANGUAGES.includes(lang)) return all.map((chunk) => sequenceOf(chunk, lang));
    const halves = [0, 1].map((h) => new Set(capitalisedNouns(all.filter((_, k) => k % 2 === h).flat())));
    return all.map((chunk, k) => sequenceOf(chunk, lang, halves[1 - (k % 2)]));
  });
  for (const lang of SYNTHETIC_LANGUAGES) sequences.push(...syntheticSentences(lang, SYNTHETIC_PER_LANGUAGE, SYNTHETIC_SEED).map((s) => sequenceOf(s, lang)));
  const models = ENSEMBLE_SEEDS.map((seed) => trainPerceptron(sequences, TAGS, { ...OPTIONS, seed }));
  const model = models.length === 1 ? models[0]! : averageModels(models, OPTIONS.minWeight);
  const files = Object.values(CORPORA).flat();
  let features = 0;
  for (const byValue of model.weights.values()) features += byValue.size;
  const header = [
    `GENERATED by scripts/build-ner-model.ts — do not edit; rerun the script instead.`,
    `Averaged-perceptron BIO tagger (PER, LOC, ORG) for ${MODEL_LANGUAGES.join(', ')}, one model for all, ${features} features.`,
    `Trained on the Europeana Newspapers NER corpora (CC0): ${files.join(', ')}`,
    `and ${SYNTHETIC_PER_LANGUAGE} synthetic sentences per language (${SYNTHETIC_LANGUAGES.join(', ')}) from data/ner-templates.json (ours) by scripts/build-ner-synthetic.ts.`,
    `Source: https://github.com/EuropeanaNewspapers/ner-corpora — Europeana Newspapers Project, 2012-2015.`,
    `Name-list features from data/${LISTS_FILE} (see its own header for sources and licences).`,
    `Licence of this file: CC0 data, weights computed by Dossier (Apache-2.0).`,
    `Options: ${JSON.stringify(OPTIONS)}; seeds averaged: ${ENSEMBLE_SEEDS.join(', ')}`,
  ];
  const path = process.env.NER_MODEL_OUT ?? dataPath(MODEL_FILE);
  writeFileSync(path, serializeModel(model, header));
  return path;
}

if (process.argv[1]?.endsWith('build-ner-model.js')) {
  const path = buildModel();
  process.stdout.write(path ? `wrote ${path}\n` : `skipped: ../shared/eval/ner/europeana-newspapers not found\n`);
}
