/**
 * A report being assembled from classified lines (an article or a brief), and how its title
 * and text are finished once all its lines are in.
 */
import type { DateCandidate, Dateline } from '../../pipeline/types.js';
import type { FieldLine } from './fields.js';
import { KICKER_MAX_WORDS } from './thresholds.js';
import { normalizeLabel, wordCount } from './vocabulary.js';

/** A finished report of a capture: what extraction turns into an item. */
export interface Segment {
  kind: 'article' | 'brief';
  title: string | null;
  /** Paragraphs joined by blank lines; bullet lists as one paragraph, one bullet a line. */
  text: string;
  dateline: Dateline | null;
  dateCandidates: DateCandidate[];
  byline: string | null;
  captions: string[];
  credits: string[];
  sources: string[];
  /** Line number where the report's body starts. */
  line: number;
}

/** Fields gathered for a unit (or for the next unit, while its body has not started). */
export interface UnitFields {
  captions: string[];
  credits: string[];
  sources: string[];
  bylines: string[];
  dates: DateCandidate[];
}

/** A report under construction. */
export interface Unit {
  region: 'main' | 'digest';
  headings: string[];
  paragraphs: { text: string; bullet: boolean }[];
  stamp: string | null;
  closed: boolean;
  dateline: Dateline | null;
  datelineDate: string | null;
  fields: UnitFields;
  line: number;
  /** True when a byline or date line came after the unit's last paragraph (a standfirst's byline). */
  metaAfterBody: boolean;
}

/** Empty field lists. */
export function emptyFields(): UnitFields {
  return { captions: [], credits: [], sources: [], bylines: [], dates: [] };
}

/** Adds what a field line says to `fields`. */
export function addField(fields: UnitFields, field: FieldLine): void {
  if (field.kind === 'caption') {
    fields.captions.push(field.caption);
    if (field.credit) fields.credits.push(field.credit);
  } else if (field.kind === 'credit') fields.credits.push(field.credit);
  else if (field.kind === 'source') fields.sources.push(field.source);
  else {
    fields.bylines.push(field.byline);
    if (field.credit) fields.credits.push(field.credit);
  }
}

/** Moves all of `from` into `into`. */
export function mergeFields(into: UnitFields, from: UnitFields): void {
  into.captions.push(...from.captions);
  into.credits.push(...from.credits);
  into.sources.push(...from.sources);
  into.bylines.push(...from.bylines);
  into.dates.push(...from.dates);
}

/**
 * The title among the headline lines before a body: repeats collapsed, kickers and section
 * labels (at most {@link KICKER_MAX_WORDS} words) passed over, the last full headline kept.
 */
export function pickTitle(headings: readonly string[]): string | null {
  const distinct = headings.filter((heading, i) => i === 0 || normalizeLabel(heading) !== normalizeLabel(headings[i - 1] ?? ''));
  const full = distinct.filter((heading) => wordCount(heading) > KICKER_MAX_WORDS);
  return full.at(-1) ?? distinct.at(-1) ?? null;
}

/** Finishes a unit into a segment of the given kind. */
export function finishUnit(unit: Unit, kind: Segment['kind']): Segment {
  const blocks: string[] = [];
  unit.paragraphs.forEach((paragraph, i) => {
    const previous = unit.paragraphs[i - 1];
    if (paragraph.bullet && previous?.bullet && blocks.length > 0) blocks[blocks.length - 1] += `\n${paragraph.text}`;
    else blocks.push(paragraph.text);
  });
  const dateCandidates: DateCandidate[] = [];
  if (unit.datelineDate) dateCandidates.push({ text: unit.datelineDate, origin: 'dateline', own: true });
  dateCandidates.push(...unit.fields.dates);
  if (unit.stamp) dateCandidates.push({ text: unit.stamp, origin: 'stamp', own: true });
  return {
    kind,
    title: pickTitle(unit.headings),
    text: blocks.join('\n\n'),
    dateline: unit.dateline,
    dateCandidates,
    byline: unit.fields.bylines[0] ?? null,
    captions: unit.fields.captions,
    credits: unit.fields.credits,
    sources: unit.fields.sources,
    line: unit.line,
  };
}
