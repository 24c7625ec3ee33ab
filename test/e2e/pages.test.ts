/**
 * End to end in headless Chromium, page by page: the story list's filters, the commitments of a
 * story, an entity's roles and chart, names in the reader's chosen language, clear errors, and
 * keyboard use on every page (each Tab stop shows its focus; links and controls work with Enter).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packageRoot } from '../../src/pipeline/paths.js';
import type { Page } from 'playwright-core';
import { testServer, type TestServer } from '../server/support.js';
import { launchBrowser, skipReason } from './browser.js';

const skip = skipReason();
/** As in ui.test.ts: docs/screenshots/ with DOSSIER_SCREENSHOTS=docs, else a temporary directory. */
const SHOTS = process.env.DOSSIER_SCREENSHOTS === 'docs' ? join(packageRoot(), 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'dossier-shots-'));

/** What has focus: its tag, classes, href and whether its outline shows. */
const FOCUSED = `(() => { const a = document.activeElement; if (!a || a === document.body) return null;
  const s = getComputedStyle(a); return { tag: a.tagName, cls: String(a.getAttribute('class') ?? ''), href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim().slice(0, 60), name: a.getAttribute('name') ?? '', fv: a.matches(':focus-visible'), f: a.matches(':focus'), doc: document.hasFocus(), at: location.hash,
  outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 }; })()`;

interface Focused { tag: string; cls: string; href: string; text: string; name: string; fv: boolean; f: boolean; doc: boolean; at: string; outline: boolean }

