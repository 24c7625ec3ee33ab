/**
 * Whether a text introduces a word as a person: news names people by their full name or their
 * role before it uses the surname alone (`Jan Smeets … Smeets`, `minister Smeets`), so a lone
 * capitalised word the text never introduces (`Swissair`, `Tibco`) is more often no person.
 */
import type { TextContext } from '../context.js';
import { isRoleWord } from '../roles.js';

const introducedCache = new WeakMap<TextContext, Set<string>>();

/**
 * True when the text writes `key` as the last word of a longer capitalised name (`Jan Smeets` for
 * `Smeets`) or right after a role word (`minister Smeets`). Computed once per text.
 */
export function introducedAsPerson(ctx: TextContext, key: string): boolean {
  let introduced = introducedCache.get(ctx);
  if (!introduced) {
    introduced = new Set();
    const { tokens } = ctx;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1]!;
      if (!t.word || t.gap === 2 || !/^\p{Lu}/u.test(t.key)) continue;
      const afterName = prev.word && /^\p{Lu}\p{Ll}/u.test(prev.key) && !ctx.locale.stopwords.has(prev.lower);
      if (afterName || (prev.word && isRoleWord(ctx.locale, prev.lower))) introduced.add(t.key);
    }
    introducedCache.set(ctx, introduced);
  }
  return introduced.has(key);
}
