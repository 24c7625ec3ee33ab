/**
 * The text report of `dossier item`: a heading, the provenance lines, the text, then the
 * fields, entities, events, dropped blocks and messages, each section only when it has lines.
 */
import type { StoredEvent, StoredItem } from '../../store/store.js';
import { clip, showDate } from '../output.js';

/** Longest dropped or event line shown, in characters. */
const LINE_CLIP = 160;

function section(title: string, lines: string[]): string[] {
  return lines.length > 0 ? ['', `${title}:`, ...lines.map((line) => `  ${line}`)] : [];
}

/** `2024-04-16 (metadata: 2024-04-16T09:00:00+02:00)`, or `undated` with the reason. */
function dateLine(item: StoredItem): string {
  const p = item.published;
  if (!p?.date) return `undated${p?.evidence ? ` (${p.evidence})` : ''}`;
  return `${showDate(p.date, p.precision)} (${p.basis}${p.evidence ? `: ${clip(p.evidence, 80)}` : ''})`;
}

/** When an event happened: its date, `(inferred)` when worked out across items, or the open expression. */
function eventWhen(event: StoredEvent): string {
  if (event.time) return `${showDate(event.time.date, event.time.precision)}${event.time.provenance?.certainty === 'inferred' ? ' (inferred)' : ''}`;
  return event.openTime ? `"${event.openTime.text}" (year open)` : 'undated';
}

/** Entities by mentions, most first: `Kishida Fumio (PER) ×3`. */
function entityLines(item: StoredItem, names: Map<string, string>): string[] {
  const counts = new Map<string, { type: string; n: number }>();
  for (const m of item.mentions) {
    const entry = counts.get(m.entity) ?? { type: m.type, n: 0 };
    entry.n++;
    counts.set(m.entity, entry);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .map(([id, { type, n }]) => `${names.get(id) ?? id} (${type}) ×${n}  ${id}`);
}

/**
 * The lines of the report.
 * @param item the stored item
 * @param events its stored events
 * @param names entity id → canonical name, for the entities named in it
 */
export function itemReportLines(item: StoredItem, events: StoredEvent[], names: Map<string, string>): string[] {
  const head = [
    `${item.id}  ${item.kind} [${item.lang?.code ?? 'und'}]  ${dateLine(item)}`,
    `source: ${item.source}#${item.index}${item.url && item.url !== item.source ? `  url: ${item.url}` : ''}`,
    `captured: ${item.capturedAt}`,
  ];
  if (item.dateline) head.push(`dateline: ${item.dateline.place ?? ''}${item.dateline.agencies.length ? ` (${item.dateline.agencies.join('/')})` : ''}`);
  if (item.byline) head.push(`byline: ${item.byline}`);
  return [
    ...head,
    '',
    item.title ?? '(no title)',
    '',
    item.text,
    ...section('captions', item.fields.captions),
    ...section('credits', item.fields.credits),
    ...section('sources', item.fields.sources),
    ...section('entities', entityLines(item, names)),
    ...section('events', events.map((e) => `${eventWhen(e)}  ${e.type}: ${clip(e.sentence, LINE_CLIP)}`)),
    ...section('dropped by extraction', (item.dropped ?? []).map((d) => `${d.role}: ${clip(d.text, LINE_CLIP)}  [${d.rule}]`)),
    ...section('messages', item.messages.map((m) => `${m.severity}: ${m.reason} [${m.code}]`)),
  ];
}
