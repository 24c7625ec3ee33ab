/**
 * `dossier similar ITEM`: the items most similar to one item, with why (shared entities,
 * names, terms, numbers, time apart, near-duplicate text) and whether they share its story.
 */
import type { Command } from 'commander';
import { resolveAcrossItems } from '../../entities/index.js';
import type { StoredItem } from '../../store/store.js';
import { DEFAULT_SIMILAR_LIMIT, itemTitle, similarItems, type SimilarItem } from '../../stories/index.js';
import { EXIT, type CliIO } from '../io.js';
import { countOption, dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { clip, showDate, writeJson, writeLines } from '../output.js';
import { withStore } from '../store-access.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;

/** Entity id → the surface it has in `item` (the id itself when the item does not mention it). */
function surfaces(item: StoredItem): (id: string) => string {
  const names = new Map<string, string>();
  for (const mention of item.mentions) if (mention.entity && !names.has(mention.entity)) names.set(mention.entity, mention.text);
  return (id) => names.get(id) ?? id;
}

function reasonLines(hit: SimilarItem, surface: (id: string) => string): string[] {
  const r = hit.reasons;
  const lines: string[] = [];
  if (r.sharedEntities.length) lines.push(`entities: ${r.sharedEntities.map(surface).join(', ')}`);
  if (r.sharedNames.length && r.sameLanguage !== true) lines.push(`names: ${r.sharedNames.join(', ')}`);
  if (r.sharedTerms.length) lines.push(`terms: ${r.sharedTerms.join(', ')}`);
  if (r.sharedNumbers.length) lines.push(`numbers: ${r.sharedNumbers.join(', ')}`);
  lines.push(hit.daysApart === null ? 'time: unknown' : `time: ${hit.daysApart.toFixed(1)} days apart (factor ${r.time.toFixed(2)})`);
  if (hit.nearDuplicate) lines.push(`near-duplicate text (estimated overlap ${hit.textOverlap.toFixed(2)})`);
  return lines.map((line) => `        ${line}`);
}

/** Registers `similar` on the program. */
export function registerSimilar(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program
    .command('similar')
    .description('the items most similar to one item, with the reasons (shared entities, terms, time)')
    .argument('<item>', 'item id, <16 hex>:<index> (from `dossier story ID` or `dossier search`)');
  command.option('--limit <n>', 'how many similar items to list', String(DEFAULT_SIMILAR_LIMIT));
  withFormat(withDb(command), FORMATS).action((itemId: string, options) =>
    run(async () => {
      const format = formatOption(options, FORMATS);
      const limit = countOption(options.limit, '--limit', DEFAULT_SIMILAR_LIMIT);
      return withStore(dbTarget(options, io), async (store) => {
        const items = await store.listItems();
        const target = items.find((item) => item.id === itemId);
        if (!target) {
          io.stderr.write(`error: no item with id "${itemId}"; item ids look like <16 hex>:<index> (\`dossier story ID\` lists them)\n`);
          return EXIT.partial;
        }
        resolveAcrossItems(items); // as clustering does, so scores match the stories
        const storyOf = new Map<string, string>();
        for (const story of await store.listStories()) for (const id of story.itemIds) storyOf.set(id, story.id);
        const hits = similarItems(itemId, items, { limit });
        const sameStory = (hit: SimilarItem): boolean => storyOf.get(hit.item.id) !== undefined && storyOf.get(hit.item.id) === storyOf.get(itemId);
        if (format === 'json') {
          writeJson(io, {
            item: itemId,
            story: storyOf.get(itemId) ?? null,
            similar: hits.map((hit) => ({
              item: hit.item.id,
              title: itemTitle(hit.item),
              lang: hit.item.lang?.code ?? null,
              score: hit.score,
              sameStory: sameStory(hit),
              daysApart: hit.daysApart,
              textOverlap: hit.textOverlap,
              nearDuplicate: hit.nearDuplicate,
              reasons: hit.reasons,
            })),
          });
          return EXIT.ok;
        }
        const surface = surfaces(target);
        writeLines(io, [`${itemId}  ${clip(itemTitle(target), 90)}`]);
        if (hits.length === 0) io.stdout.write('  No item shares an entity, name, term or number with it.\n');
        for (const hit of hits) {
          const date = showDate(hit.item.published?.date ?? null, hit.item.published?.precision ?? null);
          writeLines(io, [
            `  ${hit.score.toFixed(2)}  ${hit.item.id}  ${hit.item.lang?.code ?? 'und'}  ${date}${sameStory(hit) ? '  [same story]' : ''}  ${clip(itemTitle(hit.item), 70)}`,
            ...reasonLines(hit, surface),
          ]);
        }
        return EXIT.ok;
      });
    }),
  );
}
