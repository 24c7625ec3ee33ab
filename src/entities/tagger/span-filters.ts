/**
 * Spans of the German tagger that are no names, whatever its margin: a lone capitalised word
 * after an article (a common noun, where every noun is capitalised) and a span ending in a role
 * word (a title).
 */
import type { TextContext } from '../context.js';
import { isRoleWord } from '../roles.js';
import { placeLabels } from './lists.js';

/**
 * True when token `i` follows an article (`die Insel`, `im Wald`, `der Kapelle`) and is no place
 * of the GeoNames list: where nouns are capitalised, such a lone word is a common noun. On
 * GermEval dev the tagger's one-word names after an article were 17 right of 61.
 */
export function afterDeterminer(ctx: TextContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (prev === undefined || !ctx.locale.determiners.has(prev.lower) || placeLabels(ctx)[i] !== '-') return false;
  return !PLACE_COMPOUND.test(ctx.tokens[i]!.lower);
}

/**
 * Endings of German place names that take an article (`den Kemmelberg`, `am Schwielowsee`, `das
 * Pustertal`, `zum Gendarmenmarkt`, `der Stösserstraße`): a word so ended stays a name after one.
 * Written after reading GermEval dev's missed places (F1 .620 → .622 there: read it as optimistic).
 */
const PLACE_COMPOUND = /.{3}(berg|tal|see|straße|strasse|gebirge|platz|markt)s?$/u;

/** True when the span's last word is a role (`Europaminister`, `Ferrari-Technikchef`, `Kaiser`): a title, not a name. */
export function endsInRole(ctx: TextContext, end: number): boolean {
  const last = ctx.tokens[end - 1];
  return last !== undefined && last.word && isRoleWord(ctx.locale, last.lower);
}
