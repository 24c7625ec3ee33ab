/**
 * The HTML extractor, a cascade over one parse of the page into the light DOM. Each stage
 * engages only when the one before under-delivered:
 *  1. page metadata; then `<article>` cards (digest pages); then the baseline block text
 *     through the line classifier, which finds digests of dateline briefs;
 *  2. Dossier's own scorer (`scorer.ts`) for the main text, accepted when it finds at least
 *     {@link SCORER_MIN_CHARS} characters of text;
 *  3. otherwise Readability, on a linkedom DOM parsed only then, accepted with at least
 *     {@link READABILITY_MIN_CHARS} characters;
 *  4. otherwise the baseline block text; and a plain tag strip when no DOM can be built;
 *  5. when all of these found nothing, the last rescue (`rescue.ts`): the page's title and its
 *     prose outside chrome as one low-confidence article, with a message.
 */
import { message } from '../../pipeline/codes.js';
import type { Item, RawDocument } from '../../pipeline/types.js';
import { hintCandidates, itemsFromSegments, type PageFacts } from '../build.js';
import { MAX_DOM_CHARS, MAX_READABILITY_DEPTH, READABILITY_MIN_CHARS, READABILITY_MIN_GAIN, RESCUE_MIN_PROSE_CHARS, SCORER_MIN_CHARS, SCORER_MIN_PROSE_SHARE } from '../limits.js';
import { segmentKeepingLines, segmentText, type Segment } from '../text/index.js';
import type { ClassifiedLine } from '../text/classify.js';
import { readFieldLine } from '../text/fields.js';
import { parseDateline } from '../text/dateline.js';
import { mayHoldStamp } from '../text/lines.js';
import type { Block, BlockText } from './blocks.js';
import { readArticleCards } from './cards.js';
import { nestingDepth } from './depth.js';
import { parseDocument } from './dom.js';
import { LightElement, parseLight } from './light/index.js';
import { leadBlocks } from './lead.js';
import { blocksToLines } from './lines.js';
import { readMetadata } from './metadata.js';
import { readWithReadability, withoutScripts } from './readable.js';
import { rescueArticle } from './rescue.js';
import { readPage } from './scorer.js';
import { stripTags } from './strip.js';
import { verdictCache, type PageVerdicts, type VerdictCache } from './verdict.js';
import { pageDrops } from './dropped.js';
import { attachDropped } from '../dropped.js';

/** Gives the first of `items` the page's drops (see `dropped.ts`), built only when read; `readLines`: `read` as already classified. */
function withDrops(items: Item[], verdict: PageVerdicts, baseline: readonly Block[], read: readonly Block[], rule: string, readLines: readonly ClassifiedLine[] | null = null): Item[] {
  const first = items[0];
  if (first) attachDropped(first, pageDrops(() => verdict.skipped(), baseline, read, rule, () => items.map((item) => item.text).join('\n\n'), readLines));
  return items;
}

/** Adds figure captions (and the credits written in them) to the first article, or the first report. */
function withCaptions(segments: Segment[], captions: readonly string[]): Segment[] {
  if (captions.length === 0 || segments.length === 0) return segments;
  const target = segments.find((segment) => segment.kind === 'article') ?? segments[0];
  return segments.map((segment) => {
    if (segment !== target) return segment;
    const credits = captions.flatMap((caption) => {
      const field = readFieldLine(caption);
      return field?.kind === 'caption' && field.credit ? [field.credit] : field?.kind === 'credit' ? [field.credit] : [];
    });
    return { ...segment, captions: [...captions, ...segment.captions], credits: [...credits, ...segment.credits] };
  });
}

/**
 * Fewest blocks with a dateline or a relative timestamp before the page's block text is
 * segmented to look for a digest: {@link isDigest} needs two briefs with such a mark, and each
 * brief has it in one of its blocks, so fewer marked blocks can never make a digest.
 */
const DIGEST_MIN_MARKED_BLOCKS = 2;

/** True when at least {@link DIGEST_MIN_MARKED_BLOCKS} blocks carry a dateline or a relative stamp. */
function mayBeDigest(blocks: readonly Block[]): boolean {
  let marked = 0;
  for (const block of blocks) {
    if (mayHoldStamp(block.text) || parseDateline(block.text) !== null) marked++;
    if (marked >= DIGEST_MIN_MARKED_BLOCKS) return true;
  }
  return false;
}

