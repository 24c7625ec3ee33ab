/**
 * HTML blocks as input lines for the text classifier: headings keep their markup hint, list
 * items that are prose become bullets, and blocks that are mostly link text are marked as
 * links (navigation or teasers, never body).
 */
import { MAX_LINK_DENSITY } from '../limits.js';
import type { SourceLine } from '../text/index.js';
import type { Block } from './blocks.js';

/** Converts blocks to classifier lines (each block its own paragraph). */
export function blocksToLines(blocks: readonly Block[]): SourceLine[] {
  return blocks.map((block, index): SourceLine => {
    const line: SourceLine = { text: block.text, number: index + 1, blankBefore: true };
    if (block.linkChars / block.text.length > MAX_LINK_DENSITY) line.hint = 'link';
    else if (block.tag === 'heading') line.hint = 'heading';
    else if (block.tag === 'li') line.hint = 'bullet';
    return line;
  });
}
