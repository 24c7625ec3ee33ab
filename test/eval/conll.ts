/**
 * CoNLL-format NER data and conlleval-style span scoring. Pure functions.
 *
 * - {@link readSentences}: one token per line (`token [columns…] tag`, whitespace-separated,
 *   the tag last), blank lines between sentences, `-DOCSTART-` lines skipped (they also end a
 *   sentence).
 * - {@link chunksOf}: entity spans from IOB tags by conlleval's chunk rules (an `I-X` after `O`
 *   or after another type starts a chunk, so IOB1 and IOB2 both read right).
 * - {@link scoreSpans}: exact match — a predicted span counts only when its first token, last
 *   token and type all equal a gold span's; precision = correct / predicted, recall = correct /
 *   gold, per type and micro-averaged over the types asked for.
 */
import { addConfusion, emptyConfusion, type Confusion } from './confusion.js';

/** One sentence: its tokens and their gold tags. */
export interface Sentence {
  tokens: string[];
  tags: string[];
}

/** An entity span over tokens: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
  type: string;
}

const DOCSTART = '-DOCSTART-';

/**
 * The sentences of CoNLL lines, read lazily (pass a readline interface to stream a file).
 * @param lines the file's lines without line ends
 */
export async function* readSentences(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<Sentence> {
  let current: Sentence = { tokens: [], tags: [] };
  for await (const raw of lines) {
    const fields = raw.trim().split(/\s+/).filter((field) => field !== '');
    const token = fields[0];
    const tag = fields[fields.length - 1];
    if (token === undefined || tag === undefined || token === DOCSTART) {
      if (current.tokens.length > 0) yield current;
      current = { tokens: [], tags: [] };
      continue;
    }
    current.tokens.push(token);
    current.tags.push(fields.length > 1 ? tag : 'O');
  }
  if (current.tokens.length > 0) yield current;
}

/**
 * The documents of CoNLL lines, read lazily: the sentences after each `-DOCSTART-` line form one
 * document; sentences before the first `-DOCSTART-` (a file without document marks, such as
 * GermEval's independent sentences) are each a document of their own.
 * @param lines the file's lines without line ends
 */
export async function* readDocuments(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<Sentence[]> {
  let current: Sentence[] | null = null;
  let sentence: Sentence = { tokens: [], tags: [] };
  for await (const raw of lines) {
    const fields = raw.trim().split(/\s+/).filter((field) => field !== '');
    const token = fields[0];
    const tag = fields[fields.length - 1];
    if (token === undefined || tag === undefined || token === DOCSTART) {
      if (sentence.tokens.length > 0) {
        if (current) current.push(sentence);
        else yield [sentence];
      }
      sentence = { tokens: [], tags: [] };
      if (token === DOCSTART) {
        if (current && current.length > 0) yield current;
        current = [];
      }
      continue;
    }
    sentence.tokens.push(token);
    sentence.tags.push(fields.length > 1 ? tag : 'O');
  }
  if (sentence.tokens.length > 0) {
    if (current) current.push(sentence);
    else yield [sentence];
  }
  if (current && current.length > 0) yield current;
}

function split(tag: string): { prefix: string; type: string } {
  if (tag === 'O' || tag === '') return { prefix: 'O', type: '' };
  const dash = tag.indexOf('-');
  return dash < 0 ? { prefix: 'I', type: tag } : { prefix: tag.slice(0, dash), type: tag.slice(dash + 1) };
}

/**
 * The entity spans of a tag sequence, by conlleval's rules.
 * @param tags IOB1/IOB2 (also IOBES) tags such as `B-PER`, `I-PER`, `O`
 */
export function chunksOf(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  let prev = { prefix: 'O', type: '' };
  for (let i = 0; i < tags.length; i += 1) {
    const cur = split(tags[i] ?? 'O');
    const inside = prev.prefix === 'B' || prev.prefix === 'I';
    const ends =
      prev.prefix === 'E' || prev.prefix === 'S' ||
      (inside && (cur.prefix === 'B' || cur.prefix === 'S' || cur.prefix === 'O')) ||
      (prev.prefix !== 'O' && prev.type !== cur.type);
    const starts =
      cur.prefix === 'B' || cur.prefix === 'S' ||
      ((prev.prefix === 'E' || prev.prefix === 'S' || prev.prefix === 'O') && (cur.prefix === 'I' || cur.prefix === 'E')) ||
      (cur.prefix !== 'O' && prev.type !== cur.type);
    if (open && ends) {
      spans.push({ ...open, end: i });
      open = null;
    }
    if (starts) open = { start: i, end: i + 1, type: cur.type };
    prev = cur;
  }
  if (open) spans.push({ ...open, end: tags.length });
  return spans;
}

/** Per-type counts (tp = correct, fp = predicted − correct, fn = gold − correct). */
export type TypeCounts = Record<string, Confusion>;

/**
 * Exact-match counts per type for one sentence, added into `into`.
 * @param gold the gold spans
 * @param predicted the predicted spans (assumed not to repeat a span)
 * @param into the running per-type counts (mutated and returned)
 */
export function scoreSpans(gold: readonly Span[], predicted: readonly Span[], into: TypeCounts = {}): TypeCounts {
  const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const bucket = (type: string) => (into[type] ??= emptyConfusion());
  for (const span of predicted) {
    if (goldKeys.has(key(span))) bucket(span.type).tp += 1;
    else bucket(span.type).fp += 1;
  }
  const predictedKeys = new Set(predicted.map(key));
  for (const span of gold) if (!predictedKeys.has(key(span))) bucket(span.type).fn += 1;
  return into;
}

/** The counts of `types` summed (the micro average's counts). */
export function microCounts(counts: TypeCounts, types: readonly string[]): Confusion {
  const total = emptyConfusion();
  for (const type of types) if (counts[type]) addConfusion(total, counts[type]);
  return total;
}
