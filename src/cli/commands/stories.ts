/**
 * `dossier stories` and `dossier story ID`: the story list (story → chapters → items), and one
 * story's view (label, summary with citations, sources, key entities, chapters) with its
 * timeline and commitments.
 */
import type { Command } from 'commander';
import { eventJson, storyJson } from '../contract.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { writeJson, writeLines } from '../output.js';
import { eventGroups, itemsById, withStore } from '../store-access.js';
import { storyChapters, storyView, type Chapter, type StoryView } from '../../stories/index.js';
import type { StoredItem, StoryRecord } from '../../store/store.js';
import { chapterItemLines, storyHeading, storyViewLines, timelineLines } from '../views.js';
import { commitmentJson, commitmentLines, commitmentRows } from './commitments.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;

/** A chapter as printed in JSON: its items by id. */
function chapterJson(chapter: Chapter): Record<string, unknown> {
  return { id: chapter.id, title: chapter.title, first: chapter.first, last: chapter.last, itemIds: chapter.itemIds };
}

/** The chapters of a stored story, from its items' dates (a story none of whose items is stored has none). */
function chaptersOf(story: StoryRecord, items: Map<string, StoredItem>): Chapter[] {
  const members = story.itemIds.flatMap((id) => items.get(id) ?? []);
  return members.length > 0 ? storyChapters(members) : [];
}

/** A story of the list with its chapters; first and last from the chapters (publication dates only). */
function listedStoryJson(story: StoryRecord, items: Map<string, StoredItem>): Record<string, unknown> {
  const chapters = chaptersOf(story, items);
  const first = chapters.length > 0 ? (chapters[0]?.first ?? null) : story.first;
  const last = chapters.length > 0 ? (chapters[chapters.length - 1]?.last ?? null) : story.last;
  return { ...storyJson(story, items), first, last, chapters: chapters.map(chapterJson) };
}

/** The view fields `dossier story --format json` adds to the story object. */
function viewJson(view: StoryView): Record<string, unknown> {
  return {
    first: view.first,
    last: view.last,
    label: view.label,
    summary: view.summary.map((line) => ({ item: line.itemId, source: line.source, index: line.item, lang: line.lang, sentence: line.sentence })),
    sources: view.sources,
    agencies: view.agencies,
    independentReports: view.independentReports,
    undated: view.undated,
    entities: view.entities,
    chapters: view.chapters.map(chapterJson),
  };
}

/** Registers `stories` and `story` on the program. */
export function registerStories(program: Command, io: CliIO, run: CommandRunner): void {
  const list = program.command('stories').description('list the stories: items about the same development, across languages');
  list.option('--min-items <n>', 'in text output, list only stories with at least this many items', '1');
  withFormat(withDb(list), FORMATS).action((options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      const minItems = Number(options.minItems);
      if (!Number.isInteger(minItems) || minItems < 1) throw new UsageError(`--min-items takes a whole number of at least 1 (got "${options.minItems}")`);
      await withStore(dbTarget(options, io), async (store) => {
        const stories = await store.listStories();
        const items = await itemsById(store);
        if (format === 'json') return writeJson(io, stories.map((s) => listedStoryJson(s, items)));
        const shown = stories.filter((s) => s.itemIds.length >= minItems);
        for (const story of shown) {
          const chapters = chaptersOf(story, items);
          const dated = chapters.length > 0 ? { ...story, first: chapters[0]?.first ?? null, last: chapters[chapters.length - 1]?.last ?? null } : story;
          const count = chapters.length > 1 ? ` · ${chapters.length} chapters` : '';
          writeLines(io, [`${storyHeading(dated)}${count}`, ...chapterItemLines(story, chapters, items), '']);
        }
        if (shown.length < stories.length) io.stdout.write(`(${stories.length - shown.length} smaller stories not shown; --min-items 1 lists all)\n`);
        if (stories.length === 0) io.stdout.write('No stories yet: run `dossier ingest PATH` first.\n');
      });
      return EXIT.ok;
    }),
  );

  const one = program
    .command('story')
    .description('one story: label, summary with citations, sources, key entities, chapters and items, and the timeline of its events')
    .argument('<id>', 'story id (from `dossier stories`)');
  one.option('--timeline', 'print only the timeline');
  withFormat(withDb(one), FORMATS).action((id: string, options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      return withStore(dbTarget(options, io), async (store) => {
        const story = await store.getStory(id);
        if (!story) {
          io.stderr.write(`error: no story with id "${id}"; \`dossier stories\` lists the ids\n`);
          return EXIT.partial;
        }
        const items = await itemsById(store, story.itemIds);
        const events = await eventGroups(store, story.itemIds);
        if (options.timeline && format !== 'json') {
          writeLines(io, timelineLines(events));
          return EXIT.ok;
        }
        const entityIds = [...new Set([...items.values()].flatMap((item) => item.mentions.map((mention) => mention.entity)))];
        const names = new Map((await store.getEntities(entityIds)).map((entity) => [entity.id, entity.name]));
        const view = storyView(story, items, (entityId) => names.get(entityId));
        const commitments = await commitmentRows(store, story.itemIds);
        if (format === 'json') {
          writeJson(io, { ...storyJson(story, items), ...viewJson(view), timeline: events.map(eventJson), commitments: commitments.map(commitmentJson) });
        } else {
          writeLines(io, [
            ...storyViewLines(view),
            view.chapters.length > 1 ? '  Chapters and items:' : '  Items:',
            ...chapterItemLines(story, view.chapters, items),
            '  Timeline:',
            ...timelineLines(events),
            '  Commitments:',
            ...commitmentLines(commitments),
          ]);
        }
        return EXIT.ok;
      });
    }),
  );
}
