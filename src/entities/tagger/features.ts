/**
 * The features of the statistical tagger, read off one token of a {@link TextContext}: the
 * word and its neighbours, affixes, word shape, capitalisation in its position (a capital
 * after a full stop proves less than one mid-sentence), and what our own data says about it
 * (gazetteer hit and its type, given name, role word before it, stopword, common-noun ending).
 * Training (scripts/build-ner-model.ts) and annotation call the same functions, so the model
 * sees the same features in both.
 */
import type { TextContext } from '../context.js';
import { isGivenName } from '../names.js';
import { isRoleWord } from '../roles.js';
import { GAP_BREAK } from '../tokenize.js';

/** Longest word shape kept (runs of one character class are collapsed before). */
export const MAX_SHAPE_LENGTH = 5;
/** Tokens that end a sentence: the next token starts one. */
const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '„', '“', '»', '«', '(', '-', '–']);

/** `Xx`, `X`, `x`, `d`, `Xd` …: the classes of a word's characters, runs collapsed. */
export function wordShape(text: string): string {
  let shape = '';
  let last = '';
  for (const ch of text) {
    const cls = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (cls !== last) shape += cls;
    last = cls;
    if (shape.length >= MAX_SHAPE_LENGTH) break;
  }
  return shape;
}

/** True when token `i` opens a sentence or a line (its capital proves little). */
export function opensSentence(ctx: TextContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token) return false;
  if (i === 0 || token.gap === GAP_BREAK) return true;
  return SENTENCE_END.has(ctx.tokens[i - 1]!.key);
}

/** The gazetteer label of token `i`: `type/kind` with B or I, or `-`. */
function gazetteerLabel(ctx: TextContext, i: number): string {
  const hit = ctx.covered[i];
  if (!hit) return '-';
  return `${hit.entry.type}/${hit.entry.kind}${hit.start === i ? 'B' : 'I'}`;
}

/** Short word shapes of the whole text, computed once per annotation. */
export function shapesOf(ctx: TextContext): string[] {
  return ctx.tokens.map((t) => wordShape(t.key));
}

/**
 * The static features of token `i` (everything but the previous tag).
 * @param shapes {@link shapesOf} the same context
 */
export function tokenFeatures(ctx: TextContext, i: number, shapes: readonly string[]): string[] {
  const { tokens, locale } = ctx;
  const t = tokens[i]!;
  const lower = t.lower;
  const shape = shapes[i]!;
  const first = opensSentence(ctx, i);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const prev2 = tokens[i - 2];
  const next2 = tokens[i + 2];
  const capital = /^\p{Lu}/u.test(t.key);
  const gz = gazetteerLabel(ctx, i);
  const f = [
    'b',
    `w=${lower}`,
    `s2=${lower.slice(-2)}`,
    `s3=${lower.slice(-3)}`,
    `s4=${lower.slice(-4)}`,
    `p3=${lower.slice(0, 3)}`,
    `sh=${shape}`,
    `sh|first=${shape}|${first}`,
    `w-1=${prev?.lower ?? '<s>'}`,
    `w+1=${next?.lower ?? '</s>'}`,
    `w-2=${prev2?.lower ?? '<s>'}`,
    `w+2=${next2?.lower ?? '</s>'}`,
    `sh-1=${shapes[i - 1] ?? '<s>'}|${shape}`,
    `sh+1=${shape}|${shapes[i + 1] ?? '</s>'}`,
    `w-1|w=${prev?.lower ?? '<s>'}|${lower}`,
    `gz=${gz}`,
    `gz-1=${gazetteerLabel(ctx, i - 1)}`,
    `gz+1=${gazetteerLabel(ctx, i + 1)}`,
  ];
  if (capital && first) f.push(`wcap|first=${lower}`);
  if (t.key.length > 1 && isGivenName(t.key)) f.push('given');
  if (prev && isGivenName(prev.key)) f.push('given-1');
  if (prev?.word && isRoleWord(locale, prev.lower)) f.push('role-1');
  if (locale.stopwords.has(lower)) f.push('stop');
  if (capital && locale.looksLikeCommonNoun(t.key)) f.push('common');
  if (ctx.shouting[i]) f.push('shout');
  return f;
}
