import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Item } from '../pipeline/types.js';
import { itemFullText } from '../pipeline/types.js';
import { entitiesForItems, entitiesStage, lookupEntity, resolveAcrossItems, SURNAME_ACROSS_RULE, TAGGER_RULE } from './index.js';
import { testItem } from '../pipeline/test-item.js';

/** An item as extraction would leave it, with its language already detected. */
function item(index: number, lang: string, text: string, title: string | null = null): Item {
  return testItem({
    source: `test-${index}.txt`,
    index,
    documentHash: `hash-${index}`,
    title,
    text,
    capturedAt: '2024-04-10T12:00:00Z',
    lang: { code: lang, confidence: 0.99, provenance: { certainty: 'inferred', rule: 'test' } },
  });
}

function annotated(...items: Item[]): Item[] {
  for (const it of items) entitiesStage.run(it, { referenceTime: it.capturedAt });
  return items;
}

test('the stage annotates title and text with offsets into itemFullText, in the item language', () => {
  const [it] = annotated(item(0, 'nl', 'De Verenigde Staten en Japan tekenen.', 'Biden ontvangt Kishida'));
  assert.equal(entitiesStage.name, 'entities');
  const full = itemFullText(it!);
  for (const m of it!.mentions) assert.equal(full.slice(m.start, m.end), m.text);
  // Bare surnames without a full name or a role in the item are not taken for persons here.
  assert.deepEqual(it!.mentions.map((m) => m.entity), ['gpe:US', 'gpe:JP']);
  assert.equal(it!.mentions[0]!.start, 'Biden ontvangt Kishida\n\nDe '.length);
  const und = item(1, 'und', 'Japan');
  und.lang = null;
  assert.deepEqual(annotated(und)[0]!.mentions.map((m) => m.entity), ['gpe:JP']);
});

test('across items, a surname links to the one full-name person with that surname', () => {
  const items = annotated(
    item(0, 'de', 'Präsident Joe Biden empfing Premierminister Fumio Kishida.'),
    item(1, 'nl', 'Biden ontvangt Kishida. President Biden zegt weinig.'),
  );
  // `Kishida` alone may be guessed by the tagger (any type); the rules find only `President Biden`.
  assert.deepEqual(items[1]!.mentions.filter((m) => !m.provenance.rule.startsWith(TAGGER_RULE)).map((m) => m.entity), ['per:biden']);
  const changed = resolveAcrossItems(items);
  assert.equal(changed, 3);
  assert.deepEqual(items[1]!.mentions.map((m) => `${m.text}:${m.entity}`), ['Biden:per:joe-biden', 'Kishida:per:fumio-kishida', 'Biden:per:joe-biden']);
  assert.ok(items[1]!.mentions.every((m) => m.provenance.rule === SURNAME_ACROSS_RULE && m.provenance.certainty === 'inferred'));
  assert.equal(items[1]!.mentions[0]!.provenance.evidence, 'Joe Biden');
});

test('across items, two known people sharing a surname are never merged', () => {
  const items = annotated(
    item(0, 'en', 'President Joe Biden spoke.'),
    item(1, 'en', 'Hunter Biden testified.'),
    item(2, 'de', 'Präsident Biden schwieg. Biden reiste ab.'),
  );
  resolveAcrossItems(items);
  assert.deepEqual(items[2]!.mentions.map((m) => m.entity), ['per:biden']);
  assert.equal(items[2]!.mentions[0]!.provenance.rule, 'entities/person/surname-only');
});

test('across items, bare surnames are found only where they are not ordinary words', () => {
  const items = annotated(item(0, 'de', 'Präsident Joe Biden traf Kanzler Olaf Scholz.'), item(1, 'de', 'Biden und Scholz sprachen; die Koch-Show lief.'));
  resolveAcrossItems(items);
  assert.deepEqual(items[1]!.mentions.map((m) => `${m.text}:${m.entity}`), ['Biden:per:joe-biden', 'Scholz:per:olaf-scholz']);
});

test('entitiesForItems merges the names seen per language into one record per id', () => {
  const items = annotated(
    item(0, 'nl', 'De Verenigde Staten en de NAVO; president Joe Biden in Tokio.'),
    item(1, 'de', 'Die Vereinigten Staaten und die Nato; Präsident Joe Biden in Tokio.'),
  );
  const entities = entitiesForItems(items);
  assert.deepEqual(entities.map((e) => e.id), ['gpe:US', 'org:nato', 'per:joe-biden', 'gpe:city:1850147']);
  const us = entities[0]!;
  assert.equal(us.name, 'United States');
  assert.ok(us.names.nl!.includes('Verenigde Staten'));
  assert.ok(us.names.de!.includes('Vereinigte Staaten'));
  const biden = entities[2]!;
  assert.deepEqual([biden.type, biden.name, biden.names], ['PER', 'Joe Biden', { nl: ['Joe Biden'] }]);
  const tokyo = entities[3]!;
  assert.ok(tokyo.geo && Math.abs(tokyo.geo.lat - 35.69) < 0.1 && Math.abs(tokyo.geo.lon - 139.69) < 0.1);
  assert.deepEqual(entitiesForItems([]), []);
});

test('lookupEntity returns catalogue entities with names per language, and copies', () => {
  const japan = lookupEntity('gpe:JP')!;
  assert.deepEqual([japan.type, japan.name], ['GPE', 'Japan']);
  assert.ok(japan.names.fr!.includes('Japon') && japan.names.es!.includes('Japón') && japan.names.de!.includes('Japan'));
  assert.ok(lookupEntity('gpe:US')!.names.nl!.includes('VS'));
  assert.ok(lookupEntity('org:nato')!.names.nl!.includes('NAVO'));
  assert.equal(lookupEntity('org:us-forces-japan')!.name, 'US Forces Japan');
  assert.ok(lookupEntity('gpe:city:1850147')!.names.de!.includes('Tokio'));
  assert.equal(lookupEntity('equipment:f-35')!.type, 'EQUIPMENT');
  assert.equal(lookupEntity('agreement:dicas')!.type, 'AGREEMENT');
  assert.equal(lookupEntity('per:joe-biden'), null);
  assert.equal(lookupEntity('gpe:XX'), null);
  lookupEntity('gpe:JP')!.names.en = [];
  assert.ok(lookupEntity('gpe:JP')!.names.en!.length > 0);
});
