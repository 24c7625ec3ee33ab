/**
 * What a report needs to be a brief. Wire briefs have a dateline, or a headline over a body of
 * reporting prose; a reader's post, a one-line notice or a prompt has neither and is never a
 * brief, however it is laid out.
 */
import { isReaderPrompt } from './prompts.js';
import { BRIEF_MIN_BODY_CHARS, BRIEF_MIN_SENTENCES } from './thresholds.js';
import type { Segment } from './unit.js';
import { sentenceCount } from './vocabulary.js';

/** True when the segment carries its own relative timestamp. */
function hasStamp(segment: Segment): boolean {
  return segment.dateCandidates.some((candidate) => candidate.origin === 'stamp');
}

/**
 * True when `segment` has what a brief needs: a dateline, or a headline over a body of at
 * least {@link BRIEF_MIN_SENTENCES} sentences or {@link BRIEF_MIN_BODY_CHARS} characters.
 */
export function hasReportingSubstance(segment: Segment): boolean {
  if (segment.dateline !== null) return true;
  if (segment.title === null || segment.title.trim() === '') return false;
  return segment.text.length >= BRIEF_MIN_BODY_CHARS || sentenceCount(segment.text) >= BRIEF_MIN_SENTENCES;
}

/** True when `segment` is nothing but one reader prompt: one paragraph, no dateline, no stamp. */
export function isPromptOnly(segment: Segment): boolean {
  return segment.dateline === null && !hasStamp(segment) && !segment.text.includes('\n\n') && isReaderPrompt(segment.text);
}
