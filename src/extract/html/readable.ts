/**
 * Readability over the linkedom document: the main text of an article page, as blocks. Any
 * exception from Readability is caught and reported to the caller.
 */
import { Readability } from '@mozilla/readability';
import { collectBlocks, type BlockText } from './blocks.js';
import type { DomDocument, DomElement } from './dom.js';

/**
 * Script and style elements, except JSON-LD (Readability reads its title and byline from
 * it): Readability removes them before it reads the page, so taking them out of the source
 * first spares linkedom parsing them (inline bundles and data run to hundreds of kilobytes).
 */
const SCRIPT_OR_STYLE = /<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/giu;

/** `html` without its scripts and styles (JSON-LD scripts kept), for Readability's DOM. */
export function withoutScripts(html: string): string {
  return html.replace(SCRIPT_OR_STYLE, (whole: string, _tag: string, attributes: string) => (/ld\+json/iu.test(attributes) ? whole : ''));
}

/** What Readability found, as blocks. */
export interface ReadableArticle extends BlockText {
  title: string | null;
  byline: string | null;
  /** Length of Readability's plain text. */
  textLength: number;
}

/** Outcome of running Readability. */
export type ReadableOutcome = { article: ReadableArticle | null; error: string | null };

/** Runs Readability (which changes `document`: read metadata first). Never throws. */
export function readWithReadability(document: DomDocument): ReadableOutcome {
  try {
    const reader = new Readability(document as never, { serializer: (node: unknown) => node as DomElement });
    const parsed = reader.parse();
    if (!parsed || !parsed.content) return { article: null, error: null };
    const blocks = collectBlocks(parsed.content);
    return {
      article: {
        ...blocks,
        title: parsed.title?.trim() || null,
        byline: parsed.byline?.trim() || null,
        textLength: (parsed.textContent ?? '').trim().length,
      },
      error: null,
    };
  } catch (error) {
    return { article: null, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
