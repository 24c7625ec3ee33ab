import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedPath } from '../pipeline/paths.js';
import { annotate } from './index.js';

const seeds = sharedPath('seeds');
const skip = seeds ? false : 'the shared seed captures (../shared/seeds) are not present';

/** The entity ids found in the seed file whose name starts with `prefix`, read in `lang`. */
function ids(prefix: string, lang: string): Set<string> {
  const name = readdirSync(seeds!).find((file) => file.startsWith(prefix));
  assert.ok(name, `no seed file starting with ${prefix}`);
  const text = readFileSync(join(seeds!, name), 'utf8');
  const mentions = annotate(text, lang);
  let end = 0;
  for (const m of mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.start >= end);
    end = m.end;
  }
  return new Set(mentions.map((m) => m.entity));
}

test('seeds: the main actors are found with the same ids across the Dutch and German files', { skip }, () => {
  const files = { '000': ids('000_', 'nl'), '001': ids('001_', 'de'), '002': ids('002_', 'de'), '003': ids('003_', 'nl'), '004': ids('004_', 'de') };
  const expect = (file: keyof typeof files, id: string): void => assert.ok(files[file].has(id), `${id} missing in seed ${file}`);
  for (const file of ['000', '001', '002', '004'] as const) {
    expect(file, 'gpe:US');
    expect(file, 'gpe:JP');
  }
  for (const file of ['000', '004'] as const) {
    expect(file, 'per:joe-biden');
    expect(file, 'per:fumio-kishida');
  }
  expect('002', 'org:nato');
  expect('003', 'org:nato');
  expect('001', 'org:us-forces-japan');
  expect('001', 'equipment:f-35');
  expect('004', 'equipment:f-35');
  // The China–Russia page is about other people.
  for (const id of ['per:vladimir-putin', 'per:sergei-lavrov', 'per:wang-yi', 'gpe:CN', 'gpe:RU']) expect('003', id);
  assert.ok(!files['003'].has('gpe:JP'));
});
