/**
 * Dossier's own main-text scorer, the first attempt of the HTML cascade. One walk over the
 * page (chrome subtrees skipped) measures every container's text and link characters and
 * scores each paragraph by its length, commas and stopword density; a paragraph's score goes
 * to its container and, diminishing, to the ancestors above (Readability's scheme). A
 * container's final score adds its tag and class/id hints (`hints.ts`) and is scaled by
 * (1 − link density). The best container, with siblings that score close to it or read as
 * prose, is the main text.
 */
import type { BlockText } from './blocks.js';
import { tagOf, type DomElement } from './dom.js';
import { hintWeight, tagWeight } from './hints.js';
import { stopwordCounts } from './stopwords.js';
import { walkPage, type Stat } from './page-walk.js';
import { verdictOf, type VerdictCache } from './verdict.js';

/** Shortest paragraph (characters outside links) that scores; shorter lines are labels and links (Readability's 25). */
export const MIN_PARAGRAPH_CHARS = 25;
/** Stopword share above which a paragraph reads as prose and earns a bonus point; prose runs at 30–50 %, menus near 0. */
export const PROSE_STOPWORD_SHARE = 0.2;
/**
 * Words of a paragraph read for its stopword share: the share settles within a sentence or two
 * (prose 30–50 %, lists near 0), so longer paragraphs are sampled from the start (the sample
 * changed no page's result on the trafilatura set and cut the scorer's word counting).
 */
export const PROSE_SAMPLE_WORDS = 60;
/** A sibling joins the main text when its score reaches this share of the best score (Readability's 0.2). */
export const SIBLING_SHARE = 0.2;
/** A sibling paragraph of this many characters with little link text joins the main text (Readability's 80). */
export const SIBLING_PARAGRAPH_CHARS = 80;
/** Link density below which such a sibling paragraph counts as prose (Readability's 0.25). */
export const SIBLING_MAX_LINK_DENSITY = 0.25;
/**
 * The best container gives way to its parent when the parent holds at least this many times
 * its prose (characters of scoring paragraphs) at a link density of at most
 * {@link CLIMB_MAX_LINK_DENSITY}: an article cut into sibling sections (intro, body, fact box)
 * is read whole instead of one section. Chosen on the first 300 pages of the trafilatura set.
 */
export const CLIMB_PROSE_GAIN = 1.2;
/** Highest link density of a parent the best container may climb to; higher means teaser lists around the article. */
export const CLIMB_MAX_LINK_DENSITY = 0.3;
/**
 * A sibling container of any tag joins the main text when at least this share of its text is
 * prose (scoring paragraphs outside links) and it has {@link SIBLING_PARAGRAPH_CHARS} of it:
 * the rest of an article split over sibling `<div>`s. Boxes of links and labels fall below it.
 */
export const SIBLING_MIN_PROSE_SHARE = 0.7;
/** Character codes of commas in the scripts we read (Latin, Arabic, CJK ideographic and full-width). */
const COMMAS = new Set([0x2c, 0x60c, 0x3001, 0xff0c]);
/** How many ancestors above a paragraph's container share its score (Readability scores five levels). */
const SCORED_LEVELS = 5;



/** The scorer's answer: the containers holding the main text, in document order. */
export interface ScoredContent {
  elements: DomElement[];
  /** Score of the best container after link-density scaling. */
  score: number;
  /** Share of the page's prose (characters of scoring paragraphs outside chrome) that the chosen containers hold. */
  proseShare: number;
}

function paragraphScore(text: string): number {
  if (text.length < MIN_PARAGRAPH_CHARS) return 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) if (COMMAS.has(text.charCodeAt(i))) commas++;
  const { words, stopwords } = stopwordCounts(text, PROSE_SAMPLE_WORDS);
  const prose = words > 0 && stopwords / words >= PROSE_STOPWORD_SHARE ? 1 : 0;
  return 1 + commas + Math.min(3, Math.floor(text.length / 100)) + prose;
}

const density = (stat: Stat): number => (stat.chars > 0 ? stat.linkChars / stat.chars : 0);

function finalScore(stat: Stat): number {
  const tag = tagOf(stat.element);
  const hints = `${stat.element.getAttribute('class') ?? ''} ${stat.element.getAttribute('id') ?? ''}`;
  return (stat.score + tagWeight(tag) + hintWeight(hints)) * (1 - density(stat));
}

