/**
 * The cascade's last rescue: when no attempt (cards, digest, scorer, Readability, the classified
 * baseline) found an article, a page that states a title and still shows a fair amount of prose
 * outside the chrome rules becomes one low-confidence article: its title and those blocks. A page
 * that is truly all boilerplate (menus, link lists, prompts) has no such prose and stays empty.
 */
import { MAX_LINK_DENSITY, RESCUE_MIN_PROSE_CHARS } from '../limits.js';
import { normalizeLabel } from '../text/vocabulary.js';
import type { Block } from './blocks.js';

/** What the rescue keeps: the article text and how many prose characters backed it. */
export interface Rescue {
  text: string;
  proseChars: number;
}

/**
 * The rescued text of a page whose block text (chrome already skipped) is `blocks`, or null
 * when `title` is missing or the blocks outside links and headings hold fewer than
 * {@link RESCUE_MIN_PROSE_CHARS} characters. Link-dense blocks (navigation, teaser lists) and a
 * heading repeating the title are left out; other headings are kept as lines of the text.
 */
export function rescueArticle(blocks: readonly Block[], title: string | null): Rescue | null {
  if (!title || title.trim() === '') return null;
  const stated = normalizeLabel(title);
  const kept: string[] = [];
  let proseChars = 0;
  for (const block of blocks) {
    if (block.linkChars / block.text.length > MAX_LINK_DENSITY) continue;
    if (block.tag === 'heading') {
      if (normalizeLabel(block.text) !== stated) kept.push(block.text);
      continue;
    }
    proseChars += block.text.length - block.linkChars;
    kept.push(block.text);
  }
  if (proseChars < RESCUE_MIN_PROSE_CHARS) return null;
  return { text: kept.join('\n\n'), proseChars };
}
