import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Item } from '../pipeline/types.js';
import { labelLanguage, languageStage } from './stage.js';
import { testItem } from '../pipeline/test-item.js';

/** An item with only the fields the language stage reads set. */
function item(title: string | null, text: string, declaredLang: string | null = null): Item {
  return testItem({ title, text, declaredLang, capturedAt: '2024-04-10T12:00:00.000Z' });
}

const DUTCH = 'De regering kondigde dinsdag nieuwe maatregelen aan om de woningnood in de grote steden te verminderen.';
const GERMAN = 'Die Regierung kündigte am Dienstag neue Maßnahmen an, um die Wohnungsnot in den großen Städten zu lindern.';

test('a confident detection is used, inferred, with rule language/eld', () => {
  const label = labelLanguage(item('Nieuwe maatregelen tegen woningnood', DUTCH));
  assert.equal(label.code, 'nl');
  assert.equal(label.provenance.certainty, 'inferred');
  assert.equal(label.provenance.rule, 'language/eld');
  assert.ok(label.confidence >= 0.9);
});

test('an unsure detector falls back to the declared language, stated', () => {
  const label = labelLanguage(item(null, 'Webmail', 'de-DE'));
  assert.equal(label.code, 'de');
  assert.equal(label.provenance.certainty, 'stated');
  assert.equal(label.provenance.rule, 'language/declared');
  assert.match(label.provenance.evidence ?? '', /lang="de-DE"/);
});

test('a confident detector overrules a wrong declaration and notes it in the evidence', () => {
  const label = labelLanguage(item(null, GERMAN, 'en'));
  assert.equal(label.code, 'de');
  assert.equal(label.provenance.rule, 'language/eld');
  assert.match(label.provenance.evidence ?? '', /declared "en" overruled/);
});

test('an agreeing declaration adds no note', () => {
  const label = labelLanguage(item(null, GERMAN, 'de'));
  assert.equal(label.code, 'de');
  assert.doesNotMatch(label.provenance.evidence ?? '', /overruled/);
});

test('the stage sets und with an info message when nothing is sure', () => {
  const it = item(null, 'Webmail');
  languageStage.run(it, { referenceTime: it.capturedAt });
  assert.equal(it.lang?.code, 'und');
  assert.equal(it.messages.length, 1);
  assert.equal(it.messages[0]?.code, 'language/undetermined');
  assert.equal(it.messages[0]?.severity, 'info');
});

test('the stage adds no message when the language is known', () => {
  const it = item('Neue Maßnahmen gegen Wohnungsnot', GERMAN);
  languageStage.run(it, { referenceTime: it.capturedAt });
  assert.equal(it.lang?.code, 'de');
  assert.deepEqual(it.messages, []);
});
