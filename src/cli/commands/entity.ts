/**
 * `dossier entity NAME|ID`: one entity across languages — its names, how each written form was
 * joined to it, roles over time, mentions over time, co-occurring entities and stories.
 */
import type { Command } from 'commander';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { countOption, dbTarget, formatOption, withDb, withFormat } from '../options.js';
import { itemTitle } from '../../stories/index.js';
import { clip, count, showDate, writeJson, writeLines } from '../output.js';
import { withStore } from '../store-access.js';
import { entityReport, type EntityReport } from './entity-report.js';
import { resolveEntity } from './entity-scope.js';
import type { CommandRunner } from './runner.js';

const FORMATS = ['text', 'json'] as const;
/** Co-occurring entities and newest items shown unless `--top` says otherwise. */
export const DEFAULT_TOP = 10;
const WIDTH = 150;

const counts = (c: { items: number; mentions: number }): string => `${count(c.items, 'item')}, ${count(c.mentions, 'mention')}`;

/** Up to `width` characters of `sentence` around the first `focus` in it, with ellipses where cut. */
function around(sentence: string, focus: string, width: number): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const at = Math.max(0, flat.indexOf(focus));
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), flat.length - width));
  return `${start > 0 ? '…' : ''}${flat.slice(start, start + width).trim()}${start + width < flat.length ? '…' : ''}`;
}

/** Why a written form belongs to the entity, in words. */
function joinedBy(form: EntityReport['forms'][number]): string {
  const evidence = form.evidence && form.evidence !== form.text ? ` “${clip(form.evidence, 60)}”` : '';
  const respelled = form.respelled.length ? `; spelling ${form.respelled.map((r) => `${r.from}→${r.to}`).join(', ')} (data/name-variants.json)` : '';
  return `${form.rule}${evidence}${respelled}`;
}

/** The report as readable text. */
function reportLines(r: EntityReport, lang: string | undefined): string[] {
  const lines = [`${r.name}  (${r.id}, ${r.type})  ${count(r.mentions, 'mention')} in ${count(r.itemsTotal, 'item')}${r.geo ? `  @ ${r.geo.lat}, ${r.geo.lon}` : ''}`];
  const langs = Object.keys(r.names).sort((a, b) => Number(b === lang) - Number(a === lang) || a.localeCompare(b));
  lines.push('names:', ...(langs.length ? langs.map((l) => `  ${l}: ${clip(r.names[l]!.join(' / '), WIDTH)}`) : ['  (none recorded)']));
  lines.push(`written as (how each form was joined${r.itemsRead < r.itemsTotal ? `, newest ${r.itemsRead} items` : ''}):`);
  lines.push(...r.forms.map((f) => `  ${String(f.mentions).padStart(4)}× [${f.lang}] ${f.text}  ← ${joinedBy(f)}`));
  if (r.type === 'PER') {
    lines.push('roles:', ...(r.roles.length ? [] : ['  (no role stated)']));
    for (const role of r.roles) {
      const country = role.country ? ` (${role.country.name})` : '';
      lines.push(`  ${showDate(role.date, role.precision).padEnd(16)} ${role.role}${country}`, `      “${around(role.sentence, `${role.role} ${role.mention}`, WIDTH)}” (${role.source}, ${role.item})`);
    }
  }
  const t = r.mentionsOverTime;
  lines.push('mentions over time:');
  for (const month of t.months) {
    lines.push(`  ${month.month}       ${counts(month)}`);
    for (const day of t.days.filter((d) => d.date.startsWith(month.month))) lines.push(`    ${day.date}  ${counts(day)}`);
  }
  for (const year of t.years.filter((y) => !t.months.some((m) => m.month.startsWith(y.year)))) lines.push(`  ${year.year}          ${counts(year)}`);
  if (t.undated.items > 0) lines.push(`  undated       ${counts(t.undated)}`);
  lines.push('named with:', ...(r.coMentions.length ? r.coMentions.map((e) => `  ${String(e.items).padStart(4)} items  ${e.name} (${e.id})`) : ['  (nothing else)']));
  lines.push('stories:', ...(r.stories.length ? r.stories.map((s) => `  ${s.id}  ${s.items} of ${s.size} items  ${clip(s.title, 80)}`) : ['  (none yet)']));
  lines.push('newest items:', ...r.items.map((i) => `  [${i.lang}] ${showDate(i.published).padEnd(16)} ${clip(i.display, 70)}  (${i.source}#${i.item}, id ${i.id})`));
  return lines;
}

/** Registers `entity` on the program. */
export function registerEntity(program: Command, io: CliIO, run: CommandRunner): void {
  const command = program
    .command('entity')
    .description('one entity across languages: names, roles and mentions over time, co-occurring entities, stories')
    .argument('<name>', 'a name in any language (Vereinigte Staaten, Luik, Kihara) or an entity id (gpe:US)')
    .option('--lang <code>', 'match the name only against names in this language (ISO 639-1)')
    .option('--top <n>', 'how many co-occurring entities and newest items to list', String(DEFAULT_TOP))
    .option('--json', 'the same as --format json');
  withFormat(withDb(command), FORMATS).action((query: string, options) =>
    run(async () => {
      const format = options.json ? 'json' : formatOption(options, FORMATS);
      const top = countOption(options.top, '--top', DEFAULT_TOP);
      const lang = options.lang === undefined ? undefined : String(options.lang);
      if (lang !== undefined && !/^[a-z]{2}$/.test(lang)) throw new UsageError(`--lang takes a two-letter ISO 639-1 code such as nl (got "${options.lang}")`);
      if (query.trim() === '') throw new UsageError('entity needs a name or an id, e.g. `dossier entity "Vereinigte Staaten"`');
      return withStore(dbTarget(options, io), async (store) => {
        const found = await resolveEntity(store, query, io, { ...(lang ? { lang } : {}), command: 'dossier entity' });
        if (!found) return EXIT.partial;
        const report = await entityReport(store, found.entity, { query: query.trim(), basis: found.basis }, top);
        if (format === 'json') writeJson(io, report);
        else writeLines(io, reportLines(report, lang));
        return EXIT.ok;
      });
    }),
  );
}
