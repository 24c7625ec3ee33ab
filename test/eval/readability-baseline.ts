/**
 * The reference extractor the evaluations compare Dossier with: Mozilla Readability on a
 * linkedom DOM (both already dependencies of Dossier), taking Readability's `textContent` as the
 * main text and its title, byline and lang as the metadata.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageMetadata } from './metadata.js';

/** What Readability returned for one page; `text` is null when it failed or found no article. */
export interface ReadabilityResult extends PageMetadata {
  text: string | null;
  /** The exception's message when Readability threw (a deep page can overflow the stack). */
  error: string | null;
}

/**
 * Runs Readability over `html`. Never throws: a failure gives `text: null` and the error.
 * @param html the decoded page source
 */
export function runReadability(html: string): ReadabilityResult {
  try {
    const { document } = parseHTML(html);
    const parsed = new Readability(document as never).parse();
    return {
      text: parsed?.textContent ?? null,
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      lang: parsed?.lang ?? null,
      error: null,
    };
  } catch (error) {
    return { text: null, title: null, byline: null, lang: null, error: error instanceof Error ? error.message : String(error) };
  }
}
