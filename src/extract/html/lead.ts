/**
 * The standfirst set apart from the body: many sites put the article's lead paragraph between
 * the `<h1>` and the body container (in the article's header, an `hgroup`, an intro box), where
 * a scorer that picks the body container alone misses it. The blocks that stand in document
 * order after the page's first `<h1>` and before the scorer's first container, outside chrome,
 * are read; those that read as a lead (long enough, hardly linked) are taken, at most
 * {@link LEAD_MAX_BLOCKS} of them. Bylines and dates among them are sorted out later by the
 * line classifier like any other block.
 */
import type { Block } from './blocks.js';
import { collectBlocks } from './blocks.js';
import type { LightDocument, LightElement } from './light/index.js';
import type { PageVerdicts } from './verdict.js';
import { cleanText } from './dom.js';
import { normalizeLabel } from '../text/vocabulary.js';

/**
 * Shortest lead block (characters): standfirsts run one or two sentences of 80–300 characters;
 * shorter blocks there are kickers, dates, bylines and labels. Set from those lengths, not tuned;
 * on the trafilatura set the lead rule gained 51 `with` snippets for 6 leaked `without` ones.
 */
export const LEAD_MIN_CHARS = 60;
/** Most share of a lead block's text inside links: a standfirst links little, a teaser all of it. */
export const LEAD_MAX_LINK_SHARE = 0.2;
/** Most blocks taken as the lead: a standfirst is one paragraph, sometimes two. */
export const LEAD_MAX_BLOCKS = 2;

/**
 * The page's headline element: its first `<h1>` outside chrome; on a page without one, the first
 * `<h2>` or `<h3>` outside chrome that repeats the page's `title` (many templates set the
 * article's headline as an `<h2>` and keep `<h1>` for the site's logo, or use none).
 */
function headline(document: LightDocument, verdict: PageVerdicts, title: string | null): LightElement | null {
  const h1 = (document.querySelectorAll('h1') as LightElement[]).find((heading) => !verdict.insideChrome(heading));
  if (h1 || !title) return h1 ?? null;
  const stated = normalizeLabel(title);
  if (stated === '') return null;
  return (document.querySelectorAll('h2, h3') as LightElement[]).find((heading) => normalizeLabel(cleanText(heading)) === stated && !verdict.insideChrome(heading)) ?? null;
}

/**
 * The lead blocks between the page's headline ({@link headline}; `title` is the page's stated
 * title) and `first`, the scorer's first container (none when the headline is inside that
 * container or after it).
 */
export function leadBlocks(document: LightDocument, first: LightElement, verdict: PageVerdicts, title: string | null = null): Block[] {
  const h1 = headline(document, verdict, title);
  if (!h1 || h1.order >= first.order) return [];
  const out: Block[] = [];
  let after = h1.end;
  for (const element of document.select('*', h1.end + 1, first.order - 1)) {
    if (element.order <= after || element.end >= first.order) continue;
    after = element.end;
    if (verdict.insideChrome(element)) continue;
    for (const block of collectBlocks(element, verdict).blocks) {
      if (block.text.length < LEAD_MIN_CHARS || block.linkChars > block.text.length * LEAD_MAX_LINK_SHARE) continue;
      out.push(block);
      if (out.length >= LEAD_MAX_BLOCKS) return out;
    }
  }
  return out;
}
