/**
 * Text views of stories and timelines, shared by `stories`, `story` and `demo`.
 */
import { boundLabel } from '../dates/index.js';
import type { EventGroup } from '../events/index.js';
import type { StoryRecord, StoredItem } from '../store/store.js';
import type { Chapter, StoryView } from '../stories/index.js';
import { clip, showDate } from './output.js';

/** Width of clipped titles and evidence in text output. */
const TITLE_WIDTH = 90;
const EVIDENCE_WIDTH = 160;

/** The heading line of a story. */
export function storyHeading(story: StoryRecord): string {
  const langs = story.languages.length ? story.languages.join(', ') : 'und';
  return `${story.id}  ${clip(story.title, TITLE_WIDTH)}\n    ${story.itemIds.length} item(s) · ${langs} · ${span(story.first, story.last)}`;
}

/** One line per item of a story (or of a chapter: `itemIds`), indented by `indent`. */
export function storyItemLines(story: Pick<StoryRecord, 'itemIds'>, items: Map<string, StoredItem>, indent = '    '): string[] {
  return story.itemIds.map((id) => {
    const item = items.get(id);
    if (!item) return `${indent}- ${id} (missing)`;
    const date = boundLabel(item.published, item.capturedAt) ?? showDate(item.published?.date ?? null, item.published?.precision);
    const title = clip(item.title ?? item.text, TITLE_WIDTH - 20);
    return `${indent}- [${item.lang?.code ?? 'und'}] ${date.padEnd(16)} ${title}  (${item.source}#${item.index}, id ${item.id})`;
  });
}

function span(first: string | null, last: string | null): string {
  if (!first) return 'undated';
  const a = showDate(first);
  const b = showDate(last);
  return a === b ? a : `${a} … ${b}`;
}

/**
 * The items of a story, grouped by chapter when it has more than one (story → chapters →
 * items); a story of one chapter lists its items as {@link storyItemLines} does.
 */
export function chapterItemLines(story: StoryRecord, chapters: readonly Chapter[], items: Map<string, StoredItem>): string[] {
  if (chapters.length <= 1) return storyItemLines(story, items);
  return chapters.flatMap((chapter, index) => [
    `    chapter ${index + 1}/${chapters.length} · ${span(chapter.first, chapter.last)} · ${chapter.itemIds.length} item(s) · ${clip(chapter.title, TITLE_WIDTH - 20)}  (${chapter.id})`,
    ...storyItemLines(chapter, items, '      '),
  ]);
}

/**
 * The view of one story: label, span, languages, sources, key entities and the summary
 * sentences with their citations (item id and where the item was read).
 */
export function storyViewLines(view: StoryView): string[] {
  const langs = view.languages.length ? view.languages.join(', ') : 'und';
  const reports = view.independentReports < view.items ? ` (${view.independentReports} independent)` : '';
  const undated = view.undated === 0 ? '' : view.first ? ` (+${view.undated} undated item(s))` : ` (no item has a publication date)`;
  const chapters = view.chapters.length > 1 ? ` · ${view.chapters.length} chapters` : '';
  const sources = view.sources.map((source) => (source.items > 1 ? `${source.name} ×${source.items}` : source.name)).join(', ');
  const agencies = view.agencies.map((agency) => (agency.items > 1 ? `${agency.name} ×${agency.items}` : agency.name)).join(', ');
  const lines = [
    `${view.id}  ${clip(view.label, TITLE_WIDTH)}`,
    `    ${view.items} item(s)${reports} · ${langs} · ${span(view.first, view.last)}${undated}${chapters}`,
    `  Sources: ${sources || 'none'}${agencies ? ` · agencies: ${agencies}` : ''}`,
    `  Key entities: ${view.entities.map((entity) => `${entity.name} (${entity.items})`).join(', ') || 'none'}`,
    '  Summary:',
  ];
  if (view.summary.length === 0) lines.push('    (no sentence names the story\'s entities)');
  for (const line of view.summary) lines.push(`    “${clip(line.sentence, EVIDENCE_WIDTH)}” [${line.lang}] (${line.source}#${line.item}, id ${line.itemId})`);
  return lines;
}

/** The timeline of events, ordered by when they happened, each with its first evidence sentence. */
export function timelineLines(events: EventGroup[]): string[] {
  if (events.length === 0) return ['    (no events found)'];
  const lines: string[] = [];
  for (const event of events) {
    // Inferred across items: marked; a date the text gives only in part: its stated parts (`--04-10`).
    const when = event.time
      ? `${showDate(event.time.date, event.time.precision)}${event.time.provenance ? ' (inf)' : ''}`
      : event.open ? `${event.open.date} (open)` : 'undated';
    const actors = event.actors.map((a) => a.name).join(', ');
    const place = event.place ? ` @ ${event.place}` : '';
    lines.push(`    ${when.padEnd(16)} ${event.type.padEnd(10)} ${actors}${place}`);
    const evidence = event.evidence[0];
    if (evidence) lines.push(`      “${clip(evidence.sentence, EVIDENCE_WIDTH)}” (${evidence.source}#${evidence.item}${event.evidence.length > 1 ? ` +${event.evidence.length - 1} more` : ''})`);
  }
  return lines;
}
