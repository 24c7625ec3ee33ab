import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVENT_TYPES, eventTypeInfo } from './cameo.js';
import { EVENT_LOCALES, localeFor } from './locales/index.js';
import { parseWord } from './patterns.js';

describe('event types and locales', () => {
  it('covers every event type in every locale', () => {
    for (const [code, locale] of Object.entries(EVENT_LOCALES)) {
      const types = new Set(locale.triggers.map((t) => t.type));
      for (const type of Object.keys(EVENT_TYPES)) assert.ok(types.has(type as keyof typeof EVENT_TYPES), `${code} has no trigger for ${type}`);
    }
  });

  it('gives every trigger spec a unique name per type and valid patterns', () => {
    for (const [code, locale] of Object.entries(EVENT_LOCALES)) {
      const names = new Set<string>();
      for (const spec of locale.triggers) {
        const key = `${spec.type}/${spec.name}`;
        assert.ok(!names.has(key), `${code}: duplicate trigger name ${key}`);
        names.add(key);
        for (const form of [...spec.forms, ...(spec.context ?? [])]) {
          assert.equal(form, form.toLowerCase(), `${code} ${key}: "${form}" must be lower case`);
          for (const word of form.split(' ')) assert.doesNotThrow(() => parseWord(word));
        }
      }
    }
  });

  it('keeps the CAMEO table in data form and rejects unknown types', () => {
    assert.equal(eventTypeInfo('meet').cameo, '04');
    assert.equal(eventTypeInfo('attack').casualties, true);
    assert.throws(() => eventTypeInfo('party'), /Unknown event type "party"/u);
  });

  it('finds locales by language code, ignoring case and region', () => {
    assert.equal(localeFor('de-AT')?.code, 'de');
    assert.equal(localeFor('NL')?.code, 'nl');
    assert.equal(localeFor('ja'), null);
  });
});
