/**
 * Role cues: words and phrases that announce a person's name (`Präsident`, `US-Botschafter`,
 * `minister van Buitenlandse Zaken`).
 */
import type { TextContext } from './context.js';
import type { EntityLocale } from './locales/index.js';

/** True when a lowercased word is a role of the locale, alone or as the head of a compound. */
export function isRoleWord(locale: EntityLocale, lower: string): boolean {
  if (locale.roles.has(lower)) return true;
  return locale.roleSuffixes.some((suffix) => lower.endsWith(suffix));
}

/** A role cue in the tokens: `[start, end)`; the name, if any, follows at `end`. */
export interface RoleCue {
  start: number;
  end: number;
}

/** Every role cue of the text, left to right: role phrases found by the gazetteer and role words. */
export function roleCues(ctx: TextContext): RoleCue[] {
  const cues: RoleCue[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const hit = ctx.covered[i];
    if (hit?.entry.kind === 'role') {
      if (hit.start === i) cues.push({ start: hit.start, end: hit.end });
      continue;
    }
    const token = tokens[i]!;
    if (hit || !token.word || ctx.shouting[i] || !/\p{L}/u.test(token.key)) continue;
    if (isRoleWord(ctx.locale, token.lower)) cues.push({ start: i, end: i + 1 });
  }
  return cues;
}
