/**
 * Cross-document date inference: the year of "op 10 april", "im April", "28. Juli" or the day of
 * "am Dienstag" in an item whose own date is unknown, worked out from other reports in the same
 * story. Rules, tried in this order:
 *
 * - `dates/across/coreferent-dated`: another item reports the same event (same type, at least
 *   {@link MIN_SHARED_ENTITIES} entities in common) with a date that agrees with the stated parts
 *   (same month, same day when both give one): its year.
 * - `dates/across/coreferent-report`: another item reports the same event without a date, sharing
 *   a person or organisation too (countries alone join too many different events); that item's date
 *   (its publication date, else its latest dated event) anchors the year: the nearest one.
 * - `dates/across/same-item`: once an item has a dated event (stated, or inferred by the rules
 *   above), its other open months and days take the year nearest to the latest such date — unless
 *   that date lies more than {@link MAX_ANCHOR_LAG_DAYS} days before the story's latest known date
 *   (an article naming only a historic date is no guide to the year of its "10 April").
 * - `dates/across/weekday-match`: a weekday names the item's latest dated day when that day falls
 *   on it ("am Dienstag" beside "am 16. April 2024", a Tuesday); otherwise it stays open.
 *
 * Anything no rule reaches stays open (undated). Every inferred time carries the rule and the chain
 * of items and sentences that led to it.
 */
import type { EventTime } from '../../pipeline/types.js';
import { dayDistance } from '../calendar.js';
import { agrees, dayOf, nearestYear, onWeekday, placeInYear, type Day } from './calendar-fit.js';
import { chainProvenance, readOccurrences, type AcrossItem, type Occurrence, type OpenGroup, type Resolution, type Step } from './occurrences.js';

/**
 * Entities two reports must share to be one event: two, as `mergeEvents` asks of actors (one shared
 * country is common to many different events of the same type).
 */
export const MIN_SHARED_ENTITIES = 2;

/**
 * How far an item's latest dated event may lie before the story's latest known date and still fix the
 * years of the item's other dates: a year, as one article rarely spans more than that around its present.
 */
export const MAX_ANCHOR_LAG_DAYS = 366;

/** Rounds of the rules at most: each round can only add dates, and chains in news stories are short (3 were needed on the seeds). */
const MAX_ROUNDS = 6;

/** A report of an event: an open group of one item, or a single event mention. */
interface Report {
  itemId: string;
  types: Set<string>;
  entities: Set<string>;
  group: OpenGroup | null;
  occurrence: Occurrence;
}

function specific(id: string): boolean {
  return id.startsWith('per:') || id.startsWith('org:');
}

/** True when two reports tell of the same event; undated pairs must share a person or organisation. */
function coreferent(a: Report, b: Report, bothDated: boolean): boolean {
  if (![...a.types].some((t) => b.types.has(t))) return false;
  let shared = 0;
  let sharedSpecific = false;
  for (const id of a.entities) {
    if (!b.entities.has(id)) continue;
    shared++;
    if (specific(id)) sharedSpecific = true;
  }
  return shared >= MIN_SHARED_ENTITIES && (bothDated || sharedSpecific);
}

/** The state of one story's inference. */
class StoryInference {
  readonly resolved = new Map<string, Resolution>();
  readonly reports: Report[];
  readonly byItem = new Map<string, Report[]>();
  /** Reports by event type: only reports sharing a type can be coreferent. */
  readonly byType = new Map<string, Report[]>();
  readonly published = new Map<string, AcrossItem['published']>();

  constructor(items: readonly AcrossItem[], readonly groups: readonly OpenGroup[], occurrences: readonly Occurrence[]) {
    const grouped = new Set(groups.flatMap((g) => g.members));
    this.reports = [
      ...groups.map((group) => ({ itemId: group.itemId, types: group.types, entities: group.entities, group, occurrence: group.members[0] as Occurrence })),
      ...occurrences.filter((o) => !grouped.has(o)).map((o) => ({ itemId: o.itemId, types: new Set([o.event.type]), entities: o.entities, group: null, occurrence: o })),
    ];
    for (const report of this.reports) {
      push(this.byItem, report.itemId, report);
      for (const type of report.types) push(this.byType, type, report);
    }
    for (const item of items) this.published.set(item.id, item.published);
  }

  /** The date of a report (stated, or inferred so far) with its chain (empty when stated). */
  timeOf(report: Report): Resolution | null {
    if (report.group) return this.resolved.get(report.group.key) ?? null;
    const time = report.occurrence.event.time;
    return time && !time.provenance ? { time, chain: [] } : null;
  }

  /** The latest dated report of an item at `precisions`, other than `except`. */
  latestDated(itemId: string, precisions: readonly string[], except: Report): { report: Report; day: Day; resolution: Resolution } | null {
    let best: { report: Report; day: Day; resolution: Resolution } | null = null;
    for (const report of this.byItem.get(itemId) ?? []) {
      if (report === except) continue;
      const resolution = this.timeOf(report);
      if (!resolution || !precisions.includes(resolution.time.precision)) continue;
      const day = dayOf(resolution.time);
      if (!day) continue;
      const key = resolution.time.date;
      if (!best || key > best.resolution.time.date) best = { report, day: resolution.time.precision === 'month' ? { ...day, day: 15 } : day, resolution };
    }
    return best;
  }

  /** The anchor day of an item for an undated report of it: its publication date, else its latest dated event. */
  anchorOf(itemId: string, except: Report): { day: Day; steps: Step[] } | null {
    const published = this.published.get(itemId);
    if (published?.date && published.precision && ['minute', 'hour', 'day'].includes(published.precision)) {
      const day = dayOf({ date: published.date, precision: 'day' });
      if (day) return { day, steps: [{ rule: 'dates/across/anchor/published', itemId, sentence: published.evidence ?? published.date }] };
    }
    const latest = this.latestDated(itemId, ['minute', 'hour', 'day'], except);
    if (!latest) return null;
    return { day: latest.day, steps: [{ rule: 'dates/across/anchor/event', itemId, sentence: latest.report.occurrence.event.sentence }, ...latest.resolution.chain] };
  }

