/**
 * The HTML extractor, a cascade: page metadata first; then `<article>` cards (digest pages);
 * then the baseline block text through the line classifier, which also finds digests of
 * dateline briefs; otherwise Readability for the main text, falling back to the baseline when
 * Readability under-delivers or fails, and to a plain tag strip when the DOM cannot be built.
 */
import { message } from '../../pipeline/codes.js';
import type { Item, RawDocument } from '../../pipeline/types.js';
import { hintCandidates, itemsFromSegments, type PageFacts } from '../build.js';
import { MAX_DOM_CHARS, MAX_READABILITY_DEPTH, READABILITY_MIN_CHARS } from '../limits.js';
import { segmentSourceLines, segmentText, type Segment } from '../text/index.js';
import { readFieldLine } from '../text/fields.js';
import { collectBlocks } from './blocks.js';
import { readArticleCards } from './cards.js';
import { nestingDepth } from './depth.js';
import { parseDocument } from './dom.js';
import { blocksToLines } from './lines.js';
import { readMetadata } from './metadata.js';
import { readWithReadability } from './readable.js';
import { stripTags } from './strip.js';

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

/** True when segments read off the baseline form a digest: two or more briefs with a dateline or stamp. */
function isDigest(segments: readonly Segment[]): boolean {
  const briefs = segments.filter((s) => s.kind === 'brief' && (s.dateline !== null || s.dateCandidates.some((c) => c.origin === 'stamp')));
  return briefs.length >= 2;
}

function fromDom(document: RawDocument, html: string): Item[] {
  const dom = parseDocument(html);
  const meta = readMetadata(dom, document.url);
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
  const baseline = root ? collectBlocks(root) : { blocks: [], captions: [] };
  const bodyChars = baseline.blocks.filter((b) => b.tag !== 'heading').reduce((sum, b) => sum + b.text.length - b.linkChars, 0);
  const cards = readArticleCards(dom, bodyChars);
  if (cards) return itemsFromSegments(document, cards, digestPage);
  const baselineSegments = withCaptions(segmentSourceLines(blocksToLines(baseline.blocks)), baseline.captions);
  if (isDigest(baselineSegments)) return itemsFromSegments(document, baselineSegments, digestPage);

  const depth = nestingDepth(html, MAX_READABILITY_DEPTH);
  const outcome =
    depth > MAX_READABILITY_DEPTH
      ? { article: null, error: `elements nest more than ${MAX_READABILITY_DEPTH} levels deep` }
      : readWithReadability(dom);
  const readable = outcome.article;
  const readableSegments = readable ? segmentSourceLines(blocksToLines(readable.blocks), { single: true }) : [];
  const readableFacts: PageFacts = { ...page, title: page.title ?? readable?.title ?? null, byline: page.byline ?? readable?.byline ?? null };
  const asArticle = (segments: Segment[]): Segment[] =>
    withCaptions(segments.slice(0, 1).map((segment) => ({ ...segment, kind: 'article' as const })), readable?.captions ?? []);
  if (readable && readable.textLength >= READABILITY_MIN_CHARS && readableSegments.length > 0) {
    return itemsFromSegments(document, asArticle(readableSegments), readableFacts);
  }
  const why = outcome.error ?? (readable ? `its text had ${readable.textLength} characters (minimum ${READABILITY_MIN_CHARS})` : 'it found no article');
  if (baselineSegments.length > 0) {
    document.messages.push(
      message('extract/fallback', `${document.source}: Readability was not used (${why}); the page's block text was classified line by line instead.`, {
        source: document.source,
      }),
    );
    return itemsFromSegments(document, baselineSegments, page);
  }
  return readableSegments.length > 0 ? itemsFromSegments(document, asArticle(readableSegments), readableFacts) : [];
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
