/**
 * `dossier stories` and `dossier story ID`: the story list, and one story with its timeline and commitments.
 */
import type { Command } from 'commander';
import { eventJson, storyJson } from '../contract.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { writeJson, writeLines } from '../output.js';
import { eventGroups, itemsById, withStore } from '../store-access.js';
import { storyHeading, storyItemLines, timelineLines } from '../views.js';
import { commitmentJson, commitmentLines, commitmentRows } from './commitments.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;

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
        if (format === 'json') return writeJson(io, stories.map((s) => storyJson(s, items)));
        const shown = stories.filter((s) => s.itemIds.length >= minItems);
        for (const story of shown) writeLines(io, [storyHeading(story), ...storyItemLines(story, items), '']);
        if (shown.length < stories.length) io.stdout.write(`(${stories.length - shown.length} smaller stories not shown; --min-items 1 lists all)\n`);
        if (stories.length === 0) io.stdout.write('No stories yet: run `dossier ingest PATH` first.\n');
      });
      return EXIT.ok;
    }),
  );

  const one = program.command('story').description('one story: its items and the timeline of its events').argument('<id>', 'story id (from `dossier stories`)');
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
        if (format === 'json') {
          const commitments = await commitmentRows(store, story.itemIds);
          writeJson(io, { ...storyJson(story, items), timeline: events.map(eventJson), commitments: commitments.map(commitmentJson) });
        } else if (options.timeline) {
          writeLines(io, timelineLines(events));
        } else {
          const commitments = await commitmentRows(store, story.itemIds);
          writeLines(io, [storyHeading(story), '  Items:', ...storyItemLines(story, items), '  Timeline:', ...timelineLines(events), '  Commitments:', ...commitmentLines(commitments)]);
        }
        return EXIT.ok;
      });
    }),
  );
}
