/**
 * Roles that depend on neighbouring lines: a caption just before a photo credit, a name just
 * after an author-image placeholder, repeated labels, and teaser lists (headlines paired with
 * relative timestamps and no body: navigation, not articles), and reader prompts above the
 * page's first report.
 */
import type { ClassifiedLine } from './classify.js';
import { isNameLike } from './fields.js';
import { markTopPrompts } from './prompts.js';
import {
  CAPTION_AFTER_IMAGE_MAX_WORDS,
  CAPTION_MAX_WORDS,
  KICKER_MAX_WORDS,
  REPEAT_MAX_CHARS,
  TEASER_MIN_STAMPS,
} from './thresholds.js';
import { normalizeLabel, wordCount } from './vocabulary.js';

function kept(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && line.role !== 'chrome' && line.role !== 'nav';
}

function nextKept(lines: readonly ClassifiedLine[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) if (kept(lines[i])) return i;
  return -1;
}

/** Marks a short line just before a standalone photo credit as that photo's caption. */
function markCaptions(lines: ClassifiedLine[]): void {
  lines.forEach((line, i) => {
    if (line.role !== 'body' && line.role !== 'heading') return;
    const next = lines[nextKept(lines, i)];
    if (next?.role !== 'field' || next.field?.kind !== 'credit') return;
    const previous = lines[i - 1];
    const afterImage = previous?.rule === 'placeholder';
    if (wordCount(line.text) > (afterImage ? CAPTION_AFTER_IMAGE_MAX_WORDS : CAPTION_MAX_WORDS)) return;
    line.role = 'field';
    line.rule = 'caption-before-credit';
    line.field = { kind: 'caption', caption: line.text, credit: null };
  });
}

/** Marks the name after an author-image placeholder as the byline. */
function markPlaceholderBylines(lines: ClassifiedLine[]): void {
  lines.forEach((line, i) => {
    if (!line.authorPlaceholder) return;
    const next = lines[i + 1];
    if (next?.role !== 'heading' || !isNameLike(next.text)) return;
    next.role = 'field';
    next.rule = 'byline-after-author-image';
    next.field = { kind: 'byline', byline: next.text, credit: null };
  });
}

/**
 * Repeated headline-like lines: a repeat right after itself (a title printed twice) is
 * dropped; a label repeated elsewhere on the page (a site name, a section label) is chrome,
 * unless it is a full headline (more than a kicker's words) heading body text there.
 */
function markRepeats(lines: ClassifiedLine[]): void {
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.role === 'heading' && line.text.length <= REPEAT_MAX_CHARS) {
      const key = normalizeLabel(line.text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let previousKept = -1;
  lines.forEach((line, i) => {
    const before = previousKept;
    if (kept(line)) previousKept = i;
    if (line.role !== 'heading' || line.text.length > REPEAT_MAX_CHARS) return;
    const key = normalizeLabel(line.text);
    if ((counts.get(key) ?? 0) < 2) return;
    const last = seen.get(key);
    seen.set(key, i);
    if (last !== undefined && before === last) {
      line.role = 'nav';
      line.rule = 'repeat-adjacent';
      return;
    }
    const next = lines[nextKept(lines, i)];
    if (next?.role === 'heading' && normalizeLabel(next.text) === key) return;
    const headsBody = next !== undefined && (next.role === 'body' || next.role === 'bullet');
    if (!headsBody || wordCount(line.text) <= KICKER_MAX_WORDS) {
      line.role = 'chrome';
      line.rule = 'repeat';
    }
  });
}

/**
 * Teaser lists: a run of headlines and relative stamps with no body between them. The stamp
 * side is read off the run: if it opens with a stamp, each stamp heads the headline after it;
 * otherwise each stamp follows its headline. Paired lines become navigation; headlines left
 * unpaired at the end of the run (the article's kicker and title) stay.
 */
function markTeaserRuns(lines: ClassifiedLine[]): void {
  let run: number[] = [];
  const flush = (): void => {
    const stamps = run.filter((i) => lines[i]?.role === 'stamp');
    if (stamps.length === 0) {
      run = [];
      return;
    }
    if (stamps.length >= TEASER_MIN_STAMPS && run.length - stamps.length >= TEASER_MIN_STAMPS) pairRun(lines, run);
    run = [];
  };
  lines.forEach((line, i) => {
    if (line.role === 'chrome' || line.role === 'nav') return;
    if (line.role === 'heading' || line.role === 'stamp' || line.headlineLike) run.push(i);
    else flush();
  });
  flush();
}

function pairRun(lines: ClassifiedLine[], run: readonly number[]): void {
  const stampFirst = lines[run[0] ?? -1]?.role === 'stamp';
  const mark = (i: number): void => {
    const line = lines[i];
    if (line) {
      line.role = 'nav';
      line.rule = 'teaser-list';
    }
  };
  for (let k = 0; k < run.length; k++) {
    const here = run[k] ?? -1;
    const next = run[k + 1] ?? -1;
    const isStamp = (i: number): boolean => lines[i]?.role === 'stamp';
    const pairs = stampFirst ? isStamp(here) && !isStamp(next) && next >= 0 : !isStamp(here) && isStamp(next);
    if (pairs) {
      mark(here);
      mark(next);
      k++;
    } else if (lines[here]?.role === 'stamp') {
      mark(here);
    }
  }
}

/** Applies the neighbour-dependent roles, in place. */
export function applyContext(lines: ClassifiedLine[]): void {
  markCaptions(lines);
  markPlaceholderBylines(lines);
  markRepeats(lines);
  markTeaserRuns(lines);
  markTopPrompts(lines);
}
