import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { ClassNode } from './html-class-dates.js';
import { labelDateCandidates } from './html-label-dates.js';
import { documentDateCandidates } from './document-dates.js';
import { resolvePublished } from './published.js';
import { candidatesItem, ownCandidate } from './test-support.js';

const CAPTURE = Date.parse('2024-06-01T12:00:00Z');
const CAPTURED = '2024-06-01T12:00:00.000Z';

const read = (body: string): string[] => {
  const dom = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as ClassNode;
  return labelDateCandidates(dom, CAPTURE).map((c) => `${c.origin}=${c.text}`);
};

const BODY = '<p>The ferry timetable changes next week for the winter season on the lake.</p>'.repeat(3);

test('a date right after a publication label is offered wherever it stands, in any registered language', () => {
  assert.deepEqual(read(`${BODY}<div class="foot"><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p></div>`), ['text:label=01.11.2023']);
  assert.deepEqual(read(`${BODY}<ul><li><p>Mise en ligne</p><p>23 mai 2019</p></li></ul>`), ['text:label=23 mai 2019']);
  assert.deepEqual(read(`<p>Published on Tuesday, 7 May 2024</p>${BODY}`), ['text:label=Tuesday, 7 May 2024']);
});

test('no label, a distant date, a change phrase between, or a block of other entries: nothing offered', () => {
  assert.deepEqual(read(`${BODY}<p>03.05.2024</p>`), []);
  assert.deepEqual(read(`<p>Published in the spring issue of the magazine, with photos, on 7 May 2024</p>${BODY}`), []);
  assert.deepEqual(read(`<p>Veröffentlicht, zuletzt aktualisiert 07.05.2024</p>${BODY}`), []);
  assert.deepEqual(read(`${BODY}<div class="sidebar"><p>Published on 7 May 2024</p></div><ol class="comments"><li>Veröffentlicht am 8.5.2024</li></ol>`), []);
});

test('a labelled date ranks below dates near the title and serves when nothing else does', () => {
  const labelled = resolvePublished(candidatesItem([ownCandidate('01.11.2023', 'text:label')], CAPTURED, 'de'));
  assert.deepEqual([labelled.date, labelled.basis], ['2023-11-01', 'text']);
  const titled = resolvePublished(candidatesItem([ownCandidate('01.11.2023', 'text:label'), ownCandidate('2. November 2023', 'text:title')], CAPTURED, 'de'));
  assert.equal(titled.date, '2023-11-02');
});

test('month-first dates with a translated month name and an English ordinal are read', () => {
  const wordpress = resolvePublished(candidatesItem([ownCandidate('Juli 12, 2017', 'text:class')], CAPTURED, 'de'));
  assert.equal(wordpress.date, '2017-07-12');
  const ordinal = resolvePublished(candidatesItem([ownCandidate('Sonntag, Dezember 16th, 2012, 7:05 pm', 'hatom:published')], CAPTURED, 'de'));
  assert.equal(ordinal.date, '2012-12-16');
  const bare = resolvePublished(candidatesItem([ownCandidate('Mai 06 2018', 'text:class')], CAPTURED, 'de'));
  assert.equal(bare.date, '2018-05-06');
  // Not a day: a count after the month, or an impossible day.
  assert.equal(resolvePublished(candidatesItem([ownCandidate('Juli 45, 2017', 'text:class')], CAPTURED, 'de')).date, null);
});

test('a date line inside the <h1> beside the title is offered when none is found around it; a date in the title words is not', () => {
  const doc = (content: string) => documentDateCandidates({ mediaType: 'text/html', content, capturedAt: { date: CAPTURED, basis: 'option' } });
  const inside = doc(`<html><body><h1>Spectators return to the regional clubs<br><small><span class="icon"></span>&nbsp;02.02.2022 • Sport</small></h1>${BODY}</body></html>`);
  assert.deepEqual(inside.map((c) => [c.origin, c.text]), [['text:title', '02.02.2022']]);
  const subject = doc(`<html><body><h1><span>Results of the vote of 5 May 2021</span></h1>${BODY}</body></html>`);
  assert.deepEqual(subject, []);
});

test('a shown date years before a script publication key is a date the page speaks of: no answer', () => {
  const birth = resolvePublished(candidatesItem([ownCandidate('28 January 1975', 'text:class'), ownCandidate('2012-06-24', 'script:publishDate')], CAPTURED, 'en'));
  assert.equal(birth.date, null);
  // A few days apart: the shown date stands.
  const near = resolvePublished(candidatesItem([ownCandidate('20 June 2012', 'text:class'), ownCandidate('2012-06-24', 'script:publishDate')], CAPTURED, 'en'));
  assert.equal(near.date, '2012-06-20');
});
