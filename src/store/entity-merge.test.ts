import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../pipeline/types.js';
import { byCodePoint, collapseEntities, mergeEntity, mergeNames, normaliseNames, sameNames } from './entity-merge.js';

describe('entity merge', () => {
  it('sorts by code point, also beyond U+FFFF', () => {
    assert.deepEqual(['\u{1D4DD}x', '\uFB01', 'b', 'B'].sort(byCodePoint), ['B', 'b', '\uFB01', '\u{1D4DD}x']);
  });

  it('normalises and merges per-language names', () => {
    assert.deepEqual(normaliseNames({ nl: ['b', 'a', 'b'], fy: [] }), { nl: ['a', 'b'], fy: [] });
    assert.deepEqual(mergeNames({ nl: ['Noordkaap'] }, { nl: ['Noord-Kaap', 'Noordkaap'], de: ['Nordkap'] }), { nl: ['Noord-Kaap', 'Noordkaap'], de: ['Nordkap'] });
    assert.equal(sameNames({ nl: ['a'] }, { nl: ['a'] }), true);
    assert.equal(sameNames({ nl: ['a'] }, { nl: ['a'], de: [] }), false);
    assert.equal(sameNames({ nl: ['a'] }, { nl: ['b'] }), false);
  });

  it('keeps the stored type, name and coordinates, filling missing coordinates', () => {
    const stored: Entity = { id: 'gpe:x', type: 'GPE', name: 'X', names: { en: ['X'] } };
    const incoming: Entity = { id: 'gpe:x', type: 'LOC', name: 'Ex', names: { de: ['Ix'] }, geo: { lat: 1, lon: 2 } };
    assert.deepEqual(mergeEntity(stored, incoming), { id: 'gpe:x', type: 'GPE', name: 'X', names: { en: ['X'], de: ['Ix'] }, geo: { lat: 1, lon: 2 } });
    assert.deepEqual(mergeEntity({ ...stored, geo: { lat: 3, lon: 4 } }, incoming).geo, { lat: 3, lon: 4 });
    assert.equal('geo' in mergeEntity(stored, { ...incoming, geo: undefined }), false);
  });

  it('collapses duplicate ids and sorts by id', () => {
    const collapsed = collapseEntities([
      { id: 'org:b', type: 'ORG', name: 'B', names: { en: ['B'] } },
      { id: 'gpe:a', type: 'GPE', name: 'A', names: { en: ['A2', 'A1'] } },
      { id: 'org:b', type: 'ORG', name: 'Bee', names: { nl: ['Bé'] } },
    ]);
    assert.deepEqual(collapsed, [
      { id: 'gpe:a', type: 'GPE', name: 'A', names: { en: ['A1', 'A2'] } },
      { id: 'org:b', type: 'ORG', name: 'B', names: { en: ['B'], nl: ['Bé'] } },
    ]);
  });
});
