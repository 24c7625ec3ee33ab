/**
 * End to end in headless Chromium: open the story list, open a story, see its timeline, graph and
 * map, follow an entity, read an item whose text holds markup, and do it by keyboard. Screenshots
 * go to a temporary directory; with DOSSIER_SCREENSHOTS=docs they refresh docs/screenshots/ for the
 * README (`DOSSIER_SCREENSHOTS=docs npm test -- e2e`), so an ordinary test run changes no tracked file.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { packageRoot } from '../../src/pipeline/paths.js';
import { INFERRED_MEETING_ACTORS, ingestInferred } from '../server/inferred-fixture.js';
import { testServer, type TestServer } from '../server/support.js';
import { launchBrowser, skipReason } from './browser.js';

const SHOTS = process.env.DOSSIER_SCREENSHOTS === 'docs' ? join(packageRoot(), 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'dossier-shots-'));
const TOKEN = 'e2e-token';
const HOSTILE = { id: 'e2e-hostile', title: 'Pier <i>closed</i>', text: 'The pier in Rotterdam stayed shut on Monday <script>window.__dossierPwned = 1</script> while <img src=x onerror="window.__dossierPwned = 2"> inspectors checked the piles.', lang: 'en', published: '2025-03-03T10:00:00Z' };
const skip = skipReason();

describe('web UI in Chromium', { skip: skip ?? false }, () => {
  let t: TestServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    t = await testServer({ demo: true, token: TOKEN });
    const r = await fetch(`${t.url}/api/ingest`, { method: 'POST', body: JSON.stringify(HOSTILE), headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${TOKEN}` } });
    assert.equal(r.status, 200);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await t?.stop();
    if (process.env.DOSSIER_SCREENSHOTS !== 'docs') rmSync(SHOTS, { recursive: true, force: true });
  });

  it('lists the stories and searches them', async () => {
    await page.goto(`${t.url}/`);
    await page.waitForSelector('.story-link');
    const total = (await t.get('/api/stories')).body.total;
    assert.equal(await page.locator('.story-link').count(), Math.min(total, 25));
    await page.screenshot({ path: join(SHOTS, 'story-list.png') });
    await page.fill('input[name=q]', 'Rotterdam');
    await page.click('button[type=submit]');
    await page.waitForURL(/q=Rotterdam/);
    await page.waitForSelector('.story-link');
    const filtered = (await t.get('/api/stories?q=Rotterdam')).body.total;
    assert.equal(await page.locator('.story-link').count(), Math.min(filtered, 25));
  });

  it('opens a story with its timeline, actor graph, map and items by language', async () => {
    const [first] = (await t.get('/api/stories?limit=1')).body.stories;
    const data = (await t.get(`/api/stories/${encodeURIComponent(first.id)}`)).body;
    await page.goto(`${t.url}/#/`);
    await page.click(`a.story-link[href="#/story/${encodeURIComponent(first.id)}"]`);
    await page.waitForSelector('svg.map .points');
    assert.equal(await page.locator('h1').textContent(), first.title);
    assert.equal(await page.locator('.timeline > li').count(), data.timeline.length);
    assert.ok((await page.locator('.timeline .precision').first().textContent())?.length);
    assert.equal(await page.locator('svg.graph .node').count(), data.graph.nodes.length);
    assert.equal(await page.locator('svg.graph .edge').count(), data.graph.edges.length);
    assert.equal(await page.locator('svg.map .point').count(), data.places.points.length);
    assert.ok((await page.locator('svg.map .countries path').count()) > 150);
    assert.equal(await page.locator('.language-group').count(), new Set(data.items.map((i: any) => i.lang ?? 'und')).size);
    assert.ok((await page.locator('.item mark.evidence').count()) > 0);
    await page.screenshot({ path: join(SHOTS, 'story.png') });
    await page.locator('#timeline').screenshot({ path: join(SHOTS, 'story-timeline.png') });
    await page.locator('.two').first().screenshot({ path: join(SHOTS, 'story-actors-map.png') });
    await page.locator('.language-group').first().screenshot({ path: join(SHOTS, 'story-items.png') });
  });

  it('follows an entity mention to the entity page', async () => {
    const mention = page.locator('.item a.mention').first();
    const href = (await mention.getAttribute('href')) ?? '';
    await mention.click();
    await page.waitForSelector('table.names');
    assert.equal(new URL(page.url()).hash, href);
    const id = decodeURIComponent(href.replace('#/entity/', ''));
    const entity = (await t.get(`/api/entities/${encodeURIComponent(id)}`)).body;
    assert.equal(await page.locator('table.names tbody tr').count(), Object.keys(entity.entity.names).length);
    assert.equal(await page.locator('.related li').count(), entity.stories.length);
    await page.screenshot({ path: join(SHOTS, 'entity.png'), fullPage: true });
  });

  it('shows markup in article text as text and runs none of it', async () => {
    const [item] = (await t.store.listItems()).filter((i) => i.givenId === HOSTILE.id);
    assert.ok(item);
    await page.goto(`${t.url}/#/item/${encodeURIComponent(item.id)}`);
    await page.waitForSelector('.body-text');
    assert.match((await page.locator('.body-text').textContent()) ?? '', /<script>window\.__dossierPwned = 1<\/script>/);
    assert.equal(await page.locator('main script, main img').count(), 0);
    assert.equal(await page.evaluate('typeof window.__dossierPwned'), 'undefined');
    await page.screenshot({ path: join(SHOTS, 'item.png'), fullPage: true });
  });

  it('is usable by keyboard: Tab reaches a story link and Enter opens it', async () => {
    await page.goto(`${t.url}/#/`);
    await page.waitForSelector('.story-link');
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await page.evaluate("document.activeElement?.classList.contains('story-link') ?? false")) === true;
    }
    assert.ok(found, 'a story link took focus');
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    assert.notEqual(outline, 'none');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.timeline, .empty');
    assert.match(page.url(), /#\/story\//);
    assert.equal(await page.evaluate('document.activeElement?.tagName'), 'H1');
  });

  it('marks an inferred date on a story timeline, with its rule and evidence chain on focus and hover, and an open date as open', async () => {
    await ingestInferred(t.store);
    const found = (await t.get('/api/stories?q=Ravel')).body.stories as any[];
    let storyId: string | undefined;
    for (const s of found) {
      const events = (await t.get(`/api/stories/${encodeURIComponent(s.id)}/events`)).body.timeline as any[];
      if (events.some((e) => e.time?.provenance?.certainty === 'inferred' && INFERRED_MEETING_ACTORS.every((id) => e.actors.some((a: any) => a.id === id)))) storyId = s.id;
    }
    assert.ok(storyId, 'the fixture story has the inferred meeting');
    await page.goto(`${t.url}/#/story/${encodeURIComponent(storyId)}`);
    await page.waitForSelector('#timeline:not([aria-busy])');
    const event = page.locator('.timeline > li', { has: page.locator('time.date-inferred[datetime="2024-04-10"]') }).first();
    assert.equal(await event.locator('time').textContent(), '≈ 10 Apr 2024');
    const label = event.locator('.inferred-label');
    assert.equal(await label.textContent(), '(inferred)');
    const why = event.locator('.inferred-why');
    assert.equal(await why.isVisible(), false, 'the explanation waits for focus or hover');
    assert.equal(await label.getAttribute('aria-describedby'), await why.getAttribute('id'));
    // Keyboard: the label is in the Tab order, and focus shows the rule and chain.
    assert.equal(await label.getAttribute('tabindex'), '0');
    await label.focus();
    await why.waitFor({ state: 'visible' });
    assert.match((await why.textContent()) ?? '', /Inferred by dates\/across\/coreferent-report/);
    assert.match((await why.textContent()) ?? '', /16 April 2024/);
    assert.ok((await why.locator('.chain li').count()) >= 2, 'each step of the chain is listed');
    await page.locator('#timeline').screenshot({ path: join(SHOTS, 'story-timeline-inferred.png') });
    await page.locator('h1').focus();
    await why.waitFor({ state: 'hidden' });
    await label.hover();
    await why.waitFor({ state: 'visible' });
    // The item page marks its event mentions' inferred dates the same way.
    const pact = ((await t.get(`/api/stories/${encodeURIComponent(storyId)}/items`)).body.items as any[]).find((i) => i.title === 'Ravel and Okafor sign harbour pact in Bergen');
    assert.ok(pact);
    await page.goto(`${t.url}/#/item/${encodeURIComponent(pact.id)}`);
    await page.locator('.event-mention time.date-inferred').first().waitFor();
    assert.equal(await page.locator('.event-mention time.date-inferred').first().textContent(), '≈ 10 Apr 2024');
    // The open date of the unrelated meeting in Reykjavik: its year stays unknown.
    const [ferry] = (await t.get('/api/stories?q=Reykjavik')).body.stories as any[];
    await page.goto(`${t.url}/#/story/${encodeURIComponent(ferry.id)}`);
    await page.waitForSelector('#timeline:not([aria-busy])');
    assert.equal(await page.locator('.timeline .date-open').first().textContent(), '3 March, year unknown');
  });

  it('shows a large story a page of items at a time, and the next page on request', async () => {
    const stories = await t.store.listStories();
    const items = await t.store.listItems();
    assert.ok(items.length > 50);
    const languages = [...new Set(items.map((i) => i.lang?.code ?? 'und'))].sort();
    await t.store.replaceStories([{ id: 'e2e-all', title: 'Every item', languages, first: null, last: null, itemIds: items.map((i) => i.id) }]);
    try {
      const next = (await t.get('/api/stories/e2e-all/items?limit=1&offset=50')).body.items[0];
      await page.goto(`${t.url}/#/story/e2e-all`);
      await page.waitForSelector('#map:not([aria-busy])');
      assert.equal(await page.locator('article.item').count(), 50);
      assert.match((await page.locator('#items [role=status]').textContent()) ?? '', new RegExp(`50 of ${items.length}`));
      await page.locator('button.more-items').focus();
      await page.keyboard.press('Enter');
      // A locator wait, not waitForFunction: polling a predicate needs eval, which the page's CSP forbids.
      await page.locator('article.item').nth(items.length - 1).waitFor();
      assert.equal(await page.locator('article.item').count(), items.length);
      assert.equal(await page.locator('button.more-items').isHidden(), true);
      assert.equal(await page.evaluate("document.activeElement?.closest('article.item')?.id"), `item-${next.id}`);
    } finally {
      await t.store.replaceStories(stories);
    }
  });

  it('raised no script errors and no Content-Security-Policy violations', () => {
    assert.deepEqual(problems, []);
  });
});
