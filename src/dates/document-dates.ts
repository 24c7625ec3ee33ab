/**
 * Publication-date candidates read from a raw HTML document by the dates domain itself, so the
 * publication date does not depend on what extraction kept: metadata ({@link metadataDateCandidates})
 * complete dates next to the main heading ({@link titleDateCandidates}), in elements named as
 * dates ({@link classDateCandidates}) and after a publication label ({@link labelDateCandidates}), and publication keys in script state objects
 * ({@link scriptDateCandidates}). The pipeline calls
 * {@link addDocumentDateCandidates} after extraction and before the stages.
 */
import { parseHTML } from 'linkedom';
import { newItem } from '../pipeline/item.js';
import type { DateCandidate, Item, RawDocument } from '../pipeline/types.js';
import { metadataDateCandidates, type DateDom } from './html-metadata.js';
import { classDateCandidates, type ClassNode } from './html-class-dates.js';
import { labelDateCandidates } from './html-label-dates.js';
import { scriptDateCandidates } from './html-script-dates.js';
import { titleDateCandidates, type TextNode } from './html-title-dates.js';
import { examinePublished, type PublishedResolution } from './published.js';

/** Pages longer than this are not parsed again for dates (the extractor's own DOM limit is 5 M characters). */
export const MAX_DATE_HTML_CHARS = 5_000_000;

/**
 * The date candidates of an HTML document (empty for other media types, or when the page cannot
 * be parsed): metadata first, then dates around the main heading, then dates in date-named elements.
 */
export function documentDateCandidates(document: Pick<RawDocument, 'mediaType' | 'content' | 'capturedAt'>): DateCandidate[] {
  if (document.mediaType !== 'text/html' || document.content.length > MAX_DATE_HTML_CHARS) return [];
  const capture = Date.parse(document.capturedAt.date);
  try {
    const dom = parseHTML(document.content).document as unknown as DateDom & TextNode & ClassNode;
    const reference = Number.isNaN(capture) ? Date.now() : capture;
    return [...metadataDateCandidates(dom), ...titleDateCandidates(dom, reference, pageTitle(dom)), ...classDateCandidates(dom, reference), ...labelDateCandidates(dom, reference), ...scriptDateCandidates(dom)];
  } catch {
    return [];
  }
}

/** The page's title: `og:title`, else the `<title>` element's text; null when neither is there. */
function pageTitle(dom: DateDom): string | null {
  for (const meta of dom.querySelectorAll('meta[property="og:title"]')) {
    const content = meta.getAttribute('content')?.trim();
    if (content) return content;
  }
  for (const title of dom.querySelectorAll('title')) {
    const text = title.textContent?.trim();
    if (text) return text;
  }
  return null;
}

const key = (candidate: DateCandidate): string => `${candidate.origin}\u0000${candidate.text.trim()}`;

/**
 * Adds the document's own date candidates to its items, after the ones extraction found (duplicates
 * skipped). A page with one item: all of them, as the item's own. A page with several items (a
 * digest): only the metadata, as page-level candidates that are not the items' own (a brief falls
 * back to them, marked inferred); dates near the page heading are not given to briefs.
 * @param items the items extracted from `document`, changed in place
 */
export function addDocumentDateCandidates(items: readonly Item[], document: Pick<RawDocument, 'mediaType' | 'content' | 'capturedAt'>): void {
  if (items.length === 0) return;
  const found = documentDateCandidates(document);
  const single = items.length === 1;
  for (const item of items) {
    const known = new Set(item.dateCandidates.map(key));
    for (const candidate of found) {
      if (!single && candidate.origin.startsWith('text:')) continue;
      const added = single ? candidate : { ...candidate, own: false };
      if (known.has(key(added))) continue;
      known.add(key(added));
      item.dateCandidates.push(added);
    }
  }
}

/**
 * The publication date the document's own candidates give on their own, as for a single article
 * (see {@link examinePublished}): what the page says about its date when extraction found no item
 * in it (a page whose text extraction cannot segment, such as some CJK or script-built pages). The
 * evaluation uses it for such pages; the pipeline stores items only, so there it dates nothing.
 * @param document an HTML document (other media types give no candidates, hence no date)
 */
export function examineDocumentPublished(document: RawDocument): PublishedResolution {
  const page = newItem(document, { index: 0, kind: 'article', title: null, text: '', dateCandidates: documentDateCandidates(document) });
  return examinePublished(page);
}
