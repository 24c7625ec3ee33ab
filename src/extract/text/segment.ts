/**
 * Segmentation: classified lines become reports. The main region (before a "more from …"
 * heading) holds the article; a digest region holds briefs. A new report starts at a
 * paragraph opening with a dateline, at a headline before body text in a digest, and after a
 * relative timestamp that closes the previous report. Which side of its report a stamp sits on
 * is read off the layout of each region: the first stamp before any body means stamps head
 * their report; otherwise they follow it. A "more from …" heading over nothing but a teaser
 * list opens no digest: the report after the list still belongs to the main region. A dateline
 * paragraph after a standfirst and its byline continues that article; the header of a reader's
 * post closes the report before it. Which reports become items is decided in kinds.ts.
 */
import type { ClassifiedLine } from './classify.js';
import { parseDateline } from './dateline.js';
import { assignKinds } from './kinds.js';
import { CROSSHEAD_MAX_WORDS, LEADING_HEADING_MIN_WORDS } from './thresholds.js';
import { addField, emptyFields, mergeFields, pickTitle, type Segment, type Unit } from './unit.js';
import { normalizeLabel, wordCount } from './vocabulary.js';

/** How to segment. */
export interface SegmentOptions {
  /** One article only: no splitting into briefs; a digest heading ends the article. */
  single?: boolean;
  /**
   * The lines are blocks of a main-text container chosen in HTML, where link-dense blocks are
   * hinted `link`: a short line between body paragraphs without that hint is content (a list
   * entry, a table cell, a long crosshead), not a related-article link, and is kept.
   */
  markup?: boolean;
  /**
   * The title the page states for its article (HTML metadata), when known: with `markup` and
   * `single`, the headed line that repeats it is the title and every other headed line above
   * the first paragraph is text.
   */
  title?: string | null;
}

/**
 * In a main-text container chosen in HTML, the headed lines above the first paragraph other
 * than the title (the page's stated title when known, else the one {@link pickTitle} picks) (a standfirst set as a heading, a first crosshead, a recipe's or profile's
 * first label) are the article's text and open it, unless they are link text or a one-word
 * label (a section name, a month, "Artikel").
 */
function keepLeadingHeadings(unit: Unit, headings: readonly ClassifiedLine[], stated: string | null): void {
  const title = normalizeLabel(stated ?? pickTitle(unit.headings) ?? '');
  for (const heading of headings) {
    if (heading.hint !== 'link' && normalizeLabel(heading.text) !== title && wordCount(heading.text) >= LEADING_HEADING_MIN_WORDS) {
      unit.paragraphs.push({ text: heading.text, bullet: false });
    }
  }
}

function isBodyRole(line: ClassifiedLine): boolean {
  return line.role === 'body' || line.role === 'bullet';
}

/** Rules of navigation lines that list other reports (headlines with their times). */
const TEASER_RULES = new Set(['teaser-list', 'stamped-label', 'stamped-post']);

/**
 * True when a dateline paragraph continues `unit` instead of opening a report: the unit holds
 * only a standfirst (one paragraph, no dateline, no stamp) followed by its byline or date, as
 * in "standfirst / Door … / 29 januari 2025 / MAASTRICHT - …".
 */
function continuesStandfirst(unit: Unit): boolean {
  return unit.region === 'main' && unit.dateline === null && unit.stamp === null && unit.paragraphs.length === 1 && unit.metaAfterBody;
}

/** For each line index, whether stamps in its region head their report ('precede') or follow it. */
function stampSides(lines: readonly ClassifiedLine[]): ('precede' | 'follow')[] {
  const sides: ('precede' | 'follow')[] = new Array<'precede' | 'follow'>(lines.length).fill('follow');
  let start = 0;
  const close = (end: number): void => {
    const region = lines.slice(start, end);
    const firstStamp = region.findIndex((line) => line.role === 'stamp');
    const firstBody = region.findIndex(isBodyRole);
    const side = firstStamp >= 0 && (firstBody < 0 || firstStamp < firstBody) ? 'precede' : 'follow';
    for (let i = start; i < end; i++) sides[i] = side;
    start = end;
  };
  lines.forEach((line, i) => {
    if (line.role === 'digest-marker') close(i);
  });
  close(lines.length);
  return sides;
}

