/**
 * Organisation names built around an organisation word of the locale (`Partei`, `Bank`,
 * `Universiteit`, `GmbH`; see {@link EntityLocale.orgWords}): the capitalised word itself, the
 * capitalised words before it (`Fortis Bank`, `Hirzel Verlag`), and after it capitalised words,
 * or a linking word and capitalised words (`Universiteit Gent`, `Bundesamt für Gesundheit`,
 * `Agentschap voor de Voedselveiligheid`). A phrase needs two words or more, as a lone organisation
 * word is a common noun (`die Bank`), except inside a sentence where common nouns are lowercase. Being longer, such a phrase wins over the city inside it
 * (`Borussia Dortmund`, `Universiteit Gent`), but never over an organisation the gazetteer knows,
 * and it never reaches back over a sentence's first word.
 */
import type { Candidate } from '../candidate.js';
import type { TextContext } from '../context.js';
import type { EntityLocale } from '../locales/index.js';
import { slugify } from '../fold.js';
import { isRoleWord } from '../roles.js';
import { opensSentence } from './features.js';
import { guessableAcronym } from './acronym-guesses.js';
import { commonNouns, isOrgWord, personListLabel, placeLabels } from './lists.js';

/** Provenance rule of organisation phrases. */
export const ORG_PHRASE_RULE = 'entities/tagger/org-phrase';
/** Most words of an organisation phrase (bounds the work on long capitalised runs). */
export const MAX_ORG_PHRASE_WORDS = 8;
/** Lowercased words that link the parts of an organisation's name (`für`, `voor de`, `of the`). */
const LINKS = new Set(['für', 'fur', 'der', 'des', 'voor', 'van', 'de', 'het', 'of', 'for', 'the', 'pour', 'du', 'la', 'le', 'del', 'di', 'für']);
/** Longest head that capitalised words may follow directly where all nouns are capitalised (`VfL`, `TSV`). */
export const MAX_SHORT_HEAD = 4;
/** Most linking words in a row. */
const MAX_LINKS = 2;
const CAPITAL = /^\p{Lu}/u;

function nameWord(ctx: TextContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !t.word || ctx.shouting[i] || !CAPITAL.test(t.key)) return false;
  const lower = t.lower;
  return !ctx.locale.stopwords.has(lower) && !ctx.locale.calendarWords.has(lower) && !isRoleWord(ctx.locale, lower);
}

/** An organisation word, or an unknown acronym (`PSV Eindhoven`, `BNP Paribas`, `THW Kiel`). */
function orgHead(ctx: TextContext, i: number): boolean {
  if (!nameWord(ctx, i)) return false;
  if (isOrgWord(ctx.locale.orgWords, ctx.tokens[i]!.lower)) return true;
  return !ctx.covered[i] && guessableAcronym(ctx, i);
}

/**
 * True when capitalised words may follow the head directly. Where every noun is capitalised, a
 * long head is a descriptor before the name (`Chemiekonzern BASF`, `Rockband …`), so only a short
 * one (`FC`, `VfL`, `AG`), an organisation word itself (not a compound) before a known place
 * (`Borussia Dortmund`, `Hochschule Hannover`) or a linking word (`Bundesamt für …`) leads on.
 */
function headLeadsOn(ctx: TextContext, i: number): boolean {
  if (!ctx.locale.capitalisesNouns || shortHead(ctx, i)) return true;
  const place = placeLabels(ctx)[i + 1];
  return ctx.locale.orgWords.has(ctx.tokens[i]!.lower) && (place === 'S' || place === 'B');
}