  /** Candidate resolutions of `group` by the two coreference rules. */
  byCoreference(group: OpenGroup, self: Report): Resolution[] {
    const found: Resolution[] = [];
    const others = new Set([...group.types].flatMap((type) => this.byType.get(type) ?? []));
    for (const other of this.reports) {
      if (!others.has(other) || other.itemId === group.itemId) continue;
      const known = this.timeOf(other);
      if (known) {
        if (!agrees(group.open, known.time) || !coreferent(self, other, true)) continue;
        const placed = placeInYear(group.open, (dayOf(known.time) as Day).year);
        if (placed) found.push({ time: placed, chain: [{ rule: 'dates/across/coreferent-dated', itemId: other.itemId, sentence: other.occurrence.event.sentence }, ...known.chain] });
        continue;
      }
      if (other.group && other.group.open.month !== null && other.group.open.month !== group.open.month) continue;
      if (!coreferent(self, other, false)) continue;
      const anchor = this.anchorOf(other.itemId, other);
      if (!anchor || group.open.month === null) continue;
      const year = nearestYear(group.open.month, group.open.day, anchor.day);
      const placed = year === null ? null : placeInYear(group.open, year);
      if (placed) found.push({ time: placed, chain: [{ rule: 'dates/across/coreferent-report', itemId: other.itemId, sentence: other.occurrence.event.sentence }, ...anchor.steps] });
    }
    return found;
  }

  /** The latest date the story knows: its items' publication dates and its dated reports. */
  storyLatest(): Day | null {
    let latest: Day | null = null;
    const later = (day: Day | null): void => {
      if (day && (!latest || dayDistance(day, latest) > 0)) latest = day;
    };
    for (const published of this.published.values()) if (published?.date && published.precision && published.precision !== 'year') later(dayOf({ date: published.date, precision: 'day' }));
    for (const report of this.reports) {
      const known = this.timeOf(report);
      if (known && known.time.precision !== 'year') later(dayOf(known.time));
    }
    return latest;
  }

  /** The resolution of `group` from its own item's dated events, by `same-item` or `weekday-match`. */
  byOwnItem(group: OpenGroup, self: Report): Resolution | null {
    const { open } = group;
    if (open.month !== null) {
      const found = this.latestDated(group.itemId, ['minute', 'hour', 'day', 'month'], self);
      const storyLatest = found ? this.storyLatest() : null;
      const latest = found && storyLatest && dayDistance(found.day, storyLatest) < -MAX_ANCHOR_LAG_DAYS ? null : found;
      const year = latest ? nearestYear(open.month, open.day, latest.day) : null;
      const placed = year === null ? null : placeInYear(open, year);
      if (!latest || !placed) return null;
      return { time: placed, chain: [{ rule: 'dates/across/same-item', itemId: group.itemId, sentence: latest.report.occurrence.event.sentence }, ...latest.resolution.chain] };
    }
    if (open.weekday === null) return null;
    const latest = this.latestDated(group.itemId, ['minute', 'hour', 'day'], self);
    if (!latest || !onWeekday(latest.day, open.weekday)) return null;
    const date = latest.resolution.time.date.slice(0, 10);
    return { time: { date, precision: 'day' }, chain: [{ rule: 'dates/across/weekday-match', itemId: group.itemId, sentence: latest.report.occurrence.event.sentence }, ...latest.resolution.chain] };
  }

  /** One round of `rule` over the open groups not yet dated; true when any got a date. */
  round(rule: (group: OpenGroup, self: Report) => Resolution | null): boolean {
    let changed = false;
    for (const report of this.reports) {
      const group = report.group;
      if (!group || group.open.relativeYear || this.resolved.has(group.key)) continue;
      const resolution = rule(group, report);
      if (!resolution) continue;
      this.resolved.set(group.key, resolution);
      changed = true;
    }
    return changed;
  }

  run(): void {
    for (let i = 0; i < MAX_ROUNDS; i++) {
      let changed = false;
      while (this.round((g, self) => agreeing(this.byCoreference(g, self)))) changed = true;
      if (this.round((g, self) => this.byOwnItem(g, self))) changed = true;
      if (!changed) break;
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * One resolution out of the candidates: the date most of them give (the first such, so the chain is
 * deterministic); none when two dates are equally supported.
 */
function agreeing(candidates: readonly Resolution[]): Resolution | null {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.time.date, (counts.get(c.time.date) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]?.[1] === ranked[1]?.[1])) return null;
  return candidates.find((c) => c.time.date === ranked[0]?.[0]) ?? null;
}

/**
 * The times the open events of one story's items get from the story's other reports: for every
 * event with an open time, by stored id (`<item id>:e<n>`), its inferred {@link EventTime} (with
 * provenance: rule and evidence chain) or null when nothing justifies one.
 */
export function inferStoryTimes(items: readonly AcrossItem[]): Map<string, EventTime | null> {
  const { occurrences, groups } = readOccurrences(items);
  const result = new Map<string, EventTime | null>();
  if (groups.length === 0) return result;
  const inference = new StoryInference(items, groups, occurrences);
  inference.run();
  for (const group of groups) {
    const resolution = inference.resolved.get(group.key);
    for (const member of group.members) {
      result.set(`${member.itemId}:e${member.n}`, resolution ? { ...resolution.time, provenance: chainProvenance(resolution.chain) } : null);
    }
  }
  return result;
}