/** The page read in one walk: its block text, and the scorer's choice with that choice's block text. */
export interface PageReading {
  /** The page's block text (as `collectBlocks` gives it for `root`). */
  text: BlockText;
  /** The main text's containers, or null when no paragraph scored. */
  scored: ScoredContent | null;
  /** Block text of the chosen containers, in order (null with `scored`). */
  main: (BlockText & { chars: number }) | null;
}

/**
 * Reads the page under `root` in one walk (`page-walk.ts`): its block text, and the scorer's
 * containers of the main text with their block text. `verdict` may be a page's cache of which
 * elements are read (`verdict.ts`).
 */
export function readPage(root: DomElement, verdict: VerdictCache = verdictOf): PageReading {
  const scored: Stat[] = [];
  const page = walkPage(root, verdict, (text, links, block, rootStat) => {
    if (text.length - links < MIN_PARAGRAPH_CHARS) return;
    const score = paragraphScore(text);
    block.prose += text.length - links;
    let owner: Stat | null = block === rootStat ? rootStat : block.parent;
    for (let level = 0; owner && level < SCORED_LEVELS; level++, owner = owner.parent) {
      if (owner.score === 0) scored.push(owner);
      owner.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
    }
  });
  const chosen = choose(page.root, scored);
  if (!chosen) return { text: page.text, scored: null, main: null };
  return { text: page.text, scored: chosen.content, main: page.blocksOf(chosen.stats, verdict) };
}

/**
 * Scores the containers under `root` and returns the main text's containers, or null when no
 * paragraph scored. `verdict` may be a page's cache of which elements are read (`verdict.ts`).
 */
export function scoreContent(root: DomElement, verdict: VerdictCache = verdictOf): ScoredContent | null {
  return readPage(root, verdict).scored;
}

/** The best container (climbing to a parent holding clearly more prose) and its siblings. */
function choose(rootStat: Stat, scored: readonly Stat[]): { content: ScoredContent; stats: Stat[] } | null {
  let best: Stat | null = null;
  let bestScore = 0;
  for (const stat of scored) {
    if (stat === rootStat) continue;
    const value = finalScore(stat);
    if (value > bestScore) {
      best = stat;
      bestScore = value;
    }
  }
  if (!best) return null;
  let chosen: Stat = best;
  for (let up = chosen.parent; up && up !== rootStat; up = up.parent) {
    if (density(up) > CLIMB_MAX_LINK_DENSITY) break;
    if (up.prose >= chosen.prose * CLIMB_PROSE_GAIN) chosen = up;
  }
  const stats = withSiblings(chosen, chosen === best ? bestScore : finalScore(chosen));
  const chosenProse = stats.reduce((sum, stat) => sum + stat.prose, 0);
  return {
    stats,
    content: { elements: stats.map((stat) => stat.element), score: bestScore, proseShare: rootStat.prose > 0 ? Math.min(1, chosenProse / rootStat.prose) : 0 },
  };
}

/** The best container and its siblings that score close to it or read as prose, in document order. */
function withSiblings(best: Stat, bestScore: number): Stat[] {
  const parent = best.parent;
  if (!parent) return [best];
  const threshold = Math.max(10, bestScore * SIBLING_SHARE);
  const out: Stat[] = [];
  for (const sibling of parent.children ?? [best]) {
    if (sibling === best) {
      out.push(sibling);
      continue;
    }
    const ownText = sibling.chars - sibling.linkChars;
    const prose =
      tagOf(sibling.element) === 'p' &&
      ((sibling.chars >= SIBLING_PARAGRAPH_CHARS && density(sibling) < SIBLING_MAX_LINK_DENSITY) || (ownText > 0 && density(sibling) === 0 && /[.!?]["”’»]?\s*$/u.test(sibling.element.textContent ?? '')));
    const proseBlock = sibling.prose >= SIBLING_PARAGRAPH_CHARS && density(sibling) < SIBLING_MAX_LINK_DENSITY && sibling.prose >= sibling.chars * SIBLING_MIN_PROSE_SHARE;
    if (prose || proseBlock || (sibling.score > 0 && finalScore(sibling) >= threshold)) out.push(sibling);
  }
  return out;
}
