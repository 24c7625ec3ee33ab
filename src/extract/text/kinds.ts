/**
 * Which units of a page become items, and of which kind. A unit that is only a reader prompt
 * is dropped; units without reporting substance before the page's first real report are
 * chrome (a portal's notice above the article); the first report of the main region is the
 * article when it is the page's main piece; every other unit needs reporting substance (a
 * dateline, or a headline over prose) to be a brief.
 */
import { hasReportingSubstance, isPromptOnly } from './substance.js';
import { finishUnit, type Segment, type Unit } from './unit.js';

interface Read {
  unit: Unit;
  segment: Segment;
}

/**
 * Kinds of the units of one page. With one report before any digest heading, that report is
 * the article. With several, the first is the article only if it lacks the timestamp its
 * followers carry (a main story above a sidebar of stamped briefs); otherwise the page is a
 * digest. With `single`, the first unit is the article and nothing is dropped but prompts.
 */
export function assignKinds(units: readonly Unit[], single: boolean): Segment[] {
  const read: Read[] = units
    .map((unit) => ({ unit, segment: finishUnit(unit, 'brief') }))
    .filter(({ segment }) => !isPromptOnly(segment));
  const main = read.filter(({ unit }) => unit.region === 'main');
  const firstReal = main.findIndex(({ segment }) => hasReportingSubstance(segment));
  const lead = firstReal > 0 && main.slice(0, firstReal).every(({ unit }) => unit.stamp === null) ? main.slice(0, firstReal) : [];
  const candidates = main.slice(lead.length).filter((entry, i) => i === 0 || hasReportingSubstance(entry.segment));
  const first = candidates[0];
  const firstIsArticle =
    first !== undefined && (single || candidates.length === 1 || (first.unit.stamp === null && candidates.some(({ unit }) => unit.stamp !== null)));
  const article = firstIsArticle ? first : undefined;
  return read
    .filter((entry) => !lead.includes(entry) && (entry === article || single || hasReportingSubstance(entry.segment)))
    .map((entry): Segment => ({ ...entry.segment, kind: entry === article ? 'article' : 'brief' }));
}
