/**
 * Conformance tests of the entity views (registered inside the suite of `conformance.ts`):
 * batch lookup, lookup by name, the items, periods, co-mentions and stories of one entity.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { PublishedDate } from '../../src/pipeline/types.js';
import { itemId, type StoryRecord } from '../../src/store/store.js';
import type { OpenStore } from './conformance.js';
import { addAll, expectedItem, withStore } from './conformance.js';
import { COUNCIL, ISLAND, TOWN, ferryPage, harbourPage, lighthousePage, numberedPage, type Fixture } from './fixtures.js';

/** A numbered page published on `date` to `precision`. */
function datedPage(n: number, date: string, precision: PublishedDate['precision']): Fixture {
  const page = numberedPage(n);
  const item = page.items[0];
  if (item) item.published = { date, precision, basis: 'metadata', evidence: date };
  return page;
}

/** Registers the entity-view tests for the stores `open` returns. */
export function storeEntityConformance(open: OpenStore): void {
  it('getEntities returns the stored entities among the ids, ordered by id', () =>
    withStore(open, async (store) => {
      await addAll(store, harbourPage(), ferryPage());
      const island = await store.getEntity(ISLAND.id);
      const council = await store.getEntity(COUNCIL.id);
      assert.ok(island && council);
      assert.deepEqual(await store.getEntities([COUNCIL.id, 'gpe:nowhere', ISLAND.id, COUNCIL.id]), [island, council]);
      assert.deepEqual(await store.getEntities(['gpe:nowhere']), []);
      assert.deepEqual(await store.getEntities([]), []);
    }));

  it('findEntities matches names in any language or one, whole names or whole words, ignoring case', () =>
    withStore(open, async (store) => {
      await addAll(store, harbourPage(), ferryPage(), numberedPage(1));
      const ids = async (...args: Parameters<typeof store.findEntities>) => (await store.findEntities(...args)).map((e) => e.id);
      assert.deepEqual(await ids('Noordkaap'), [TOWN.id]);
      assert.deepEqual(await ids('  noordKAAP '), [TOWN.id]);
      assert.deepEqual(await ids('Northcape'), [TOWN.id], 'the display name counts');
      assert.deepEqual(await ids('Nordkap', { lang: 'de' }), [TOWN.id]);
      assert.deepEqual(await ids('Nordkap', { lang: 'nl' }), []);
      assert.deepEqual(await ids('Council'), [], 'a whole name, unless words are asked for');
      assert.deepEqual(await ids('council', { words: true }), [COUNCIL.id]);
      assert.deepEqual(await ids('Counc', { words: true }), [], 'whole words only');
      assert.deepEqual(await ids('Hafenrat', { words: true, lang: 'de' }), [COUNCIL.id]);
      assert.deepEqual(await ids(''), []);
      assert.deepEqual(await ids('%', { words: true }), [], 'no pattern characters');
      assert.deepEqual(await store.findEntities('Westerzand'), [{ ...ISLAND, mentions: 1 }]);
      await assert.rejects(store.findEntities('x', { limit: -2 }), /limit/);
    }));

  it('itemsMentioning lists the items of one entity, newest first, undated last, with limit and offset', () =>
    withStore(open, async (store) => {
      const h = harbourPage();
      const f = ferryPage();
      await addAll(store, h, f, lighthousePage());
      const article = expectedItem(h.items[0]!);
      const undated = [expectedItem(h.items[1]!), expectedItem(f.items[0]!)].sort((a, b) => (a.id < b.id ? -1 : 1));
      assert.deepEqual(await store.itemsMentioning(TOWN.id), [article, ...undated]);
      assert.deepEqual(await store.itemsMentioning(TOWN.id, { limit: 1 }), [article]);
      assert.deepEqual(await store.itemsMentioning(TOWN.id, { offset: 1, limit: 1 }), [undated[0]]);
      assert.deepEqual(await store.itemsMentioning(ISLAND.id), [article]);
      assert.deepEqual(await store.itemsMentioning('gpe:nowhere'), []);
      const pages = [datedPage(1, '2024-02-10T08:00:00Z', 'minute'), datedPage(2, '2024-02-11', 'day'), datedPage(3, '2023-06-01', 'month')];
      await addAll(store, ...pages);
      assert.deepEqual(
        (await store.itemsMentioning('fac:station')).map((i) => i.id),
        [pages[1]!, pages[0]!, pages[2]!].map((p) => itemId(p.raw.hash, 0)),
      );
    }));

  it('itemsMentioning gives the same pages for an entity named in most items (the newest-first walk) as the full order', () =>
    withStore(open, async (store) => {
      const dates = ['2024-05-01', '2024-05-03', '2024-05-03', '2024-04-20', '2024-05-03', '2024-05-02'];
      await addAll(store, harbourPage(), ...dates.map((d, n) => datedPage(n + 1, d, 'day')), numberedPage(7), numberedPage(8));
      const all = await store.itemsMentioning('fac:station');
      assert.equal(all.length, 8);
      assert.deepEqual(all.slice(0, 6).map((i) => i.published?.date), ['2024-05-03', '2024-05-03', '2024-05-03', '2024-05-02', '2024-05-01', '2024-04-20']);
      for (const [offset, limit] of [[0, 1], [0, 2], [1, 2], [2, 3], [0, 6], [4, 3], [5, 3], [0, 8], [6, 5], [8, 1]] as const) {
        assert.deepEqual(await store.itemsMentioning('fac:station', { offset, limit }), all.slice(offset, offset + limit), `offset ${offset}, limit ${limit}`);
      }
    }));

  it('mentionsOverTime and storiesMentioning count only the first sampleItems items in id order when asked', () =>
    withStore(open, async (store) => {
      const pages = [1, 2, 3, 4].map((n) => datedPage(n, `2024-02-1${n}`, 'day'));
      await addAll(store, ...pages);
      const ids = pages.map((p) => itemId(p.raw.hash, 0)).sort();
      const periodOf = new Map(pages.map((p) => [itemId(p.raw.hash, 0), p.items[0]!.published!.date]));
      const sampled = await store.mentionsOverTime('fac:station', { sampleItems: 2 });
      assert.deepEqual(sampled, ids.slice(0, 2).map((id) => periodOf.get(id)).sort().map((period) => ({ period, items: 1, mentions: 1 })));
      assert.equal((await store.mentionsOverTime('fac:station', { sampleItems: 10 })).length, 4);
      assert.deepEqual(await store.mentionsOverTime('fac:station', { sampleItems: 0 }), []);
      const story = (id: string, itemIds: string[]): StoryRecord => ({ id, title: id, languages: ['en'], first: null, last: null, itemIds });
      const [a, b, c, d] = ids as [string, string, string, string];
      await store.replaceStories([story('story:late', [c, d]), story('story:early', [a]), story('story:mixed', [b, d])]);
      const got = async (options: Parameters<typeof store.storiesMentioning>[1]) => (await store.storiesMentioning('fac:station', options)).map((m) => [m.story.id, m.items]);
      assert.deepEqual(await got({}), [['story:late', 2], ['story:mixed', 2], ['story:early', 1]]);
      assert.deepEqual(await got({ limit: 2 }), [['story:late', 2], ['story:mixed', 2]]);
      assert.deepEqual(await got({ sampleItems: 2 }), [['story:mixed', 1], ['story:early', 1]]);
      assert.deepEqual(await got({ sampleItems: 3, limit: 1 }), [['story:late', 1]]);
      await assert.rejects(store.storiesMentioning('fac:station', { sampleItems: -1 }), /sampleItems/);
    }));

  it('mentionsOverTime counts items and mentions per period at the precision of their dates', () =>
    withStore(open, async (store) => {
      await addAll(store, harbourPage(), ferryPage());
      assert.deepEqual(await store.mentionsOverTime(TOWN.id), [
        { period: '2024-03-12', items: 1, mentions: 1 },
        { period: null, items: 2, mentions: 2 },
      ]);
      await addAll(
        store,
        datedPage(1, '2024-02-10T23:30:00-05:00', 'minute'),
        datedPage(2, '2024-02-10', 'day'),
        datedPage(3, '2024-02-01', 'month'),
        datedPage(4, '2023-01-01', 'year'),
        numberedPage(5),
      );
      assert.deepEqual(await store.mentionsOverTime('fac:station'), [
        { period: '2023', items: 1, mentions: 1 },
        { period: '2024-02', items: 1, mentions: 1 },
        { period: '2024-02-10', items: 2, mentions: 2 },
        { period: null, items: 1, mentions: 1 },
      ]);
      assert.deepEqual(await store.mentionsOverTime('gpe:nowhere'), []);
    }));

  it('coMentions lists the entities sharing items with one entity', () =>
    withStore(open, async (store) => {
      await addAll(store, harbourPage(), ferryPage(), numberedPage(1));
      const council = await store.getEntity(COUNCIL.id);
      assert.ok(council);
      const expected = [
        { ...council, items: 2, mentions: 2 },
        { ...ISLAND, items: 1, mentions: 1 },
      ];
      assert.deepEqual(await store.coMentions(TOWN.id), expected);
      assert.deepEqual(await store.coMentions(TOWN.id, { limit: 1 }), expected.slice(0, 1));
      assert.deepEqual((await store.coMentions(ISLAND.id)).map((e) => [e.id, e.items]), [[TOWN.id, 1], [COUNCIL.id, 1]]);
      assert.deepEqual(await store.coMentions('fac:station'), []);
      assert.deepEqual(await store.coMentions('gpe:nowhere'), []);
    }));

  it('storiesMentioning lists the stories with items that mention one entity', () =>
    withStore(open, async (store) => {
      const h = harbourPage();
      const f = ferryPage();
      const c = lighthousePage();
      await addAll(store, h, f, c);
      assert.deepEqual(await store.storiesMentioning(TOWN.id), []);
      const ferry: StoryRecord = {
        id: 'story:ferry', title: 'Ferry', languages: ['de', 'nl'], first: '2024-03-12T09:30:00+01:00', last: '2024-03-15T08:00:00Z',
        itemIds: [itemId(f.raw.hash, 0), itemId(h.raw.hash, 0)],
      };
      const library: StoryRecord = { id: 'story:library', title: 'Reading room', languages: ['nl'], first: null, last: null, itemIds: [itemId(h.raw.hash, 1), itemId(c.raw.hash, 0), itemId(c.raw.hash, 1)] };
      const market: StoryRecord = { id: 'story:market', title: 'Market', languages: ['en'], first: null, last: null, itemIds: [itemId(c.raw.hash, 2)] };
      await store.replaceStories([market, library, ferry]);
      assert.deepEqual(await store.storiesMentioning(TOWN.id), [{ story: ferry, items: 2 }, { story: library, items: 1 }]);
      assert.deepEqual(await store.storiesMentioning(COUNCIL.id), [{ story: ferry, items: 2 }]);
      assert.deepEqual(await store.storiesMentioning('gpe:nowhere'), []);
    }));
}