/** True when segments read off the baseline form a digest: two or more briefs with a dateline or stamp. */
function isDigest(segments: readonly Segment[]): boolean {
  const briefs = segments.filter((s) => s.kind === 'brief' && (s.dateline !== null || s.dateCandidates.some((c) => c.origin === 'stamp')));
  return briefs.length >= 2;
}

function fromDom(document: RawDocument, html: string): Item[] {
  const dom = parseLight(html);
  const verdict = verdictCache();
  const meta = readMetadata(dom, document.url, verdict.insideChrome);
  const page: PageFacts = {
    title: document.hints.title ?? meta.title,
    byline: meta.byline,
    siteName: meta.siteName,
    url: meta.canonicalUrl ?? document.url,
    declaredLang: meta.declaredLang,
    dateCandidates: [...hintCandidates(document), ...meta.dateCandidates],
  };
  // On a digest page the <title> names the page, and each card carries its own <time>: the
  // main report's own heading names it better, and page-wide <time>s belong to no one report.
  const digestPage: PageFacts = {
    ...page,
    title: document.hints.title ?? meta.statedTitle,
    dateCandidates: (page.dateCandidates ?? []).filter((candidate) => candidate.origin !== 'time'),
  };
  const root = dom.body ?? dom.documentElement;
  // One walk gives the page's block text and the scorer's reading (stage 2) at once.
  const reading = root ? readPage(root, verdict) : null;
  const baseline = reading?.text ?? { blocks: [], captions: [] };
  const bodyChars = baseline.blocks.filter((b) => b.tag !== 'heading').reduce((sum, b) => sum + b.text.length - b.linkChars, 0);
  const cards = readArticleCards(dom, bodyChars, verdict, verdict.insideChrome);
  if (cards) return withDrops(itemsFromSegments(document, cards, digestPage), verdict, baseline.blocks, [], 'extract/html/cards');
  let segmented: Segment[] | null = null;
  let baselineLines: ClassifiedLine[] | null = null;
  const baselineSegments = (): Segment[] => {
    if (segmented) return segmented;
    const kept = segmentKeepingLines(blocksToLines(baseline.blocks));
    baselineLines = kept.lines;
    return (segmented = withCaptions(kept.segments, baseline.captions));
  };
  if (mayBeDigest(baseline.blocks) && isDigest(baselineSegments())) {
    return withDrops(itemsFromSegments(document, baselineSegments(), digestPage), verdict, baseline.blocks, baseline.blocks, 'extract/html/digest', baselineLines);
  }

  // Stage 2: our scorer. It under-delivers when it finds too little text, or when its pick
  // holds too small a share of the page's prose (it may have chosen one box of several).
  const scored = reading?.scored ?? null;
  const ours = reading?.main ?? null;
  const firstContainer = scored?.elements[0];
  if (ours && firstContainer instanceof LightElement) {
    const lead = leadBlocks(dom, firstContainer, verdict, page.title);
    ours.blocks.unshift(...lead);
    ours.chars += lead.reduce((sum, block) => sum + block.text.length, 0);
  }
  const ourKept = ours ? segmentKeepingLines(blocksToLines(ours.blocks), { single: true, markup: true, title: page.title }) : null;
  const ourSegments = ourKept?.segments ?? [];
  const oursFound = ours !== null && ours.chars >= SCORER_MIN_CHARS && ourSegments.length > 0;
  const ourArticle = (): Item[] =>
    withDrops(
      itemsFromSegments(document, withCaptions(ourSegments.slice(0, 1).map((s) => ({ ...s, kind: 'article' as const })), ours?.captions ?? []), page),
      verdict, baseline.blocks, ours?.blocks ?? [], 'extract/html/scorer', ourKept?.lines ?? null,
    );
  if (oursFound && (scored?.proseShare ?? 0) >= SCORER_MIN_PROSE_SHARE) return ourArticle();

  // Stage 3: Readability on a linkedom DOM, parsed only now.
  const depth = nestingDepth(html, MAX_READABILITY_DEPTH);
  const outcome =
    depth > MAX_READABILITY_DEPTH
      ? { article: null, error: `elements nest more than ${MAX_READABILITY_DEPTH} levels deep` }
      : readWithReadability(parseDocument(withoutScripts(html)));
  const readable = outcome.article;
  const readableKept = readable ? segmentKeepingLines(blocksToLines(readable.blocks), { single: true, markup: true }) : null;
  const readableSegments = readableKept?.segments ?? [];
  const readableFacts: PageFacts = { ...page, title: page.title ?? readable?.title ?? null, byline: page.byline ?? readable?.byline ?? null };
  const asArticle = (segments: Segment[]): Segment[] =>
    withCaptions(segments.slice(0, 1).map((segment) => ({ ...segment, kind: 'article' as const })), readable?.captions ?? []);
  const readableFound = readable !== null && readable.textLength >= READABILITY_MIN_CHARS && readableSegments.length > 0;
  // When both found text, Readability replaces ours only with clearly more of it.
  if (oursFound && (!readableFound || (readable?.textLength ?? 0) < (ours?.chars ?? 0) * READABILITY_MIN_GAIN)) return ourArticle();
  const readableItems = (): Item[] =>
    withDrops(itemsFromSegments(document, asArticle(readableSegments), readableFacts), verdict, baseline.blocks, readable?.blocks ?? [], 'extract/html/readability', readableKept?.lines ?? null);
  if (readableFound) return readableItems();
  const why = outcome.error ?? (readable ? `its text had ${readable.textLength} characters (minimum ${READABILITY_MIN_CHARS})` : 'it found no article');
  if (baselineSegments().length > 0) {
    document.messages.push(
      message('extract/fallback', `${document.source}: Readability was not used (${why}); the page's block text was classified line by line instead.`, {
        source: document.source,
      }),
    );
    return withDrops(itemsFromSegments(document, baselineSegments(), page), verdict, baseline.blocks, baseline.blocks, 'extract/html/baseline', baselineLines);
  }
  if (readableSegments.length > 0) return readableItems();
  return withDrops(rescued(document, baseline, page), verdict, baseline.blocks, [], 'extract/html/rescue');
}

