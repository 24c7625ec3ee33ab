/**
 * What cross-document date inference reads from the items of one story: the open expressions of
 * events (grouped per item and expression), the dated and undated event reports, and per item the
 * entities each event sentence names.
 */
import type { EventMention, EventTime, OpenTime, Provenance } from '../../pipeline/types.js';
import type { StoredItem } from '../../store/store.js';

/** The parts of a stored item inference reads. */
export type AcrossItem = Pick<StoredItem, 'id' | 'published' | 'mentions' | 'events'>;

/** One event report: an event mention with its item, the entities of its sentence, and its date when known. */
export interface Occurrence {
  itemId: string;
  /** Position of the event in its item (its stored id is `<item id>:e<n>`). */
  n: number;
  event: EventMention;
  /** The event's actors and the entities its sentence names. */
  entities: Set<string>;
}

/** The events of one item read from the same open expression ("op 10 april" and "die dag" after it). */
export interface OpenGroup {
  /** `<item id>@<expression offset>`. */
  key: string;
  itemId: string;
  open: OpenTime;
  members: Occurrence[];
  types: Set<string>;
  entities: Set<string>;
}

/** A date worked out for an open group, with the chain of evidence that justifies it. */
export interface Resolution {
  time: EventTime;
  /** The steps, nearest first: which rule, which item, which sentence. */
  chain: Step[];
}

/** One step of an evidence chain. */
export interface Step {
  rule: string;
  itemId: string;
  sentence: string;
}

/** Longest sentence quoted in an evidence chain, in characters. */
const QUOTE_WIDTH = 200;

function quote(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return flat.length <= QUOTE_WIDTH ? flat : `${flat.slice(0, QUOTE_WIDTH - 1)}…`;
}

/** The provenance of an inferred time: the first step's rule, and the chain as text (`rule · item: “sentence”`, joined by ` ← `). */
export function chainProvenance(chain: readonly Step[]): Provenance {
  return {
    certainty: 'inferred',
    rule: chain[0]?.rule ?? 'dates/across',
    evidence: chain.map((s) => `${s.rule} · ${s.itemId}: “${quote(s.sentence)}”`).join(' ← '),
  };
}

/** The entities an event's sentence names (mentions inside its span; for a caption sentence its actors only), and its actors. */
function entitiesOf(item: AcrossItem, event: EventMention): Set<string> {
  const ids = new Set(event.actors.map((a) => a.entity));
  if (event.start >= 0) {
    const end = event.start + event.sentence.length;
    for (const m of item.mentions) if (m.start >= event.start && m.end <= end) ids.add(m.entity);
  }
  return ids;
}

/** The event reports of a story's items, and their open groups. */
export function readOccurrences(items: readonly AcrossItem[]): { occurrences: Occurrence[]; groups: OpenGroup[] } {
  const occurrences: Occurrence[] = [];
  const groups = new Map<string, OpenGroup>();
  for (const item of items) {
    item.events.forEach((event, n) => {
      const occurrence: Occurrence = { itemId: item.id, n, event, entities: entitiesOf(item, event) };
      occurrences.push(occurrence);
      if (!event.openTime) return;
      const key = `${item.id}@${event.openTime.start}`;
      const group = groups.get(key) ?? { key, itemId: item.id, open: event.openTime, members: [], types: new Set<string>(), entities: new Set<string>() };
      group.members.push(occurrence);
      group.types.add(event.type);
      for (const id of occurrence.entities) group.entities.add(id);
      groups.set(key, group);
    });
  }
  return { occurrences, groups: [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
}
