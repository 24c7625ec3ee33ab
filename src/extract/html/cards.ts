/**
 * HTML digest pages built from `<article>` elements: each top-level article element outside
 * chrome that carries its own body text (not just a link) is a report. A page with two or more
 * such cards is a digest: one item per card, each with its heading, dateline and own `<time>`.
 */
import type { DateCandidate } from '../../pipeline/types.js';
import { BRIEF_MIN_CHARS } from '../limits.js';
import { segmentSourceLines, type Segment } from '../text/index.js';
import { collectBlocks } from './blocks.js';
import { insideChrome } from './chrome.js';
import { cleanText, closest, tagOf, type DomDocument, type DomElement } from './dom.js';
import { blocksToLines } from './lines.js';

/** One `<article>` card read as a report. */
interface Card {
  segment: Segment;
  hasH1: boolean;
}

function readCard(element: DomElement): Card | null {
  const { blocks, captions } = collectBlocks(element);
  const bodyChars = blocks
    .filter((block) => block.tag !== 'heading')
    .reduce((sum, block) => sum + block.text.length - block.linkChars, 0);
  if (bodyChars < BRIEF_MIN_CHARS) return null;
  const segment = segmentSourceLines(blocksToLines(blocks), { single: true })[0];
  if (!segment) return null;
  const heading = cleanText(element.querySelector('h1, h2, h3, h4, h5, h6')) || null;
  const times: DateCandidate[] = [];
  for (const time of element.querySelectorAll('time')) {
    const text = time.getAttribute('datetime')?.trim() || cleanText(time);
    if (text) times.push({ text, origin: 'time', own: true });
  }
  const headingParagraph = heading && segment.text.startsWith(`${heading}\n\n`) ? segment.text.slice(heading.length + 2) : segment.text;
  return {
    hasH1: element.querySelector('h1') !== null,
    segment: {
      ...segment,
      title: heading ?? segment.title,
      text: headingParagraph,
      dateCandidates: [...times, ...segment.dateCandidates],
      captions: [...captions, ...segment.captions],
    },
  };
}

/**
 * Reports of a page made of several `<article>` cards, or null when the page is not such a
 * digest. The card with the page's only `<h1>` is the article; all others are briefs.
 */
export function readArticleCards(document: DomDocument): Segment[] | null {
  const elements = [...document.querySelectorAll('article')].filter(
    (element) => closest(element, (ancestor) => ancestor !== element && tagOf(ancestor) === 'article') === null && !insideChrome(element),
  );
  if (elements.length < 2) return null;
  const cards = elements.map(readCard).filter((card): card is Card => card !== null);
  if (cards.length < 2) return null;
  const withH1 = cards.filter((card) => card.hasH1);
  return cards.map((card) => ({ ...card.segment, kind: withH1.length === 1 && card.hasH1 ? 'article' : 'brief' }));
}
