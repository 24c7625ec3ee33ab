/**
 * The report `dossier entity` prints (its JSON is the contract in docs/cli.md): names per
 * language, how each written form was joined to the entity, roles over time, mentions over time,
 * co-occurring entities, stories and the newest items.
 */
import { respelledWords } from '../../entities/names.js';
import { statedRoles } from '../../entities/stated-roles.js';
import { splitSentences } from '../../events/index.js';
import { itemFullText, type Entity } from '../../pipeline/types.js';
import type { EntitySummary, MentionPeriod, Store, StoredItem } from '../../store/store.js';
import { itemTitle } from '../../stories/index.js';
import type { LookupBasis } from './entity-lookup.js';

/**
 * Items read in full for the written forms and the roles: the newest this many mentioning the
 * entity. Counts over time, co-occurrences and stories always cover every item (they are
 * counted by the store); 500 items keep a person's whole record in small stores and the
 * command quick (well under a second) in large ones.
 */
export const DETAIL_ITEMS = 500;

/** Counts of one period. */
export interface PeriodCount {
  items: number;
  mentions: number;
}

/** The whole report on one entity. */
export interface EntityReport {
  id: string;
  type: string;
  name: string;
  geo: { lat: number; lon: number } | null;
  names: Record<string, string[]>;
  mentions: number;
  resolved: { query: string; basis: LookupBasis };
  forms: { text: string; lang: string; rule: string; evidence: string | null; respelled: { from: string; to: string }[]; mentions: number }[];
  roles: { role: string; country: { id: string; name: string } | null; mention: string; date: string | null; precision: string | null; item: string; source: string; sentence: string }[];
  mentionsOverTime: {
    days: ({ date: string } & PeriodCount)[];
    months: ({ month: string } & PeriodCount)[];
    years: ({ year: string } & PeriodCount)[];
    undated: PeriodCount;
  };
  coMentions: { id: string; type: string; name: string; items: number; mentions: number }[];
  stories: { id: string; title: string; items: number; size: number }[];
  /** `display`: the title, or the opening words of the text when the item has none. */
  items: { id: string; source: string; item: number; title: string | null; display: string; lang: string; published: string | null }[];
  /** Items the forms and roles were read from (the newest {@link DETAIL_ITEMS}), and all items that mention the entity. */
  itemsRead: number;
  itemsTotal: number;
}

/** Rolls periods up into days, months and years (a day counts in its month and year). */
function overTime(periods: readonly MentionPeriod[]): EntityReport['mentionsOverTime'] {
  const roll = (length: number) => {
    const sums = new Map<string, PeriodCount>();
    for (const p of periods) {
      if (p.period === null || p.period.length < length) continue;
      const key = p.period.slice(0, length);
      const sum = sums.get(key) ?? { items: 0, mentions: 0 };
      sums.set(key, { items: sum.items + p.items, mentions: sum.mentions + p.mentions });
    }
    return [...sums].sort(([a], [b]) => (a < b ? -1 : 1));
  };
  const undated = periods.find((p) => p.period === null);
  return {
    days: roll(10).map(([date, c]) => ({ date, ...c })),
    months: roll(7).map(([month, c]) => ({ month, ...c })),
    years: roll(4).map(([year, c]) => ({ year, ...c })),
    undated: { items: undated?.items ?? 0, mentions: undated?.mentions ?? 0 },
  };
}

/** The sentence of `item` around offset `at`. */
function sentenceAt(item: StoredItem, at: number): string {
  const text = itemFullText(item);
  const found = splitSentences(text, item.lang?.code ?? 'und').find((s) => s.start <= at && at < s.end);
  return found?.text ?? text.slice(Math.max(0, at - 100), at + 100).trim();
}

/** Each written form of the entity with the rule and evidence that joined it, most frequent first. */
function forms(items: readonly StoredItem[], entity: Entity): EntityReport['forms'] {
  const byKey = new Map<string, EntityReport['forms'][number]>();
  for (const item of items) {
    const lang = item.lang?.code ?? 'und';
    for (const m of item.mentions) {
      if (m.entity !== entity.id) continue;
      const evidence = m.provenance.evidence ?? null;
      const key = [m.text, lang, m.provenance.rule, evidence].join('\u0000');
      const form = byKey.get(key) ?? { text: m.text, lang, rule: m.provenance.rule, evidence, respelled: entity.type === 'PER' ? respelledWords(m.text) : [], mentions: 0 };
      form.mentions++;
      byKey.set(key, form);
    }
  }
  return [...byKey.values()].sort((a, b) => b.mentions - a.mentions || a.lang.localeCompare(b.lang) || a.text.localeCompare(b.text));
}

/** The roles stated with the person in `items`, oldest first (undated last). */
async function roles(store: Store, items: readonly StoredItem[], entity: Entity): Promise<EntityReport['roles']> {
  if (entity.type !== 'PER') return [];
  const stated = items.flatMap((item) => statedRoles(item, entity.id).map((role) => ({ item, role })));
  const countries = new Map((await store.getEntities([...new Set(stated.flatMap(({ role }) => (role.country ? [role.country] : [])))])).map((e) => [e.id, e.name]));
  return stated
    .map(({ item, role }) => ({
      role: role.role,
      country: role.country ? { id: role.country, name: countries.get(role.country) ?? role.countryText ?? role.country } : null,
      mention: itemFullText(item).slice(role.start, role.end),
      date: item.published?.date ?? null,
      precision: item.published?.precision ?? null,
      item: item.id,
      source: item.source,
      sentence: sentenceAt(item, role.start),
    }))
    .sort((a, b) => (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1));
}

/** Builds the report on `entity` (top `top` co-occurring entities and newest items). */
export async function entityReport(store: Store, entity: EntitySummary, resolved: EntityReport['resolved'], top: number): Promise<EntityReport> {
  const items = await store.itemsMentioning(entity.id, { limit: DETAIL_ITEMS });
  const periods = await store.mentionsOverTime(entity.id);
  const total = periods.reduce((n, p) => n + p.items, 0);
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    geo: entity.geo ?? null,
    // Languages in code order, so both store dialects print the same report.
    names: Object.fromEntries(Object.entries(entity.names).sort(([a], [b]) => (a < b ? -1 : 1))),
    mentions: entity.mentions,
    resolved,
    forms: forms(items, entity),
    roles: await roles(store, items, entity),
    mentionsOverTime: overTime(periods),
    coMentions: (await store.coMentions(entity.id, { limit: top })).map((e) => ({ id: e.id, type: e.type, name: e.name, items: e.items, mentions: e.mentions })),
    stories: (await store.storiesMentioning(entity.id)).map(({ story, items: n }) => ({ id: story.id, title: story.title, items: n, size: story.itemIds.length })),
    items: items.slice(0, top).map((item) => ({ id: item.id, source: item.source, item: item.index, title: item.title, display: itemTitle(item), lang: item.lang?.code ?? 'und', published: item.published?.date ?? null })),
    itemsRead: items.length,
    itemsTotal: total,
  };
}
