/**
 * The shape of merged events: the mentions `mergeEvents` reads and the {@link EventGroup}s it
 * returns (what `dossier events --format json` prints), and how a group is built from its members.
 */
import { createHash } from 'node:crypto';
import type { EventMention, EventTime, Modality, Precision } from '../pipeline/types.js';
import { ROLE_RANK } from './roles.js';

const MODALITY_ORDER: Modality[] = ['happened', 'planned', 'reported', 'negated'];

/** One event mention with the item it came from. */
export interface EventInput {
  /** Stable id of the item (the store's item id). */
  itemId: string;
  source: string;
  /** Index of the item within its source. */
  index: number;
  event: EventMention;
  /** Publication date of the item (ISO 8601), when known: keeps undated reports of repeated events apart. */
  published?: string | null;
}

/** One real event with every sentence that reports it. */
export interface EventGroup {
  /** `e` + 12 hex digits: hash of the first evidence's item id and sentence offset. */
  id: string;
  type: string;
  /** Entities taking part, agents first; `name` from the caller's entity lookup. */
  actors: { id: string; name: string }[];
  /** Display name of the most often stated place, or null. */
  place: string | null;
  /**
   * The most precise time its reports give (a stated one before an inferred one), or null; an
   * inferred time carries its `provenance` (rule `dates/across/…` and evidence chain).
   */
  time: EventTime | null;
  /** When no report dates the event but one states part of its date ("op 10 april" with the year open): that expression. */
  open?: { text: string; date: string; precision: Precision };
  /** `happened` when any report says so, else `planned`, `reported`, `negated` in that order. */
  modality: Modality;
  /** Largest stated casualty counts among the reports, when any states them. */
  casualties?: { killed: number | null; injured: number | null };
  evidence: { source: string; item: number; sentence: string }[];
}

/** Sort key of a sentence offset: body sentences in text order, then caption sentences (negative offsets). */
function textOrder(start: number): number {
  return start >= 0 ? start : Number.MAX_SAFE_INTEGER / 2 - start;
}

/**
 * The event group of merged mentions: actors (agents first, then by how often named), the most
 * often stated place, the modality, casualties, the open date when undated, and the evidence in
 * item and text order (each sentence once).
 * @param time the group's time, chosen by the merge
 */
export function groupOf(members: readonly EventInput[], time: EventTime | null, entityName: (id: string) => string): EventGroup {
  const evidence = [...members].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : textOrder(a.event.start) - textOrder(b.event.start)));
  const first = evidence[0] as EventInput;
  const id = `e${createHash('sha1').update(`${first.itemId}\u0000${first.event.start}`).digest('hex').slice(0, 12)}`;
  const actors = new Map<string, { rank: number; count: number }>();
  const places = new Map<string, number>();
  let killed: number | null = null;
  let injured: number | null = null;
  for (const { event } of members) {
    for (const actor of event.actors) {
      const held = actors.get(actor.entity);
      actors.set(actor.entity, { rank: Math.min(held?.rank ?? 9, ROLE_RANK[actor.role]), count: (held?.count ?? 0) + 1 });
    }
    if (event.place) places.set(event.place, (places.get(event.place) ?? 0) + 1);
    if (event.casualties?.killed != null) killed = Math.max(killed ?? 0, event.casualties.killed);
    if (event.casualties?.injured != null) injured = Math.max(injured ?? 0, event.casualties.injured);
  }
  const place = [...places.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const modalities = new Set(members.map((m) => m.event.modality));
  const group: EventGroup = {
    id,
    type: first.event.type,
    actors: [...actors.entries()]
      .sort((a, b) => a[1].rank - b[1].rank || b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
      .map(([entity]) => ({ id: entity, name: entityName(entity) })),
    place: place === null ? null : entityName(place),
    time,
    modality: MODALITY_ORDER.find((m) => modalities.has(m)) ?? 'happened',
    evidence: [],
  };
  if (killed !== null || injured !== null) group.casualties = { killed, injured };
  const open = time ? undefined : evidence.find((m) => m.event.openTime && m.event.openTime.date !== '')?.event.openTime;
  if (open) group.open = { text: open.text, date: open.date, precision: open.precision };
  const seen = new Set<string>();
  for (const { source, index, event } of evidence) {
    const key = `${source}\u0000${index}\u0000${event.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    group.evidence.push({ source, item: index, sentence: event.sentence });
  }
  return group;
}

