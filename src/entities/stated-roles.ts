/**
 * Roles stated with a person's name: `Japans Verteidigungsminister Minoru Kihara`, `Präsident
 * Trump`, `Rahm Emanuel, de Amerikaanse ambassadeur`. Read from an item's mentions and text, so
 * nothing new has to be stored: the role as written, the country named with it (a country or
 * demonym mention right before the role, or opening it), and where it was stated.
 */
import { itemFullText, type Item, type Mention } from '../pipeline/types.js';
import { entityLocale, type EntityLocale } from './locales/index.js';
import { isRoleWord } from './roles.js';
import { tokenize } from './tokenize.js';

/** A role stated with one mention of a person. */
export interface StatedRole {
  /** The role as written, without the article and the country (`Verteidigungsminister`, `minister van Buitenlandse Zaken`). */
  role: string;
  /** Id of the country stated with the role (`gpe:JP` for `Japans`, `japanische`, `US-`), or null. */
  country: string | null;
  /** The country as written, or null. */
  countryText: string | null;
  /** Offsets of the person's mention in the item's full text. */
  start: number;
  end: number;
  /** The rule that found the mention, as stored. */
  rule: string;
}

/** Rules whose evidence is the role and the name together (`Botschafter Rahm Emanuel`). */
const ROLE_EVIDENCE_RULES: ReadonlySet<string> = new Set(['entities/person/role', 'entities/person/apposition']);
/** Country ids: ISO 3166 codes (`gpe:JP`); cities and regions are not a person's country. */
const COUNTRY_ID = /^gpe:[A-Z]{2}$/;
/**
 * Most characters between a country and the role it qualifies: one space (`Japans
 * Verteidigungsminister`) or a hyphen (`US-Botschafter`). Anything longer is another phrase.
 */
const MAX_COUNTRY_GAP = 1;
/** Most characters looked back from a name for a role word right before it (one long compound). */
const LOOKBACK_CHARS = 60;

/** The span of the role phrase stated with `mention`, or null when none is. */
function rolePhrase(text: string, mention: Mention, locale: EntityLocale): { start: number; end: number } | null {
  const evidence = mention.provenance.evidence;
  if (ROLE_EVIDENCE_RULES.has(mention.provenance.rule) && evidence && evidence.length > mention.text.length) {
    const before = mention.end - evidence.length;
    if (before >= 0 && text.slice(before, mention.end) === evidence) return { start: before, end: mention.start };
    const after = mention.start + evidence.length;
    if (text.slice(mention.start, after) === evidence) return { start: mention.end, end: after };
  }
  // Any other mention (a surname, a name found by its given name): a role word right before it.
  const from = Math.max(0, mention.start - LOOKBACK_CHARS);
  const tokens = tokenize(text.slice(from, mention.start));
  let last = tokens.length - 1;
  if (tokens[last]?.key === '.') last--;
  const token = tokens[last];
  if (!token || !token.word || !isRoleWord(locale, token.lower) || /\n/.test(text.slice(from + token.end, mention.start))) return null;
  return { start: from + token.start, end: from + token.end };
}

/** The phrase without leading articles and punctuation, and the country mention that opens it or stands right before it. */
function trimRole(text: string, span: { start: number; end: number }, countries: readonly Mention[], locale: EntityLocale): Omit<StatedRole, 'start' | 'end' | 'rule'> | null {
  let country: Mention | null = null;
  let at = span.start;
  for (const token of tokenize(text.slice(span.start, span.end))) {
    const start = span.start + token.start;
    const inside = countries.find((m) => m.start <= start && start < m.end);
    if (inside) {
      country ??= inside;
      at = Math.max(at, inside.end);
    } else if (!token.word || locale.stopwords.has(token.lower)) {
      at = Math.max(at, span.start + token.end);
    } else break;
  }
  const role = text.slice(at, span.end).replace(/^[\s\-–,]+|[\s,.:;(–-]+$/gu, '');
  if (role === '' || !/\p{L}/u.test(role)) return null;
  country ??= countries.find((m) => m.end <= span.start && span.start - m.end <= MAX_COUNTRY_GAP && /^[\s-]*$/u.test(text.slice(m.end, span.start))) ?? null;
  return { role, country: country?.entity ?? null, countryText: country?.text ?? null };
}

/**
 * The roles stated with the mentions of person `entityId` in `item`, in text order. A mention
 * counts when the role is its rule's evidence (`Botschafter Rahm Emanuel`) or a role word stands
 * right before it (`Präsident Trump`).
 */
export function statedRoles(item: Item, entityId: string): StatedRole[] {
  const text = itemFullText(item);
  const locale = entityLocale(item.lang?.code ?? 'und');
  const countries = item.mentions.filter((m) => COUNTRY_ID.test(m.entity) && m.entity !== entityId);
  const found: StatedRole[] = [];
  for (const mention of item.mentions) {
    if (mention.entity !== entityId || mention.type !== 'PER') continue;
    const span = rolePhrase(text, mention, locale);
    const role = span ? trimRole(text, span, countries, locale) : null;
    if (role) found.push({ ...role, start: mention.start, end: mention.end, rule: mention.provenance.rule });
  }
  return found;
}
