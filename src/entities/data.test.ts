import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dataPath } from '../pipeline/paths.js';
import { lookupEntity } from './index.js';

/** The data files of src/entities (other stages own other files under data/). */
const JSON_FILES = ['organisations.json', 'equipment.json', 'agreements.json', 'locations.json', 'events.json', 'country-variants.json', 'demonyms.json', 'city-exonyms.json', 'name-variants.json'];
const LIST_FILES = ['given-names.txt', 'family-name-first.txt'];

function json(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(dataPath(file), 'utf8')) as Record<string, unknown>;
}

test('every hand-written data file states its source and licence', () => {
  for (const file of JSON_FILES) {
    const data = json(file);
    assert.equal(typeof data._source, 'string', `${file}: _source`);
    assert.equal(typeof data._licence, 'string', `${file}: _licence`);
  }
  for (const file of LIST_FILES) {
    const header = readFileSync(dataPath(file), 'utf8').split('\n').filter((l) => l.startsWith('#')).join('\n');
    assert.match(header, /Source:/, file);
    assert.match(header, /Licence:/, file);
  }
});

test('the generated city gazetteer says how it was made and keeps its threshold', () => {
  const data = json('cities.json') as { _generated: string; _licence: string; minPopulation: number; cities: [number, string, string, number, number, number][] };
  assert.match(data._generated, /scripts\/build-cities\.ts/);
  assert.match(data._licence, /CC BY 4\.0/);
  const forced = new Set((json('city-exonyms.json').cities as { id: number }[]).map((c) => c.id));
  for (const [id, name, , population] of data.cities) assert.ok(population >= data.minPopulation || forced.has(id), `${name} (${id}) is below the threshold`);
  const ids = new Set(data.cities.map((c) => c[0]));
  for (const id of forced) assert.ok(ids.has(id), `city-exonyms.json names ${id}, missing from cities.json`);
});

test('catalogue ids are well-formed slugs, unique, and resolve', () => {
  const seen = new Set<string>();
  for (const file of ['organisations.json', 'equipment.json', 'agreements.json', 'locations.json', 'events.json']) {
    for (const entry of json(file).entries as { id: string }[]) {
      assert.match(entry.id, /^(org|equipment|agreement|loc|fac|event):[a-z0-9]+(-[a-z0-9]+)*$/, `${file}: ${entry.id}`);
      assert.ok(!seen.has(entry.id), `${entry.id} twice`);
      seen.add(entry.id);
      assert.ok(lookupEntity(entry.id), entry.id);
    }
  }
});

test('demonyms and country variants name real ISO 3166-1 countries', () => {
  const demonyms = json('demonyms.json') as { adjectives: Record<string, unknown>; people: Record<string, unknown> };
  const variants = json('country-variants.json') as { variants: Record<string, unknown>; display: Record<string, unknown> };
  for (const code of [...Object.keys(demonyms.adjectives), ...Object.keys(demonyms.people), ...Object.keys(variants.variants), ...Object.keys(variants.display)]) {
    assert.ok(lookupEntity(`gpe:${code}`), `gpe:${code}`);
  }
});