/**
 * Stage 5, the last rescue (`rescue.ts`): one low-confidence article of the page's title and its
 * prose outside chrome, with a message saying so; [] when the page is all boilerplate.
 */
function rescued(document: RawDocument, baseline: BlockText, page: PageFacts): Item[] {
  const rescue = rescueArticle(baseline.blocks, page.title ?? null);
  if (!rescue) return [];
  const segment: Segment = {
    kind: 'article', title: page.title ?? null, text: rescue.text, dateline: null, dateCandidates: [], byline: null,
    captions: [], credits: [], sources: [], line: 1,
  };
  const items = itemsFromSegments(document, withCaptions([segment], baseline.captions), page);
  items[0]?.messages.push(
    message('extract/fallback', `${document.source}: low-confidence rescue: no extraction attempt found an article, so the page's title and its ${rescue.proseChars} characters of prose outside navigation and other chrome were kept as one article (minimum ${RESCUE_MIN_PROSE_CHARS}).`, {
      source: document.source,
    }),
  );
  return items;
}

/** Items of an HTML document (never throws). */
export function extractHtml(document: RawDocument, content: string): Item[] {
  let html = content;
  if (html.length > MAX_DOM_CHARS) {
    document.messages.push(
      message('extract/truncated', `${document.source}: the HTML has ${html.length} characters; only the first ${MAX_DOM_CHARS} were read.`, {
        source: document.source,
      }),
    );
    html = html.slice(0, MAX_DOM_CHARS);
  }
  try {
    return fromDom(document, html);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    document.messages.push(
      message('extract/fallback', `${document.source}: the HTML could not be read as a DOM (${detail}); its tags were stripped and the text classified instead.`, {
        source: document.source,
      }),
    );
    try {
      return itemsFromSegments(document, segmentText(stripTags(html)), { dateCandidates: hintCandidates(document), title: document.hints.title ?? null });
    } catch {
      return [];
    }
  }
}
