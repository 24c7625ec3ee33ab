/**
 * HTML digest pages built from `<article>` elements: each top-level article element outside
 * chrome that carries its own body text (not just a link) is a report. A page with two or more
 * such cards is a digest: one item per card, each with its heading, dateline and own `<time>`.
 * A card without a brief's substance (headline or dateline over prose) is never a brief.
 */
import type { DateCandidate } from '../../pipeline/types.js';
import { BRIEF_MIN_CHARS, CARD_MIN_COVERAGE } from '../limits.js';
import { BRIEF_MIN_BODY_CHARS, BRIEF_MIN_SENTENCES } from '../text/thresholds.js';
import { segmentSourceLines, type Segment } from '../text/index.js';
import { hasReportingSubstance } from '../text/substance.js';
import { sentenceCount } from '../text/vocabulary.js';
import { collectBlocks, type BlockText } from './blocks.js';
import { insideChrome } from './chrome.js';
import { verdictOf, type VerdictCache } from './verdict.js';
import { cleanText, closest, ELEMENT_NODE, tagOf, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { blocksToLines } from './lines.js';

/** One `<article>` card read as a report. */
interface Card {
  segment: Segment;
  hasH1: boolean;
  /** Body characters outside links. */
  bodyChars: number;
}

/** A card's blocks before they are read as a report: enough to tell whether the cards cover the page. */
interface CardText extends BlockText {
  element: DomElement;
  /** Body characters outside links. */
  bodyChars: number;
}

function cardText(element: DomElement, verdict: VerdictCache): CardText {
  const { blocks, captions } = collectBlocks(element, verdict);
  const bodyChars = blocks
    .filter((block) => block.tag !== 'heading')
    .reduce((sum, block) => sum + block.text.length - block.linkChars, 0);
  return { element, blocks, captions, bodyChars };
}

function readCard({ element, blocks, captions, bodyChars }: CardText): Card | null {
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
    bodyChars,
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

/** True when a card can be a report: the page's `<h1>` card, or one with a brief's substance (never a reader's post). */
function reports(card: Card | null): card is Card {
  return card !== null && (card.hasH1 || hasReportingSubstance(card.segment));
}

/** True when a card holds prose: at least {@link BRIEF_MIN_SENTENCES} sentences or {@link BRIEF_MIN_BODY_CHARS} characters. */
function isProse(card: Card): boolean {
  return card.segment.text.length >= BRIEF_MIN_BODY_CHARS || sentenceCount(card.segment.text) >= BRIEF_MIN_SENTENCES;
}

/** `card` appended to the report before it (its text, captions, credits and sources). */
function merge(into: Card, card: Card): Card {
  const a = into.segment;
  const b = card.segment;
  return {
    ...into,
    bodyChars: into.bodyChars + card.bodyChars,
    segment: { ...a, text: [a.text, b.text].filter((t) => t !== '').join('\n\n'), captions: [...a.captions, ...b.captions], credits: [...a.credits, ...b.credits], sources: [...a.sources, ...b.sources] },
  };
}

/**
 * Cards as reports. A card with a brief's substance (or the page's `<h1>`) is a report; a card
 * of plain prose without headline or dateline continues the report before it (an article cut
 * into `<article>` sections), or leads the page when none precedes; anything shorter (a
 * reader's post, a notice) is dropped.
 */
function asReports(cards: readonly Card[]): Card[] {
  const out: Card[] = [];
  for (const card of cards) {
    const previous = out.at(-1);
    if (reports(card)) out.push(card);
    else if (isProse(card) && previous) out[out.length - 1] = merge(previous, card);
    else if (isProse(card)) out.push(card);
  }
  return out;
}

function kinds(cards: readonly Card[]): Segment[] {
  const withH1 = cards.filter((card) => card.hasH1);
  const isArticle = (card: Card): boolean => cards.length === 1 || (withH1.length === 1 && card.hasH1);
  return cards.map((card) => ({ ...card.segment, kind: isArticle(card) ? 'article' : 'brief' }));
}

/** True when a card shows a brief's marks: its own time, a relative stamp or a dateline. */
function looksLikeBrief(card: Card): boolean {
  return card.segment.dateline !== null || card.segment.dateCandidates.some((c) => c.origin === 'time' || c.origin === 'stamp');
}

/**
 * Sibling blocks that each hold one heading and body text with a brief's marks (a `<time>`,
 * a stamp or a dateline): the parents of headings, grouped by their own parent. Sections of
 * one long article have headings too, but no such marks, so they stay together.
 */
function siblingCards(document: DomDocument, covers: (cards: readonly { bodyChars: number }[]) => boolean, verdict: VerdictCache, inChrome: (node: DomElement) => boolean): Card[] | null {
  const groups = new Map<DomNode, DomElement[]>();
  const seen = new Set<DomNode>();
  for (const heading of document.querySelectorAll('h1, h2, h3, h4')) {
    const block = heading.parentNode;
    if (!block || block.nodeType !== ELEMENT_NODE || !block.parentNode || seen.has(block)) continue;
    seen.add(block);
    const element = block as DomElement;
    if (['body', 'html', 'main'].includes(tagOf(element)) || element.querySelectorAll('h1, h2, h3, h4, h5, h6').length !== 1) continue;
    if (inChrome(element)) continue;
    groups.set(block.parentNode, [...(groups.get(block.parentNode) ?? []), element]);
  }
  for (const elements of groups.values()) {
    if (elements.length < 2) continue;
    const texts = elements.map((element) => cardText(element, verdict));
    if (texts.some((text) => text.bodyChars < BRIEF_MIN_CHARS) || !covers(texts)) continue;
    const cards = texts.map(readCard).filter((card): card is Card => reports(card) && looksLikeBrief(card));
    if (cards.length >= 2 && cards.length === elements.length) return cards;
  }
  return null;
}

/**
 * Reports of a page made of several `<article>` cards (or of sibling blocks that each carry a
 * heading, body text and a brief's marks), or null when the page is not such a digest. The
 * cards must hold nearly all of the page's body text (`pageBodyChars`, outside links), so a
 * main story outside them is never lost. The card with the page's only `<h1>` is the article;
 * all others are briefs. `verdict` and `inChrome` may be the page's cached verdicts and chrome
 * test (`verdict.ts`).
 */
export function readArticleCards(document: DomDocument, pageBodyChars: number, verdict: VerdictCache = verdictOf, inChrome: (node: DomElement) => boolean = insideChrome): Segment[] | null {
  const covers = (cards: readonly { bodyChars: number }[]): boolean => cards.reduce((sum, card) => sum + card.bodyChars, 0) >= CARD_MIN_COVERAGE * pageBodyChars;
  const elements = [...document.querySelectorAll('article')].filter(
    (element) => closest(element, (ancestor) => ancestor !== element && tagOf(ancestor) === 'article') === null && !inChrome(element),
  );
  const texts = elements.length >= 2 ? elements.map((element) => cardText(element, verdict)).filter((text) => text.bodyChars >= BRIEF_MIN_CHARS) : [];
  const cards = texts.length >= 2 && covers(texts) ? texts.map(readCard).filter((card): card is Card => card !== null) : [];
  const reported = cards.length >= 2 && covers(cards) ? asReports(cards) : [];
  if (reported.length > 0) return kinds(reported);
  const siblings = siblingCards(document, covers, verdict, inChrome);
  return siblings ? kinds(siblings) : null;
}
