/**
 * The entity mentions of one sentence, tied to its tokens, and the prepositions that govern them.
 */
import type { ClauseMap } from './clauses.js';
import type { CompiledLocale, PrepositionRole } from './compile.js';
import type { Mention } from '../pipeline/types.js';
import type { Token } from './tokens.js';

/** A mention inside a sentence, with its token range and what it can be. */
export interface SentenceMention {
  mention: Mention;
  /** First and last token index covered by the mention. */
  first: number;
  last: number;
  /** A person, organisation or country (demonyms count: their entity id is the country's). */
  actor: boolean;
  /** A place: country, city, region, facility. */
  placeLike: boolean;
}

/** A preposition found before a mention, with its distance in words (0: elided onto the mention). */
export interface Governor {
  word: string;
  roles: ReadonlySet<PrepositionRole>;
  distance: number;
}

/**
 * How many words before a mention a preposition may stand and still govern it: room for an
 * article and two modifiers (`mit Chinas kommunistischem Staatschef Xi`, `in het zuiden van Japan`).
 */
export const GOVERNOR_WINDOW = 4;

const ACTOR_TYPES = new Set(['PER', 'ORG', 'GPE']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/**
 * The mentions lying inside `[start, end)`, sorted, without overlaps (the longer one wins), each
 * tied to the tokens it covers. `mentions` must be sorted by start.
 */
export function sentenceMentions(mentions: readonly Mention[], start: number, end: number, tokens: readonly Token[]): SentenceMention[] {
  const found: SentenceMention[] = [];
  let reach = -1;
  for (const mention of mentions) {
    if (mention.start < start || mention.end > end || mention.start < reach) continue;
    let first = -1;
    let last = -1;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (token.end <= mention.start || token.start >= mention.end) continue;
      if (first < 0) first = k;
      last = k;
    }
    if (first < 0) continue;
    const prefix = mention.entity.slice(0, mention.entity.indexOf(':') + 1);
    found.push({
      mention,
      first,
      last,
      actor: ACTOR_TYPES.has(mention.type) || prefix === 'per:' || prefix === 'org:' || prefix === 'gpe:',
      placeLike: PLACE_TYPES.has(mention.type) || prefix === 'gpe:' || prefix === 'loc:' || prefix === 'fac:',
    });
    reach = mention.end;
  }
  return found;
}

/**
 * The prepositions before a mention within {@link GOVERNOR_WINDOW} words of its clause, nearest first.
 * The scan stops at punctuation, at another clause, and at any token `stop` returns true for.
 */
export function governorsOf(
  mention: SentenceMention,
  tokens: readonly Token[],
  clauses: ClauseMap,
  rules: CompiledLocale,
  stop: (index: number) => boolean,
): Governor[] {
  const found: Governor[] = [];
  const head = tokens[mention.first] as Token;
  const elided = head.elision ? rules.prepositions.get(head.elision) : undefined;
  if (elided && head.elision) found.push({ word: head.elision, roles: elided, distance: 0 });
  const clause = clauses.clauseOf[mention.first];
  let words = 0;
  for (let k = mention.first - 1; k >= 0 && words < GOVERNOR_WINDOW; k--) {
    const token = tokens[k] as Token;
    if (!token.word || clauses.clauseOf[k] !== clause || stop(k)) break;
    words++;
    const roles = rules.prepositions.get(token.norm);
    if (roles) found.push({ word: token.norm, roles, distance: words });
    const elidedHere = token.elision ? rules.prepositions.get(token.elision) : undefined;
    if (elidedHere && token.elision) found.push({ word: token.elision, roles: elidedHere, distance: words });
  }
  return found;
}

const LOCATIVE_ONLY: ReadonlySet<PrepositionRole> = new Set(['locative']);

/**
 * The nearest governor that is more than a genitive marker. A genitive is looked through only
 * towards a locative (`in het zuiden van Japan`), not towards other roles (`recibió al presidente
 * de Bolivia`: Bolivia is no destination).
 */
export function primaryGovernor(governors: readonly Governor[]): Governor | null {
  let throughGenitive = false;
  for (const governor of governors) {
    const roles = [...governor.roles];
    if (roles.every((role) => role === 'genitive')) {
      throughGenitive = true;
      continue;
    }
    if (!throughGenitive) return governor;
    return governor.roles.has('locative') ? { ...governor, roles: LOCATIVE_ONLY } : null;
  }
  return null;
}

/**
 * True when the mention stands in an adjunct that names no actor: a source (`volgens Turkse media`,
 * `according to Russian officials`) anywhere in the window, or a time or cause phrase as its
 * governor (`nach … während der russischen Invasion`, `na Russische bombardementen`).
 */
export function adjunct(governors: readonly Governor[]): boolean {
  if (governors.some((g) => g.roles.has('attribution'))) return true;
  return primaryGovernor(governors)?.roles.has('adverbial') ?? false;
}

/** True when the nearest governor, right before the mention, is a genitive (`attack of Russia`, `Angriff der Hamas`). */
export function genitiveAhead(governors: readonly Governor[]): boolean {
  const nearest = governors[0];
  return nearest !== undefined && nearest.distance <= 2 && nearest.roles.has('genitive');
}