/** Presses Tab until `wanted` holds for the focused element (at most `max` times); every stop must show its focus. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, max = 120): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = (await page.evaluate(FOCUSED)) as Focused | null;
    if (!f) continue;
    // SVG links show focus on their circle (style.css), the others by their outline. A date field
    // may hold focus in one of its inner parts (day, month, year), which Chromium marks itself.
    const inner = f.tag === 'INPUT' && !f.f;
    if (!inner && (f.tag !== 'a' || (!f.cls.includes('node') && !f.cls.includes('point')))) assert.ok(f.outline || f.tag === 'H1' || f.tag === 'MAIN', `focus shows on ${JSON.stringify(f)}`);
    if (wanted(f)) return f;
  }
  throw new Error('Tab never reached the element wanted');
}

describe('web UI pages in Chromium', { skip: skip ?? false }, () => {
  let t: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    t = await testServer({ demo: true });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // A 404 answered on purpose (the unknown story below) is logged by the browser as a failed load.
      if (m.type() === 'error' && !/404/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
  });
  after(async () => {
    await browser?.close();
    await t?.stop();
    if (process.env.DOSSIER_SCREENSHOTS !== 'docs') rmSync(SHOTS, { recursive: true, force: true });
  });

  it('filters the story list by language, time range and source from the form, and by entity from an entity page', async () => {
    await page.goto(`${t.url}/#/`);
    await page.waitForSelector('.story-link');
    await page.selectOption('select[name=lang]', 'de');
    await page.fill('input[name=from]', '2025-03-01');
    await page.fill('input[name=to]', '2025-03-31');
    await page.click('button[type=submit]');
    await page.waitForURL(/lang=de/);
    await page.waitForSelector('.story-link, .stories + .empty, p.empty');
    const want = (await t.get('/api/stories?lang=de&from=2025-03-01&to=2025-03-31')).body.total;
    assert.ok(want > 0, 'the demo has German stories in March 2025');
    assert.equal(await page.locator('.story-link').count(), Math.min(want, 25));
    assert.match(page.url(), /from=2025-03-01/);
    assert.equal(await page.locator('select[name=lang]').inputValue(), 'de', 'the form keeps the filter');
    await page.goto(`${t.url}/#/?source=%2Ffr%2F`);
    await page.waitForSelector('.story-link');
    assert.equal(await page.locator('.story-link').count(), Math.min((await t.get('/api/stories?source=/fr/')).body.total, 25));
    await page.goto(`${t.url}/#/entity/gpe%3ANL`);
    await page.click('a[href="#/?entity=gpe%3ANL"]');
    await page.waitForSelector('.filter-note');
    assert.match((await page.locator('.filter-note').textContent()) ?? '', /Only stories mentioning Netherlands/, 'the note names the entity, not its id');
    await page.waitForSelector('.story-link');
    assert.equal(await page.locator('.story-link').count(), Math.min((await t.get('/api/stories?entity=gpe:NL')).body.total, 25));
  });

  it('shows a story\'s commitments with their status and a link to each sentence\'s item', async () => {
    const all = (await t.get('/api/commitments?limit=500')).body;
    const story = (await t.store.listStories()).find((s) => s.itemIds.includes(all.commitments[0].evidence.itemId));
    assert.ok(story);
    const expected = (await t.get(`/api/commitments?story=${encodeURIComponent(story.id)}`)).body;
    await page.goto(`${t.url}/#/story/${encodeURIComponent(story.id)}`);
    await page.waitForSelector('#commitments:not([aria-busy])');
    assert.equal(await page.locator('#commitments li.commitment').count(), expected.commitments.length);
    const first = page.locator('#commitments li.commitment').first();
    assert.equal(await first.locator('.status').first().textContent(), expected.commitments[0].status);
    assert.equal(await first.locator('q').first().textContent(), expected.commitments[0].evidence.sentence);
    assert.equal(await first.locator('.evidence-sentence a').getAttribute('href'), `#/item/${encodeURIComponent(expected.commitments[0].evidence.itemId)}`);
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('#commitments').screenshot({ path: join(SHOTS, 'story-commitments.png') });
  });

  it('shows an entity\'s roles in events, its chart, and its name in the reader\'s chosen language', async () => {
    const [actor] = (await t.store.listEvents()).flatMap((e) => e.actors);
    assert.ok(actor);
    const data = (await t.get(`/api/entities/${encodeURIComponent(actor.entity)}`)).body;
    await page.goto(`${t.url}/#/entity/${encodeURIComponent(actor.entity)}`);
    await page.waitForSelector('table.roles');
    assert.equal(await page.locator('table.roles tbody tr').count(), data.roles.length);
    assert.equal(await page.locator('table.roles tbody tr th').first().textContent(), data.roles[0].role);
    if (data.timeline.length) assert.equal(await page.locator('svg.chart rect').count(), data.timeline.length);
    // Names in the reader's language: the page heading follows the "Names in" choice.
    const entity = (await t.get('/api/entities/gpe:NL')).body.entity;
    const [lang, names] = Object.entries(entity.names as Record<string, string[]>).find(([, list]) => list[0] !== entity.name) ?? [];
    assert.ok(lang && names, 'the Netherlands have a name other than the display name');
    await page.goto(`${t.url}/#/entity/gpe%3ANL`);
    await page.waitForSelector('table.names');
    assert.equal(await page.locator('h1').textContent(), entity.name);
    await page.selectOption('#reader-lang', lang);
    await page.locator('h1', { hasText: names[0] }).waitFor();
    assert.equal(await page.locator('h1').textContent(), names[0]);
    await page.selectOption('#reader-lang', '');
  });

  it('shows an item\'s text beside what extraction dropped (role, rule, text) and its messages', async () => {
    // Lists leave `dropped` out; the single-item read has it.
    const item = (await Promise.all((await t.store.listItems()).map((i) => t.store.getItem(i.id)))).find((i) => (i?.dropped?.length ?? 0) > 0);
    assert.ok(item, 'the demo has an HTML page with dropped blocks');
    const data = (await t.get(`/api/items/${encodeURIComponent(item.id)}`)).body;
    await page.goto(`${t.url}/#/item/${encodeURIComponent(item.id)}`);
    await page.waitForSelector('.dropped-list');
    assert.equal(await page.locator('.two > .panel').nth(1).locator('h2').textContent(), 'Dropped by extraction', 'beside the extracted text');
    assert.equal(await page.locator('.dropped-list > li').count(), data.item.dropped.length);
    const first = page.locator('.dropped-list > li').first();
    assert.equal(await first.locator('strong').textContent(), data.item.dropped[0].role);
    assert.equal(await first.locator('code').textContent(), data.item.dropped[0].rule);
    assert.equal(await first.locator('.dropped-text').textContent(), data.item.dropped[0].text);
    if (data.messages.length) assert.equal(await page.locator('ul.messages > li').count(), data.messages.length);
    else assert.equal(await page.locator('ul.messages').count(), 0);
  });

  it('answers an unknown story or a bad link with a clear message and a way back', async () => {
    await page.goto(`${t.url}/#/story/s-none`);
    await page.waitForSelector('p.error');
    assert.equal(await page.locator('h1').textContent(), 'Could not load this page');
    assert.match((await page.locator('p.error').textContent()) ?? '', /No story with id "s-none"/);
    assert.equal(await page.locator('main a[href="#/"]').count(), 1);
    await page.goto(`${t.url}/#/nowhere`);
    await page.waitForSelector('h1');
    assert.equal(await page.locator('h1').textContent(), 'Not found');
  });

  it('is usable by keyboard on every page: list filters, story sections, entity links and the item page', async () => {
    // A fresh tab: no mouse-driven state from the tests above.
    await page.close();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Focus styles apply only in the focused window.
    await page.bringToFront();
    await page.goto(`${t.url}/#/`);
    await page.waitForSelector('.story-link');
    const first = "document.querySelector('a[href], button, input, select, summary, [tabindex]:not([tabindex=\"-1\"])')?.textContent";
    assert.equal(await page.evaluate(first), 'Skip to content', 'the first Tab stop skips to the content');
    await page.focus('a.skip');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate('document.activeElement?.id'), 'main');
    // Story list: the search field, typed into and submitted with Enter.
    await tabTo(page, (f) => f.tag === 'INPUT' && f.cls === '' && f.href === '' && f.text === '');
    await page.keyboard.type('Rotterdam');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Rotterdam/);
    // The new list is drawn when focus lands on its heading (the old one is still there before).
    await page.locator('main:not([aria-busy]) h1:focus').waitFor();
    await tabTo(page, (f) => f.cls.includes('story-link'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('#map:not([aria-busy])');
    assert.equal(await page.evaluate('document.activeElement?.tagName'), 'H1', 'focus moves to the new page\'s heading');
    // Story page: an actor of the graph and a place on the map (links in the SVG), a section link,
    // then an entity mention in an item.
    const [story] = (await t.get('/api/stories?q=Rotterdam&limit=1')).body.stories;
    const parts = (await t.get(`/api/stories/${encodeURIComponent(story.id)}/events`)).body;
    assert.ok(parts.graph.nodes.length > 0 && parts.places.points.length > 0, 'the story has actors and places');
    const node = await tabTo(page, (f) => f.tag === 'a' && f.cls === 'node');
    assert.ok(node.href.startsWith('#/entity/'));
    await tabTo(page, (f) => f.tag === 'a' && f.cls.startsWith('point'));
    await page.locator('h1').focus();
    await tabTo(page, (f) => f.href === '#items');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate('document.activeElement?.id'), 'items', 'a section link moves focus to its section');
    const mention = await tabTo(page, (f) => f.cls.includes('mention') && f.href.startsWith('#/entity/'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('table.names');
    assert.equal(new URL(page.url()).hash, mention.href);
    // Entity page: on to an item that mentions it.
    const item = await tabTo(page, (f) => f.href.startsWith('#/item/'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('.dropped');
    assert.equal(new URL(page.url()).hash, item.href);
    // Item page: the dropped list folds and unfolds from its summary.
    await tabTo(page, (f) => f.tag === 'SUMMARY');
    const open = () => page.evaluate("document.querySelector('.dropped details').open");
    assert.equal(await open(), true);
    await page.keyboard.press('Enter');
    assert.equal(await open(), false);
    await page.keyboard.press('Enter');
    assert.equal(await open(), true);
  });

  it('raised no script errors and no Content-Security-Policy violations', () => {
    assert.deepEqual(problems, []);
  });
});
