/**
 * Bounds on the publication date of an undated item, from the dated events it reports: a report
 * that something happened cannot predate it, and a report that something is planned for a day
 * cannot postdate that day; nothing is published after its capture. Only bounds, never a day: the
 * item stays undated (`date: null`), with basis `inferred`, rule {@link BOUND_RULE} and the
 * sentences behind each bound as evidence.
 *
 * Only event dates the item states itself count, not dates inferred from the other items of its
 * story (`inferStoryTimes`): the inference fixes WHEN an event was, but whether this item reports it
 * as past rests on the event's modality alone, and the events stage reads present-tense previews as
 * happened. On the seeds, the Dutch article previews the 10 April visit ("Biden ontvangt Kishida die
 * dag", present tense for a coming day, read as happened; the visit's date inferred from a German
 * report): a bound from it would be "not before 2024-04-10", a date the article actually precedes.
 * A date the item writes out in full ("am 16. April 2024") in a sentence read as happened is the
 * item's own claim, and gives the bound.
 */
import type { EventTime, Item, PublishedDate } from '../../pipeline/types.js';
import { daysInMonth } from '../calendar.js';
import { dayOf } from './calendar-fit.js';

/** The provenance rule of a publication bound. */
export const BOUND_RULE = 'dates/across/published-bound';

/** An item as the bounds read it: its publication date, its events and its capture time. */
export type BoundedItem = Pick<Item, 'published' | 'events' | 'capturedAt'>;

/** The bounds of one undated item's publication date, as ISO days (`YYYY-MM-DD`). */
export interface PublishedBound {
  /** The earliest day it can have been published: the latest day an event it reports as happened began. */
  notBefore: string | null;
  /** The latest day: the earliest day a planned event it reports ends, or the capture day. */
  notAfter: string;
  /** The sentences (and rules, for inferred event dates) behind each bound, in one line. */
  evidence: string;
}

const iso = (d: { year: number; month: number; day: number }): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The first and last day a time stands for (a month: its first and last day; a year: 1 January and 31 December). */
function span(time: EventTime): { first: string; last: string } | null {
  const day = dayOf(time);
  if (!day) return null;
  if (time.precision === 'year') return { first: iso({ year: day.year, month: 1, day: 1 }), last: iso({ year: day.year, month: 12, day: 31 }) };
  if (time.precision === 'month') return { first: iso({ ...day, day: 1 }), last: iso({ ...day, day: daysInMonth(day.year, day.month) }) };
  return { first: iso(day), last: iso(day) };
}

/**
 * The bounds of an undated item's publication date, or null when it is dated, states no event date
 * that bounds it, or its bounds contradict each other (then nothing is claimed).
 * @param item the item with its events and capture time
 */
export function publishedBound(item: BoundedItem): PublishedBound | null {
  if (item.published?.date) return null;
  const capture = item.capturedAt.slice(0, 10);
  let notBefore: { day: string; why: string } | null = null;
  let notAfter: { day: string; why: string } | null = null;
  for (const event of item.events) {
    const time = event.time;
    // Stated by the item itself only (see the module comment): an inferred time carries its provenance.
    const days = time && !time.provenance ? span(time) : null;
    if (!time || !days) continue;
    const why = `"${event.sentence}" (${event.type}, ${time.date})`;
    if (event.modality === 'happened' && (!notBefore || days.first > notBefore.day)) notBefore = { day: days.first, why };
    if (event.modality === 'planned' && (!notAfter || days.last < notAfter.day)) notAfter = { day: days.last, why };
  }
  const before = notBefore as { day: string; why: string } | null;
  const after = notAfter as { day: string; why: string } | null;
  if (!before && !after) return null;
  const latest = after && after.day < capture ? after : { day: capture, why: `captured ${item.capturedAt}` };
  if (before && before.day > latest.day) return null;
  const parts = [before ? `not before ${before.day}: reports ${before.why}` : null, `not after ${latest.day}: ${after && latest === after ? `reports as planned ${after.why}` : latest.why}`];
  return { notBefore: before?.day ?? null, notAfter: latest.day, evidence: parts.filter((p) => p !== null).join('; ') };
}

/**
 * The bound as a {@link PublishedDate}: still no date (`date: null`), basis `inferred`, the bounds
 * as its evidence (`not before 2024-04-16, not after 2026-11-25`) and the chain in the provenance.
 */
export function boundAsPublished(bound: PublishedBound): PublishedDate {
  const text = [bound.notBefore ? `not before ${bound.notBefore}` : null, `not after ${bound.notAfter}`].filter((p) => p !== null).join(', ');
  return { date: null, precision: null, basis: 'inferred', evidence: text, provenance: { certainty: 'inferred', rule: BOUND_RULE, evidence: bound.evidence } };
}

/** True when a publication date is a bound written by {@link boundAsPublished}. */
export function isBound(published: PublishedDate | null | undefined): boolean {
  return published?.provenance?.rule === BOUND_RULE;
}

/**
 * A short label for a bound, for lists: `≥2024-04-16` (not before), `≤2024-04-10` (a planned event's
 * day), both joined by `…` when both come from events; null for anything that is not a bound. The
 * capture-day limit is left out when it is the only upper bound (nothing is published after its capture).
 */
export function boundLabel(published: PublishedDate | null | undefined, capturedAt: string): string | null {
  if (!published || !isBound(published) || !published.evidence) return null;
  const before = /not before (\d{4}-\d{2}-\d{2})/.exec(published.evidence)?.[1] ?? null;
  const after = /not after (\d{4}-\d{2}-\d{2})/.exec(published.evidence)?.[1] ?? null;
  const planned = after !== null && after !== capturedAt.slice(0, 10) ? after : null;
  if (before && planned) return `${before}…${planned}`;
  if (before) return `≥${before}`;
  return planned ? `≤${planned}` : null;
}
