import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testItem } from '../pipeline/test-item.js';
import type { Item } from '../pipeline/types.js';
import { entitiesStage } from './index.js';
import { statedRoles } from './stated-roles.js';

/** An annotated item in `lang` with `text` (sentences written for this test). */
function annotated(lang: string, text: string): Item {
  const item = testItem({ source: 'roles.txt', index: 0, documentHash: 'hash-roles', title: null, text, capturedAt: '2025-02-01T12:00:00Z', lang: { code: lang, confidence: 0.99, provenance: { certainty: 'inferred', rule: 'test' } } });
  entitiesStage.run(item, { referenceTime: item.capturedAt });
  return item;
}

const pick = (item: Item, id: string) => statedRoles(item, id).map((r) => [r.role, r.country, r.countryText]);

test('a role before the name, with the country before the role', () => {
  const de = annotated('de', 'Am Montag empfing Japans Verteidigungsminister Anna Takeda in Tokio eine Abordnung.');
  assert.deepEqual(pick(de, 'per:anna-takeda'), [['Verteidigungsminister', 'gpe:JP', 'Japans']]);
  const hyphen = annotated('de', 'Später sprach US-Botschafter Peter Lindqvist mit Reportern.');
  assert.deepEqual(pick(hyphen, 'per:peter-lindqvist'), [['Botschafter', 'gpe:US', 'US']]);
});

test('a demonym before the role, and a multi-word role phrase', () => {
  const nl = annotated('nl', 'Gisteren zei de Franse minister van Buitenlandse Zaken Marie Lefort dat het overleg doorgaat.');
  assert.deepEqual(pick(nl, 'per:marie-lefort'), [['minister van Buitenlandse Zaken', 'gpe:FR', 'Franse']]);
});

test('an apposition after the name, and a later bare surname after a role word', () => {
  const nl = annotated('nl', 'Peter Lindqvist, de Amerikaanse ambassadeur, bezocht de haven. Later herhaalde ambassadeur Lindqvist zijn oproep.');
  const roles = pick(nl, 'per:peter-lindqvist');
  assert.deepEqual(roles[0], ['ambassadeur', 'gpe:US', 'Amerikaanse']);
  assert.deepEqual(roles.at(-1), ['ambassadeur', null, null]);
});

test('no role when none is stated, and none for another person', () => {
  const en = annotated('en', 'Peter Lindqvist arrived on Tuesday. He met Anna Takeda.');
  assert.deepEqual(statedRoles(en, 'per:peter-lindqvist'), []);
  const de = annotated('de', 'Japans Verteidigungsminister Anna Takeda traf Peter Lindqvist.');
  assert.deepEqual(statedRoles(de, 'per:peter-lindqvist'), []);
});
