/**
 * Text views of stories and timelines, shared by `stories`, `story` and `demo`.
 */
import type { EventGroup } from '../events/index.js';
import type { StoryRecord, StoredItem } from '../store/store.js';
import { clip, showDate } from './output.js';

/** Width of clipped titles and evidence in text output. */
const TITLE_WIDTH = 90;
const EVIDENCE_WIDTH = 160;

/** The heading line of a story. */
export function storyHeading(story: StoryRecord): string {
  const span = story.first ? `${showDate(story.first)} … ${showDate(story.last)}` : 'undated';
  const langs = story.languages.length ? story.languages.join(', ') : 'und';
  return `${story.id}  ${clip(story.title, TITLE_WIDTH)}\n    ${story.itemIds.length} item(s) · ${langs} · ${span}`;
}

/** One line per item of a story. */
export function storyItemLines(story: StoryRecord, items: Map<string, StoredItem>): string[] {
  return story.itemIds.map((id) => {
    const item = items.get(id);
    if (!item) return `    - ${id} (missing)`;
    const date = showDate(item.published?.date ?? null, item.published?.precision);
    const title = clip(item.title ?? item.text, TITLE_WIDTH - 20);
    return `    - [${item.lang?.code ?? 'und'}] ${date.padEnd(16)} ${title}  (${item.source}#${item.index}, id ${item.id})`;
  });
}

/** The timeline of events, ordered by when they happened, each with its first evidence sentence. */
export function timelineLines(events: EventGroup[]): string[] {
  if (events.length === 0) return ['    (no events found)'];
  const lines: string[] = [];
  for (const event of events) {
    const when = event.time ? showDate(event.time.date, event.time.precision) : 'undated';
    const actors = event.actors.map((a) => a.name).join(', ');
    const place = event.place ? ` @ ${event.place}` : '';
    lines.push(`    ${when.padEnd(16)} ${event.type.padEnd(10)} ${actors}${place}`);
    const evidence = event.evidence[0];
    if (evidence) lines.push(`      “${clip(evidence.sentence, EVIDENCE_WIDTH)}” (${evidence.source}#${evidence.item}${event.evidence.length > 1 ? ` +${event.evidence.length - 1} more` : ''})`);
  }
  return lines;
}