/** `FC`, `VfL`, `AG`, `GmbH`: a short head written with two capitals or more (`Band`, `Club`, `Rat` are nouns). */
function shortHead(ctx: TextContext, i: number): boolean {
  const key = ctx.tokens[i]!.key;
  return key.length <= MAX_SHORT_HEAD && (key.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * Where every noun is capitalised, a common noun before the name describes it (`Rüstungskonzern
 * EADS`, `Spartensender Swiss Music Radio`, `Sportverein ESV …`): a compound ending in an
 * organisation word, or a word the locale takes for a common noun, is not part of the name
 * (unless the head is a legal form after the name, `Commerzbank AG`). Found among GermEval dev's
 * false positives (German ORG F1 .453 → .456 with {@link shortHead}), so read that gain as optimistic.
 */
function descriptorBefore(ctx: TextContext, k: number, head: number): boolean {
  const { locale } = ctx;
  if (!locale.capitalisesNouns || (shortHead(ctx, head) && locale.orgWords.has(ctx.tokens[head]!.lower))) return false;
  const t = ctx.tokens[k]!;
  // A known common noun of the language's CC0 corpus (`Unternehmen`, `Firma`, `Marke` CGX …) describes too.
  if (!locale.orgWords.has(t.lower) && commonNouns(locale.code).has(t.lower)) return true;
  return locale.looksLikeCommonNoun(t.key) || (!locale.orgWords.has(t.lower) && isOrgWord(locale.orgWords, t.lower));
}

/** The organisation phrases of a text, as candidates (they may overlap other candidates; the caller resolves). */
export function orgPhraseCandidates(ctx: TextContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!orgHead(ctx, i)) {
      i++;
      continue;
    }
    let start = i;
    while (start > 0 && i - start < MAX_ORG_PHRASE_WORDS && tokens[start]!.gap !== 2 && nameWord(ctx, start - 1) && !opensSentence(ctx, start - 1) && !descriptorBefore(ctx, start - 1, i)) start--;
    let end = i + 1;
    let linked = false;
    for (;;) {
      if (end - start >= MAX_ORG_PHRASE_WORDS || tokens[end]?.gap === 2) break;
      if (nameWord(ctx, end) && (end > i + 1 || headLeadsOn(ctx, i))) {
        end++;
        continue;
      }
      let k = end;
      while (k < tokens.length && k - end < MAX_LINKS && LINKS.has(tokens[k]!.key)) k++;
      // After a linking word, `and` joins the parts of the field (`Commissie voor Monumenten en Landschappen`, `Ministerium für Umwelt und Verkehr`).
      if (k === end && linked && ctx.locale.conjunctions.has(tokens[k]?.lower ?? '')) k++;
      if (k > end && nameWord(ctx, k) && tokens[k]!.gap !== 2) {
        linked = true;
        end = k + 1;
        continue;
      }
      break;
    }
    if ((end - start >= 2 || loneName(ctx, start, end)) && !knownOrganisationInside(ctx, start, end)) {
      const words = tokens.slice(start, end).map((t) => t.key);
      out.push({ start, end, type: 'ORG', entity: `org:text:${slugify(words.join(' '))}`, rule: ORG_PHRASE_RULE, certainty: 'inferred', yieldsToPerson: false });
    }
    i = end;
  }
  return out;
}

/**
 * A lone capitalised organisation word inside a sentence, where common nouns are written in
 * lowercase: `de Commissie`, `de Kamer` name one body (an acronym alone is left to acronym-guesses.ts).
 */
function loneName(ctx: TextContext, start: number, end: number): boolean {
  return end === start + 1 && !ctx.locale.capitalisesNouns && !opensSentence(ctx, start) && /\p{Ll}/u.test(ctx.tokens[start]!.key);
}

/** True when the gazetteer knows an organisation on the span (`Europäische Union`, `Nachrichtenagentur AFP`): it names it better. */
function knownOrganisationInside(ctx: TextContext, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (ctx.covered[k]?.entry.type === 'ORG') return true;
  return false;
}

/** Provenance rule of ministries named by their portfolio. */
export const PORTFOLIO_RULE = 'entities/tagger/portfolio';

/**
 * Ministries named by their portfolio after a minister (`minister van Binnenlandse Zaken`,
 * `ministerie van Landbouw`; see {@link EntityLocale.portfolio}): the capitalised words after the
 * linking word, up to a given name or a person the rules found (`minister van Cultuur Bert …`,
 * `… Buitenlandse Zaken Wang Yi`).
 */
export function portfolioCandidates(ctx: TextContext, persons: readonly Candidate[] = []): Candidate[] {
  const personAt = new Set(persons.map((p) => p.start));
  const { tokens, locale } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!locale.portfolio.heads.has(tokens[i]!.lower) || !locale.portfolio.links.has(tokens[i + 1]!.key)) continue;
    let end = i + 2;
    // Portfolio words may be listed as stopwords (`Buitenlandse`, `Economische`): only the capital counts here.
    const portfolioWord = (k: number) => tokens[k]!.word && !ctx.shouting[k] && CAPITAL.test(tokens[k]!.key) && tokens[k]!.gap !== 2;
    while (end < tokens.length && end - i - 2 < MAX_ORG_PHRASE_WORDS && portfolioWord(end) && !personAt.has(end) && !personListLabel(tokens[end]!.lower).includes('g')) end++;
    if (end === i + 2) continue;
    const words = tokens.slice(i + 2, end).map((t) => t.key);
    out.push({ start: i + 2, end, type: 'ORG', entity: `org:text:${slugify(words.join(' '))}`, rule: PORTFOLIO_RULE, certainty: 'inferred', yieldsToPerson: false });
    i = end - 1;
  }
  return out;
}
