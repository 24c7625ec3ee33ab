/**
 * The place of an event: a country, city, region or facility governed by a locative preposition
 * of the locale (`in`, `im`, `bij`, `à`), or by a destination (`to`, `nach`, `naar`) for visits.
 */
import type { EventTypeInfo } from './cameo.js';
import type { SentenceContext } from './context.js';
import { primaryGovernor, type SentenceMention } from './mentions.js';
import type { TriggerMatch } from './triggers.js';

/**
 * Words that may stand between a name and an event noun it modifies (`bei einem russischen
 * Raketenangriff`: the name is the attacker, not the place, though `bei` governs it).
 */
const MODIFIER_GAP = 1;

/**
 * True when `m` directly modifies an event noun other than `except` (at most {@link MODIFIER_GAP}
 * words between, none a preposition nor a trigger: in `in Tokio unterzeichneten Abkommen` the
 * participle stands between, and Tokio is where it was signed).
 */
export function modifiesEventNoun(ctx: SentenceContext, m: SentenceMention, except?: TriggerMatch): boolean {
  if (!ctx.rules.locale.grammar.premodifiers) return false;
  return ctx.triggers.some((t) => {
    if (t === except || t.spec.pos !== 'noun' || t.index <= m.last || t.index - m.last - 1 > MODIFIER_GAP) return false;
    for (let k = m.last + 1; k < t.index; k++) {
      if (ctx.rules.prepositions.has(ctx.tokens[k]?.norm ?? '')) return false;
      if (ctx.triggers.some((other) => other !== t && k >= other.index && k <= other.last)) return false;
    }
    return true;
  });
}

/** Most short words (a genitive, an article) between a region noun and the place it belongs to (`sud | de la | Roumanie`). */
const REGION_GAP = 2;
/** Longest word counted as an article or a genitive in that gap (`de`, `del`, `der`, `van`, `het`). */
const SHORT_WORD = 3;

/**
 * True when a region noun of the locale stands right before `m`, with at most {@link REGION_GAP}
 * short words between (`the south of France`, `den Süden Marokkos`, `el este de España`): the
 * name says where, whatever governs the region noun (`Floods hit the south of X`).
 */
function partOfTerritory(ctx: SentenceContext, m: SentenceMention): boolean {
  const regions = ctx.rules.regionNouns;
  if (regions.size === 0) return false;
  for (let k = m.first - 1, gap = 0; k >= 0 && gap <= REGION_GAP; k--, gap++) {
    const token = ctx.tokens[k];
    if (!token || !token.word) return false;
    if (regions.has(token.norm)) return true;
    if (token.norm.length > SHORT_WORD && !ctx.rules.prepositions.get(token.norm)?.has('genitive')) return false;
  }
  return false;
}

/**
 * True when `m` names where the event of `trigger` happens (such a mention is never its actor):
 * a place governed by a locative preposition, or by a destination for visits and deployments,
 * unless the trigger takes that preposition for its target.
 */
export function isPlaceFor(ctx: SentenceContext, m: SentenceMention, info: EventTypeInfo, trigger: TriggerMatch): boolean {
  if (!m.placeLike || modifiesEventNoun(ctx, m)) return false;
  if (partOfTerritory(ctx, m)) return true;
  const governor = primaryGovernor(ctx.governors.get(m) ?? []);
  if (!governor || trigger.spec.targetPrepositions?.includes(governor.word)) return false;
  return governor.roles.has('locative') || (info.destinationIsPlace && governor.roles.has('destination'));
}

/**
 * The place of the event of `trigger`: the nearest place mention, preferring the trigger's own
 * clause, and not one nearer to another trigger of the same type (`der russischen Invasion in der
 * Ukraine und dem Hamas-Angriff auf Israel`: Ukraine is the invasion's); null when none.
 */
export function placeOf(ctx: SentenceContext, trigger: TriggerMatch, info: EventTypeInfo): SentenceMention | null {
  const clause = ctx.clauses.clauseOf[trigger.index];
  let best: SentenceMention | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  const distanceTo = (m: SentenceMention, t: TriggerMatch): number => (m.first > t.last ? m.first - t.last : t.index - m.last);
  const rivals = ctx.triggers.filter((t) => t !== trigger && t.spec.type === trigger.spec.type);
  for (const m of ctx.mentions) {
    if (m.first <= trigger.last && m.last >= trigger.index) continue;
    if (!isPlaceFor(ctx, m, info, trigger)) continue;
    const distance = distanceTo(m, trigger);
    if (rivals.some((t) => distanceTo(m, t) < distance)) continue;
    const score = (ctx.clauses.clauseOf[m.first] === clause ? 0 : 1000) + distance;
    if (score < bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}
