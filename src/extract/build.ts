/**
 * Turning segments (and page-level metadata) into items. The page's own metadata belongs to
 * its article; on a digest page every brief gets the page's dates only as `own: false`.
 */
import { newItem } from '../pipeline/item.js';
import type { DateCandidate, Item, RawDocument } from '../pipeline/types.js';
import type { Segment } from './text/index.js';

/** Page-level facts to merge into the items of one document. */
export interface PageFacts {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  url?: string | null;
  declaredLang?: string | null;
  /** Candidates stated by the page (meta tags, JSON-LD, URL) or by the JSONL record. */
  dateCandidates?: DateCandidate[];
}

/** Candidates a JSONL record states (`published`), as page-level facts. */
export function hintCandidates(document: RawDocument): DateCandidate[] {
  const published = document.hints.published?.trim();
  return published ? [{ text: published, origin: 'hint', own: true }] : [];
}

function dedupe(candidates: DateCandidate[]): DateCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const key = `${candidate.origin}\u0000${candidate.text}\u0000${candidate.own}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Items of `document`, numbered 0.. in page order. The first article gets the page's title,
 * byline and dates; briefs keep their own and see page dates as not their own.
 */
export function itemsFromSegments(document: RawDocument, segments: readonly Segment[], page: PageFacts = {}): Item[] {
  const article = segments.find((segment) => segment.kind === 'article');
  const pageDates = page.dateCandidates ?? [];
  return segments.map((segment, index) => {
    const isMain = segment === article;
    const dates = isMain
      ? [...pageDates, ...segment.dateCandidates]
      : [...segment.dateCandidates, ...pageDates.map((candidate) => ({ ...candidate, own: false }))];
    return newItem(document, {
      index,
      kind: segment.kind,
      title: (isMain ? (page.title ?? segment.title) : segment.title) ?? null,
      text: segment.text,
      byline: (isMain ? (page.byline ?? segment.byline) : segment.byline) ?? null,
      dateline: segment.dateline,
      dateCandidates: dedupe(dates),
      fields: { captions: segment.captions, credits: segment.credits, sources: segment.sources, siteName: page.siteName ?? null },
      declaredLang: document.hints.lang ?? page.declaredLang ?? null,
      url: page.url ?? document.url,
    });
  });
}
