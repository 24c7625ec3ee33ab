/**
 * The plain-text extractor: lines → roles → context → reports. Used for text captures and,
 * over the block text of a DOM, for HTML pages.
 */
import { classifyLine, type ClassifiedLine } from './classify.js';
import { applyContext } from './context.js';
import { markTailCallsToAction } from './prompts.js';
import { splitGluedStamps, splitLines, type SourceLine } from './lines.js';
import { segmentLines, type SegmentOptions } from './segment.js';
import type { Segment } from './unit.js';

export type { Segment } from './unit.js';
export type { SourceLine, LineHint } from './lines.js';
export type { SegmentOptions } from './segment.js';

/** Classifies lines, in context, without segmenting (exposed for tests and diagnostics). */
export function classifyLines(lines: readonly SourceLine[]): ClassifiedLine[] {
  const classified = splitGluedStamps(lines).map(classifyLine);
  applyContext(classified);
  return classified;
}

/** Reports found in a sequence of lines (from a text capture or from HTML blocks). */
export function segmentSourceLines(lines: readonly SourceLine[], options: SegmentOptions = {}): Segment[] {
  return segmentKeepingLines(lines, options).segments;
}

/**
 * Reports found in a sequence of lines, with the classified lines they came from (what the
 * item page's "dropped by extraction" list reads, so the lines are not classified twice).
 */
export function segmentKeepingLines(lines: readonly SourceLine[], options: SegmentOptions = {}): { segments: Segment[]; lines: ClassifiedLine[] } {
  const classified = classifyLines(lines);
  // The end of one article read from markup: the site's calls to action after its last paragraph go.
  if (options.single === true && options.markup === true) markTailCallsToAction(classified);
  return { segments: segmentLines(classified, options), lines: classified };
}

/** Reports found in a plain-text capture. */
export function segmentText(text: string, options: SegmentOptions = {}): Segment[] {
  return segmentSourceLines(splitLines(text), options);
}
