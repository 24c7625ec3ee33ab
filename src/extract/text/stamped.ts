/**
 * Lines that join a short label to a relative timestamp: a teaser headline with its time
 * (`Freiburg: Neue Haltestelle – vor 35 Minuten`, `il y a 14 minutes · Trafic perturbé`) or
 * the header of a reader's post (`Pendler_Lö · vor 2 Stunden`). Neither is part of a report:
 * both list something else (another page, a reader's comment).
 */
import { readFieldLine } from './fields.js';
import { HEADING_MAX_CHARS, STAMPED_LABEL_MAX_WORDS } from './thresholds.js';
import { VOCABULARY, wordCount } from './vocabulary.js';

/** Sentence-final punctuation at the end of a label: then the line is prose, not a label. */
const ENDS_SENTENCE = /[.!?…]["'”“»’)\]]*$/u;

/** An initial at the end of a name (`Michel D.`): a period that ends no sentence. */
const ENDS_INITIAL = /(?:^|\s)\p{Lu}\.$/u;

/**
 * What a line that joins a label to a relative timestamp is (see the module comment): `post`
 * for a name-sized label of at most {@link STAMPED_LABEL_MAX_WORDS} words (a reader's handle,
 * the header of a post), `teaser` for a longer one (a headline with its time), or null. The
 * label must not end a sentence; joined by a mere space it must be name-sized; an author line
 * (`Door Iris Janssen · 15 minuten geleden`) is left to the byline rules.
 */
export function stampedLabel(line: string): 'post' | 'teaser' | null {
  const end = VOCABULARY.stampedEnd.exec(line);
  const start = end ? null : VOCABULARY.stampedStart.exec(line);
  const label = (end ? end[1] : start?.[3])?.trim() ?? '';
  const separator = (end ? end[2] : start?.[2]) ?? '';
  if (label === '' || label.length > HEADING_MAX_CHARS || (ENDS_SENTENCE.test(label) && !ENDS_INITIAL.test(label))) return null;
  const nameSized = wordCount(label) <= STAMPED_LABEL_MAX_WORDS;
  if ((separator.trim() === '' && !nameSized) || readFieldLine(label)?.kind === 'byline') return null;
  return nameSized ? 'post' : 'teaser';
}
