/**
 * What the UI shows of one item: its text with the spans to mark (entity mentions and event
 * evidence sentences), in offsets of the body text alone so the page can render title and body apart.
 */
import type { DroppedBlock } from '../pipeline/types.js';
import type { StoredEvent, StoredItem } from '../store/store.js';

/** A span of the body to mark: an entity mention or an evidence sentence. */
export interface Span {
  start: number;
  end: number;
  kind: 'mention' | 'evidence';
  /** The entity id (mentions) or the stored event id (evidence). */
  ref: string;
  /** Entity type (mentions) or event type (evidence). */
  label: string;
}

/** An item as the reader sees it. */
export interface ItemView {
  id: string;
  source: string;
  index: number;
  kind: 'article' | 'brief';
  title: string | null;
  text: string;
  url: string | null;
  lang: string | null;
  published: { date: string | null; precision: string | null; basis: string | null } | null;
  capturedAt: string;
  dateline: { place: string; agencies: string[] } | null;
  spans: Span[];
  /**
   * What extraction left out of the text (role, rule, clipped text), when the store read it: the
   * single-item read (`GET /api/items/:id`) has it, list reads (story pages) leave it out.
   */
  dropped?: DroppedBlock[];
}

/** The offset of the body inside the full text mentions point into (title, blank line, body). */
export function bodyOffset(item: Pick<StoredItem, 'title'>): number {
  return item.title ? item.title.length + 2 : 0;
}

/** Spans of mentions and evidence sentences that fall inside the body, in body offsets, sorted (events of other items are ignored). */
export function bodySpans(item: StoredItem, events: StoredEvent[]): Span[] {
  const offset = bodyOffset(item);
  const spans: Span[] = [];
  for (const m of item.mentions) {
    if (m.start >= offset && m.end <= offset + item.text.length) spans.push({ start: m.start - offset, end: m.end - offset, kind: 'mention', ref: m.entity, label: m.type });
  }
  for (const e of events) {
    const start = e.start - offset;
    if (e.itemId === item.id && start >= 0 && start + e.sentence.length <= item.text.length) {
      spans.push({ start, end: start + e.sentence.length, kind: 'evidence', ref: e.id, label: e.type });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Stored events grouped by item id, so each item's view reads only its own. */
export function eventsByItem(events: StoredEvent[]): Map<string, StoredEvent[]> {
  const byItem = new Map<string, StoredEvent[]>();
  for (const e of events) {
    const list = byItem.get(e.itemId);
    if (list) list.push(e);
    else byItem.set(e.itemId, [e]);
  }
  return byItem;
}

/** The reader's view of an item; `events` are its stored events (others are ignored). */
export function itemView(item: StoredItem, events: StoredEvent[]): ItemView {
  return {
    id: item.id,
    source: item.source,
    index: item.index,
    kind: item.kind,
    title: item.title,
    text: item.text,
    url: item.url,
    lang: item.lang?.code ?? null,
    published: item.published ? { date: item.published.date, precision: item.published.precision, basis: item.published.basis } : null,
    capturedAt: item.capturedAt,
    dateline: item.dateline,
    spans: bodySpans(item, events),
    ...(item.dropped ? { dropped: item.dropped } : {}),
  };
}
