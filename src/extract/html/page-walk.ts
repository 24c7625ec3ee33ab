/**
 * One walk over a page's DOM serving two readers at once: the page's block text (exactly what
 * {@link collectBlocks} gives for the whole body) and the main-text scorer's measures of every
 * container (`scorer.ts`). Each container remembers which blocks and captions came from its
 * subtree, so the block text of the containers the scorer chooses is a slice of the page's block
 * text, not a second and third walk over the same elements (with the page's cached chrome test,
 * `verdict.ts`, this took 7–15% off extraction time on trafilatura's set, same output).
 */
import { BLOCK_TAGS, blockTag, collectBlocks, type Block, type BlockTag, type BlockText } from './blocks.js';
import { cleanText, tagOf, walk, type DomElement } from './dom.js';
import type { VerdictCache } from './verdict.js';

/** What the walk learns of one element that is read (not skipped). */
export interface Stat {
  element: DomElement;
  parent: Stat | null;
  /** Characters of non-blank text nodes in the subtree, and those inside links. */
  chars: number;
  linkChars: number;
  /** Score given by the scorer's paragraphs (see `scorer.ts`). */
  score: number;
  /** Characters of scoring paragraphs in the subtree (outside links). */
  prose: number;
  /** Child elements that are read, made when the first one is entered (most elements have none). */
  children: Stat[] | null;
  /** The subtree's blocks are `blocks[blockStart, blockEnd)` of the page's block text; likewise its captions. */
  blockStart: number;
  blockEnd: number;
  captionStart: number;
  captionEnd: number;
  /**
   * Depth of the element in the stack of enclosing block elements when it is a block element
   * outside any link (its blocks are then a clean slice), else 0 (read on its own when chosen).
   */
  blockDepth: number;
}

/** Called for each block of text when it is complete, with the block element it belongs to. */
export type ParagraphSink = (text: string, linkChars: number, block: Stat, root: Stat) => void;

/** The page's block text, and the read elements' measures. */
export interface PageWalk {
  text: BlockText;
  root: Stat;
  /** Blocks and captions of the subtrees of `stats`, in order, as {@link collectBlocks} gives each. */
  blocksOf(stats: readonly Stat[], verdict: VerdictCache): BlockText & { chars: number };
}

/**
 * Walks the subtree under `root` once: block text and captions as {@link collectBlocks} collects
 * them (chrome and in-content boxes skipped per `verdict`), a {@link Stat} for every element read,
 * and each completed block handed to `paragraph`.
 */
export function walkPage(root: DomElement, verdict: VerdictCache, paragraph: ParagraphSink): PageWalk {
  const blocks: Block[] = [];
  const depths: number[] = [];
  const captions: string[] = [];
  const rootStat: Stat = { element: root, parent: null, chars: 0, linkChars: 0, score: 0, prose: 0, children: null, blockStart: 0, blockEnd: 0, captionStart: 0, captionEnd: 0, blockDepth: 1 };
  const stack: Stat[] = [rootStat];
  const owners: { tag: BlockTag; stat: Stat }[] = [{ tag: 'other', stat: rootStat }];
  let buffer = '';
  let linkChars = 0;
  let linkDepth = 0;
  const flush = (): void => {
    const text = buffer.replace(/\s+/gu, ' ').trim();
    const links = linkChars;
    buffer = '';
    linkChars = 0;
    if (text === '') return;
    blocks.push({ text, tag: owners[owners.length - 1]?.tag ?? 'other', linkChars: Math.min(links, text.length) });
    depths.push(owners.length);
    paragraph(text, links, (owners[owners.length - 1] as { stat: Stat }).stat, rootStat);
  };
  walk(root, {
    enter(element: DomElement): boolean {
      const tag = tagOf(element);
      const how = verdict(element);
      if (tag === 'figcaption' || how === 'caption') {
        const caption = cleanText(element);
        if (caption !== '') captions.push(caption);
        return false;
      }
      if (how === 'skip') return false;
      if (tag === 'a') linkDepth++;
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      const parent = stack[stack.length - 1] as Stat;
      const stat: Stat = {
        element, parent, chars: 0, linkChars: 0, score: 0, prose: 0, children: null,
        blockStart: blocks.length, blockEnd: blocks.length, captionStart: captions.length, captionEnd: captions.length,
        blockDepth: block && linkDepth === 0 ? owners.length + 1 : 0,
      };
      (parent.children ??= []).push(stat);
      stack.push(stat);
      if (block) owners.push({ tag: blockTag(tag), stat });
      return true;
    },
    leave(element: DomElement): void {
      const tag = tagOf(element);
      if (BLOCK_TAGS.has(tag)) {
        flush();
        owners.pop();
      }
      if (tag === 'a') linkDepth--;
      const stat = stack.pop() as Stat;
      stat.blockEnd = blocks.length;
      stat.captionEnd = captions.length;
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.chars += stat.chars;
        parent.linkChars += stat.linkChars;
        parent.prose += stat.prose;
      }
    },
    text(value: string): void {
      buffer += value;
      const top = stack[stack.length - 1] as Stat;
      const length = value.trim() === '' ? 0 : value.length;
      top.chars += length;
      if (linkDepth > 0) {
        top.linkChars += length;
        linkChars += value.replace(/\s+/gu, ' ').length;
      }
    },
  });
  flush();
  rootStat.blockEnd = blocks.length;
  rootStat.captionEnd = captions.length;
  return {
    text: { blocks, captions },
    root: rootStat,
    blocksOf(stats: readonly Stat[], cache: VerdictCache): BlockText & { chars: number } {
      const out: BlockText & { chars: number } = { blocks: [], captions: [], chars: 0 };
      for (const stat of stats) {
        if (stat.blockDepth === 0) {
          // An inline element or one inside a link: its text may share a block with the text
          // around it, so it is read on its own.
          const part = collectBlocks(stat.element, cache);
          out.blocks.push(...part.blocks);
          out.captions.push(...part.captions);
          continue;
        }
        // A block directly owned by the chosen element itself is, read on its own, owned by no
        // block element ('other'), as collectBlocks starts below the element.
        for (let i = stat.blockStart; i < stat.blockEnd; i++) {
          const block = blocks[i] as Block;
          out.blocks.push((depths[i] ?? 0) > stat.blockDepth || block.tag === 'other' ? block : { ...block, tag: 'other' });
        }
        for (let i = stat.captionStart; i < stat.captionEnd; i++) out.captions.push(captions[i] as string);
      }
      out.chars = out.blocks.reduce((sum, block) => sum + block.text.length, 0);
      return out;
    },
  };
}