/** Cuts classified lines (after {@link import('./context.js').applyContext}) into reports. */
export function segmentLines(lines: readonly ClassifiedLine[], options: SegmentOptions = {}): Segment[] {
  const sides = stampSides(lines);
  const units: Unit[] = [];
  let region: 'main' | 'digest' | 'comments' | 'stopped' = 'main';
  let current: Unit | null = null;
  let headings: ClassifiedLine[] = [];
  let pendingStamp: string | null = null;
  let pending = emptyFields();
  let afterRelated = false;
  /** Whether the current digest region has a report yet, and whether it opened with teasers. */
  let digestHasUnits = false;
  let digestTeasers = false;

  const startUnit = (line: ClassifiedLine, unitRegion: Unit['region']): Unit => {
    if (current) current.closed = true;
    const unit: Unit = {
      region: unitRegion, headings: headings.map((h) => h.text), paragraphs: [], stamp: pendingStamp,
      closed: false, dateline: null, datelineDate: null, fields: pending, line: line.number, metaAfterBody: false,
    };
    if (unitRegion === 'digest') digestHasUnits = true;
    if (options.markup === true && options.single === true && units.length === 0) keepLeadingHeadings(unit, headings, options.title ?? null);
    headings = [];
    pendingStamp = null;
    pending = emptyFields();
    units.push(unit);
    return unit;
  };

  lines.forEach((line, i) => {
    if (line.role === 'nav' && region === 'digest' && !digestHasUnits && TEASER_RULES.has(line.rule)) digestTeasers = true;
    // The header of a reader's post ends the report before it: what follows is the post.
    if (line.rule === 'stamped-post' && current) current.closed = true;
    if (line.role === 'chrome' || line.role === 'nav') return;
    if (line.role === 'digest-marker') {
      if (options.single) region = units.length > 0 ? 'stopped' : region;
      else if (region !== 'digest') {
        region = 'digest';
        digestHasUnits = false;
        digestTeasers = false;
      }
      if (current) current.closed = true;
      headings = [];
      pendingStamp = null;
      afterRelated = false;
      return;
    }
    if (region === 'comments' || region === 'stopped') return;
    if (line.role === 'comment-marker') {
      if (units.length > 0) region = 'comments';
      return;
    }
    if (line.role === 'related-marker') {
      afterRelated = true;
      return;
    }
    if (afterRelated && (line.role === 'heading' || line.headlineLike === true || (line.role === 'body' && line.rule !== 'sentence'))) return;
    if (line.role === 'heading') {
      headings.push(line);
      return;
    }
    if (line.role === 'stamp') {
      const open: Unit | null = current && !current.closed && current.paragraphs.length > 0 ? current : null;
      if (open && sides[i] === 'follow' && !open.stamp) {
        open.stamp = line.text;
        if (!options.single) open.closed = true;
      } else if (sides[i] === 'precede' && (!open || !options.single)) pendingStamp = line.text;
      return;
    }
    if (line.role === 'field' || line.role === 'date') {
      const open = current && !current.closed ? current : null;
      const target = open ? open.fields : pending;
      if (line.role === 'date') target.dates.push({ text: line.text, origin: line.dateOrigin ?? 'byline', own: true });
      else if (line.field) addField(target, line.field);
      if (open && open.paragraphs.length > 0 && (line.role === 'date' || line.field?.kind === 'byline')) open.metaAfterBody = true;
      return;
    }
    if (!isBodyRole(line)) return;
    afterRelated = false;
    if (region === 'digest' && !digestHasUnits && digestTeasers) region = 'main';
    const dateline = line.role === 'body' ? parseDateline(line.text) : null;
    const unitRegion = region === 'digest' ? 'digest' : 'main';
    let unit: Unit | null = current;
    const standfirst = unit !== null && continuesStandfirst(unit);
    const opensReport = dateline !== null && unit !== null && unit.paragraphs.length > 0 && !standfirst;
    const startsNew =
      unit === null || (!options.single && (unit.closed || opensReport || (unitRegion === 'digest' && headings.length > 0)));
    if (startsNew || unit === null) {
      unit = startUnit(line, unitRegion);
      current = unit;
    } else {
      for (const heading of headings) {
        const crosshead =
          heading.hint === 'heading' || (heading.hint !== 'link' && (options.markup === true || wordCount(heading.text) <= CROSSHEAD_MAX_WORDS));
        if (crosshead) unit.paragraphs.push({ text: heading.text, bullet: false });
      }
      headings = [];
    }
    let text = line.text;
    if (dateline && (unit.paragraphs.length === 0 || (standfirst && unit.dateline === null))) {
      unit.dateline = dateline.dateline;
      unit.datelineDate = dateline.dateText;
      text = dateline.rest;
    }
    if (line.credit) unit.fields.credits.push(line.credit);
    if (text !== '') unit.paragraphs.push({ text, bullet: line.role === 'bullet' });
    unit.metaAfterBody = false;
  });
  const last = units.at(-1);
  if (last) mergeFields(last.fields, pending);
  return assignKinds(units, options.single === true);
}
