/**
 * The features of the statistical tagger, read off one token of a {@link TextContext}: the
 * word and its neighbours, affixes, word shape, capitalisation in its position (a capital
 * after a full stop proves less than one mid-sentence), and what our own data says about it
 * (gazetteer hit and its type, given name, role word before it, stopword, common-noun ending),
 * and the name lists of lists.ts (given and family names, GeoNames places, organisation words,
 * for the word and its neighbours).
 * Training (scripts/build-ner-model.ts) and annotation call the same functions, so the model
 * sees the same features in both.
 */
import type { TextContext } from '../context.js';
import { isGivenName } from '../names.js';
import { isRoleWord } from '../roles.js';
import { GAP_BREAK } from '../tokenize.js';
import type { EntityLocale } from '../locales/index.js';
import { commonNouns, compoundTail, lowercaseWords, orgFlags, personListLabel, placeLabels } from './lists.js';

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

/** Receives one feature: its template (`w`, `s3`, `gz` …) and its value. */
export type FeatureVisitor = (template: string, value: string) => void;

/**
 * Visits the static features of token `i` (everything but the previous tag) as template and
 * value, so that annotation can look values up without building strings.
 * @param shapes {@link shapesOf} the same context
 */
export function visitFeatures(ctx: TextContext, i: number, shapes: readonly string[], visit: FeatureVisitor): void {
  visitWordFeatures(ctx.tokens[i]!.lower, shapes[i]!, visit, ctx.locale);
  visitContextFeatures(ctx, i, shapes, visit);
}

/**
 * The features of a word on its own (the same wherever it stands, so annotation may cache their scores).
 * The model is shared by Dutch and German, and a capitalised word's ending says `noun` in one and
 * `name` in the other (`-ung`, `-heit` vs `-ink`, `-ens`), so capitalised words' endings are also
 * seen per kind of language (`cn|…`); `lc` says the language writes the word in lowercase
 * (`Kort`, `Vijftig`, `Allgemein` opening a sentence are no names); `nn` that it is a known
 * capitalised common noun, `tail` the known noun ending it (German compounds).
 */
export function visitWordFeatures(lower: string, shape: string, visit: FeatureVisitor, locale: EntityLocale): void {
  visit('b', '');
  visit('w', lower);
  visit('s2', lower.slice(-2));
  visit('s3', lower.slice(-3));
  visit('s4', lower.slice(-4));
  visit('p3', lower.slice(0, 3));
  visit('sh', shape);
  visit('s1', lower.slice(-1));
  visit('s5', lower.slice(-5));
  visit('p2', lower.slice(0, 2));
  const person = personListLabel(lower);
  visit('ls', person);
  visit('ls|sh', `${person}|${shape}`);
  if (/^X/.test(shape)) {
    const kind = locale.capitalisesNouns ? 'N' : 'n';
    if (lowercaseWords(locale.code).has(lower)) visit('lc', kind);
    const nouns = commonNouns(locale.code);
    if (nouns.size > 0) {
      if (nouns.has(lower)) visit('nn', '');
      // A compound ending in a known noun (`Altstadt`, `Süßwasser`) is a noun, or a place (`Neustadt`): the tail decides.
      const tail = compoundTail(nouns, lower);
      if (tail) visit('tail', tail);
    }
    visit('cn|s3', `${kind}|${lower.slice(-3)}`);
    visit('cn|s4', `${kind}|${lower.slice(-4)}`);
  }
}

/** The features of token `i` that depend on where it stands and on our data. */
export function visitContextFeatures(ctx: TextContext, i: number, shapes: readonly string[], visit: FeatureVisitor): void {
  const { tokens, locale } = ctx;
  const t = tokens[i]!;
  const lower = t.lower;
  const shape = shapes[i]!;
  const first = opensSentence(ctx, i);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const capital = /^\p{Lu}/u.test(t.key);
  visit(first ? 'sh|first' : 'sh|mid', shape);
  visit('cn|sh', `${locale.capitalisesNouns ? 'N' : 'n'}|${first ? 1 : 0}|${shape}`);
  visit('w-1', prev?.lower ?? '<s>');
  visit('w+1', next?.lower ?? '</s>');
  visit('w-2', tokens[i - 2]?.lower ?? '<s>');
  visit('w+2', tokens[i + 2]?.lower ?? '</s>');
  visit('sh-1', `${shapes[i - 1] ?? '<s>'}|${shape}`);
  visit('sh+1', `${shape}|${shapes[i + 1] ?? '</s>'}`);
  visit('w-1|w', `${prev?.lower ?? '<s>'}|${lower}`);
  visit('gz', gazetteerLabel(ctx, i));
  visit('gz-1', gazetteerLabel(ctx, i - 1));
  visit('gz+1', gazetteerLabel(ctx, i + 1));
  if (capital && first) visit('wcap|first', lower);
  if (t.key.length > 1 && isGivenName(t.key)) visit('given', '');
  if (prev && isGivenName(prev.key)) visit('given-1', '');
  if (prev?.word && isRoleWord(locale, prev.lower)) visit('role-1', '');
  if (locale.stopwords.has(lower)) visit('stop', '');
  if (capital && locale.looksLikeCommonNoun(t.key)) visit('common', '');
  if (ctx.shouting[i]) visit('shout', '');
  const places = placeLabels(ctx);
  const orgs = orgFlags(ctx);
  const person = (k: number) => (tokens[k] ? personListLabel(tokens[k]!.lower) : '<s>');
  visit('pl', places[i]!);
  visit('pl|first', `${places[i]!}|${first}`);
  visit('pl-1', places[i - 1] ?? '<s>');
  visit('pl+1', places[i + 1] ?? '</s>');
  visit('ls-1', person(i - 1));
  visit('ls+1', person(i + 1));
  visit('ls|first', `${person(i)}|${first}`);
  if (orgs[i]) visit('org', '');
  if (orgs[i - 1]) visit('org-1', '');
  if (orgs[i + 1]) visit('org+1', '');
  if (orgs[i + 2]) visit('org+2', '');
}

/** The static features of token `i` as strings `template=value` (what training and the model file use). */
export function tokenFeatures(ctx: TextContext, i: number, shapes: readonly string[]): string[] {
  const out: string[] = [];
  visitFeatures(ctx, i, shapes, (template, value) => out.push(`${template}=${value}`));
  return out;
}
