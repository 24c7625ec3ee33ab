/**
 * Capture-time parsing and option validation: strict ISO 8601 instants only, and misuse of
 * the options throws an Error naming the option.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readInputs } from './index.js';
import { parseIsoInstant } from './iso.js';
import { DEFAULT_MAX_BYTES, resolveOptions } from './options.js';

test('parseIsoInstant normalises Z and offsets to UTC', () => {
  assert.equal(parseIsoInstant('2024-04-10T09:00:00Z'), '2024-04-10T09:00:00.000Z');
  assert.equal(parseIsoInstant('2024-04-10T09:00:00+02:00'), '2024-04-10T07:00:00.000Z');
  assert.equal(parseIsoInstant('2024-04-10T09:00-0530'), '2024-04-10T14:30:00.000Z');
  assert.equal(parseIsoInstant('2024-04-10T09:00:00.123456Z'), '2024-04-10T09:00:00.123Z');
  assert.equal(parseIsoInstant('2024-02-29T23:59:59Z'), '2024-02-29T23:59:59.000Z');
});

test('parseIsoInstant refuses loose or impossible dates', () => {
  for (const bad of ['2024-04-10', '2024-04-10T09:00:00', '2024-02-31T00:00:00Z', '2023-02-29T00:00:00Z', '2024-13-01T00:00Z', '2024-04-10T24:00Z', '10 April 2024', '2024-04-10T09:00:00+25:00', '']) {
    assert.equal(parseIsoInstant(bad), null, bad);
  }
});

test('resolveOptions fills defaults and validates', () => {
  const resolved = resolveOptions({});
  assert.equal(resolved.capturedAt, null);
  assert.equal(resolved.maxBytes, DEFAULT_MAX_BYTES);
  assert.equal(resolveOptions({ capturedAt: '2024-04-10T09:00:00+02:00' }).capturedAt, '2024-04-10T07:00:00.000Z');
  assert.throws(() => resolveOptions({ capturedAt: 'yesterday' }), /--captured-at.*ISO 8601.*"yesterday"/);
  assert.throws(() => resolveOptions({ maxBytes: 0 }), /maxBytes must be a positive/);
  assert.throws(() => resolveOptions({ maxBytes: 1.5 }), /maxBytes/);
});

test('readInputs throws at call time on misuse, not on bad data', () => {
  assert.throws(() => readInputs(['x.html'], { capturedAt: '2024-04-10' }), /--captured-at/);
  assert.throws(() => readInputs(['-', '-']), /only once/);
  assert.doesNotThrow(() => readInputs(['/no/such/path']));
});
