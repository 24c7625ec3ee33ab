/**
 * Item ⇄ row mapping shared by both adapters. An item is stored as one `items` row (scalar
 * fields in columns, structured parts as JSON) plus one `mentions` row per mention and one
 * `events` row per event. Rows here hold JSON-valued columns as JavaScript values; each
 * adapter encodes and decodes them for its database.
 */
import type { DateCandidate, Dateline, DroppedBlock, EventMention, EventTime, Item, LanguageLabel, Mention, Message, OpenTime, Provenance, PublishedDate, TimeExpression } from '../../pipeline/types.js';
import type { StoredEvent, StoredItem } from '../store.js';

/** One `items` row. */
export interface ItemRow {
  id: string;
  document_hash: string;
  idx: number;
  source: string;
  kind: Item['kind'];
  title: string | null;
  text: string;
  url: string | null;
  given_id: string | null;
  byline: string | null;
  captured_at: string;
  declared_lang: string | null;
  lang: string | null;
  published_date: string | null;
  published_precision: string | null;
  published_basis: string | null;
  dateline: Dateline | null;
  fields: Item['fields'];
  date_candidates: DateCandidate[];
  lang_label: LanguageLabel | null;
  published: PublishedDate | null;
  times: TimeExpression[];
  messages: Message[];
  /** What extraction left out ({@link Item.dropped}); null when not recorded, absent from list reads. */
  dropped?: DroppedBlock[] | null;
}

/** The JSON-valued columns of {@link ItemRow}. */
export const ITEM_JSON_COLUMNS = ['dateline', 'fields', 'date_candidates', 'lang_label', 'published', 'times', 'messages', 'dropped'] as const;

/** One `mentions` row; `n` is the mention's position in its item. */
export interface MentionRow {
  item_id: string;
  n: number;
  start: number;
  end: number;
  text: string;
  type: Mention['type'];
  entity_id: string;
  provenance: Provenance;
}

/** The JSON-valued columns of {@link MentionRow}. */
export const MENTION_JSON_COLUMNS = ['provenance'] as const;

/** One `events` row; `n` is the event's position in its item. */
export interface EventRow {
  id: string;
  item_id: string;
  n: number;
  type: string;
  actors: EventMention['actors'];
  place: string | null;
  time: EventTimeColumn;
  modality: EventMention['modality'];
  sentence: string;
  start: number;
  provenance: Provenance;
}

/**
 * The `time` column of an event: its {@link EventTime} and, under `open`, the expression it was
 * read from when the text gives it only in part ({@link EventMention.openTime}); no `date` while
 * no year is known. Null when the event has neither.
 */
export type EventTimeColumn = (Partial<EventTime> & { open?: OpenTime }) | null;

/** The `time` column value of an event's time and open time. */
export function eventTimeColumn(event: Pick<EventMention, 'time' | 'openTime'>): EventTimeColumn {
  if (!event.openTime) return event.time;
  return { ...(event.time ?? {}), open: event.openTime };
}

/** The time and open time an event's `time` column holds. */
export function eventTimeFromColumn(column: EventTimeColumn): Pick<EventMention, 'time' | 'openTime'> {
  if (!column) return { time: null };
  const { open, ...rest } = column;
  const time: EventTime | null = rest.date && rest.precision ? { ...rest, date: rest.date, precision: rest.precision } : null;
  return open ? { time, openTime: open } : { time };
}

/** The JSON-valued columns of {@link EventRow}. */
export const EVENT_JSON_COLUMNS = ['actors', 'time', 'provenance'] as const;

/** The `items` row of `item`, stored under `id`. */
export function itemRow(item: Item, id: string): ItemRow {
  return {
    id,
    document_hash: item.documentHash,
    idx: item.index,
    source: item.source,
    kind: item.kind,
    title: item.title,
    text: item.text,
    url: item.url,
    given_id: item.id,
    byline: item.byline,
    captured_at: item.capturedAt,
    declared_lang: item.declaredLang,
    lang: item.lang?.code ?? null,
    published_date: item.published?.date ?? null,
    published_precision: item.published?.precision ?? null,
    published_basis: item.published?.basis ?? null,
    dateline: item.dateline,
    fields: item.fields,
    date_candidates: item.dateCandidates,
    lang_label: item.lang,
    published: item.published,
    times: item.times,
    messages: item.messages,
    dropped: item.dropped ?? null,
  };
}

/** The `mentions` rows of an item stored under `id`. */
export function mentionRows(item: Item, id: string): MentionRow[] {
  return item.mentions.map((m, n) => ({ item_id: id, n, start: m.start, end: m.end, text: m.text, type: m.type, entity_id: m.entity, provenance: m.provenance }));
}

/** The `events` rows of an item stored under `id`; event ids are `<item id>:e<n>`. */
export function eventRows(item: Item, id: string): EventRow[] {
  return item.events.map((e, n) => ({
    id: `${id}:e${n}`,
    item_id: id,
    n,
    type: e.type,
    actors: e.actors,
    place: e.place,
    time: eventTimeColumn(e),
    modality: e.modality,
    sentence: e.sentence,
    start: e.start,
    provenance: e.provenance,
  }));
}

/** The mention a `mentions` row holds. */
export function mentionFromRow(row: MentionRow): Mention {
  return { start: row.start, end: row.end, text: row.text, type: row.type, entity: row.entity_id, provenance: row.provenance };
}

/** The event an `events` row holds, without its id and item id. */
export function eventFromRow(row: EventRow): EventMention {
  return { type: row.type, actors: row.actors, place: row.place, ...eventTimeFromColumn(row.time), modality: row.modality, sentence: row.sentence, start: row.start, provenance: row.provenance };
}

/** The stored event an `events` row holds. */
export function storedEventFromRow(row: EventRow): StoredEvent {
  return { ...eventFromRow(row), id: row.id, itemId: row.item_id };
}

/** The stored item rebuilt from its row and its mention and event rows (each in position order). */
export function storedItemFromRows(row: ItemRow, mentions: readonly MentionRow[], events: readonly EventRow[]): StoredItem {
  return {
    id: row.id,
    givenId: row.given_id,
    source: row.source,
    index: row.idx,
    documentHash: row.document_hash,
    kind: row.kind,
    title: row.title,
    text: row.text,
    url: row.url,
    byline: row.byline,
    dateline: row.dateline,
    capturedAt: row.captured_at,
    dateCandidates: row.date_candidates,
    fields: row.fields,
    declaredLang: row.declared_lang,
    lang: row.lang_label,
    published: row.published,
    times: row.times,
    mentions: mentions.map(mentionFromRow),
    events: events.map(eventFromRow),
    messages: row.messages,
    ...(Array.isArray(row.dropped) ? { dropped: row.dropped } : {}),
  };
}

/** Groups rows by their `item_id`, keeping their order. */
export function groupByItem<R extends { item_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(row.item_id);
    if (group) group.push(row);
    else groups.set(row.item_id, [row]);
  }
  return groups;
}
