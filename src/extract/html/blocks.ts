/**
 * Block text of a DOM subtree: one entry per paragraph, heading, list item or other block,
 * with how much of its text sits inside links. Chrome subtrees and in-content boxes (author
 * bios, tables of contents …, see `asides.ts`) are skipped; figure captions are collected on the side.
 */
import { cleanText, tagOf, walk, type DomElement, type DomNode } from './dom.js';
import { verdictOf, type VerdictCache } from './verdict.js';

/** The kind of block a text came from. */
export type BlockTag = 'heading' | 'p' | 'li' | 'other';

/** One block of text. */
export interface Block {
  text: string;
  tag: BlockTag;
  /** Characters of `text` inside `<a>` elements. */
  linkChars: number;
}

/** Blocks of a subtree, and the figure captions met on the way. */
export interface BlockText {
  blocks: Block[];
  captions: string[];
}

/** Elements that end the block of text before them and start their own. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt',
  'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'figure', 'address', 'details', 'summary',
  'hr', 'br', 'body', 'center', 'caption',
]);

/** The kind of block an element of a block tag makes. */
export function blockTag(tag: string): BlockTag {
  if (/^h[1-6]$/u.test(tag)) return 'heading';
  if (tag === 'li') return 'li';
  if (tag === 'p' || tag === 'blockquote' || tag === 'pre') return 'p';
  return 'other';
}

/**
 * Collects the blocks of text under `root`, skipping chrome and in-content boxes and taking
 * captions aside (see `verdict.ts`); `verdict` may be a page's cache of those answers.
 */
export function collectBlocks(root: DomNode, verdict: VerdictCache = verdictOf): BlockText {
  const blocks: Block[] = [];
  const captions: string[] = [];
  const owners: BlockTag[] = ['other'];
  let buffer = '';
  let linkChars = 0;
  let linkDepth = 0;
  const flush = (): void => {
    const text = buffer.replace(/\s+/gu, ' ').trim();
    if (text !== '') blocks.push({ text, tag: owners.at(-1) ?? 'other', linkChars: Math.min(linkChars, text.length) });
    buffer = '';
    linkChars = 0;
  };
  walk(root, {
    enter(element: DomElement): boolean {
      const tag = tagOf(element);
      if (tag === 'figcaption') {
        const caption = cleanText(element);
        if (caption !== '') captions.push(caption);
        return false;
      }
      const how = verdict(element);
      if (how === 'caption') {
        const caption = cleanText(element);
        if (caption !== '') captions.push(caption);
        return false;
      }
      if (how === 'skip') return false;
      if (tag === 'a') linkDepth++;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        owners.push(blockTag(tag));
      }
      return true;
    },
    leave(element: DomElement): void {
      const tag = tagOf(element);
      if (tag === 'a') linkDepth--;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        owners.pop();
      }
    },
    text(value: string): void {
      buffer += value;
      if (linkDepth > 0) linkChars += value.replace(/\s+/gu, ' ').length;
    },
  });
  flush();
  return { blocks, captions };
}
