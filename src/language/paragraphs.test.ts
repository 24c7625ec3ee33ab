import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemFullText } from '../pipeline/types.js';
import { testItem } from '../pipeline/test-item.js';
import { otherLanguageParagraphs, paragraphSpans } from './paragraphs.js';
import { languageStage } from './stage.js';

/** A German report with an English quotation paragraph and short lines (our own wording). */
const GERMAN_1 = 'Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt für den Nahverkehr beschlossen.';
const ENGLISH = 'We will keep the ferries running through the winter, whatever the cost turns out to be in the end.';
const GERMAN_2 = 'Die Opposition kritisierte die Pläne und kündigte an, im Frühjahr einen eigenen Entwurf vorzulegen.';
const MIXED = [GERMAN_1, 'vor 13 Minuten', ENGLISH, 'Foto: Archiv', GERMAN_2].join('\n');

test('paragraphs are the non-blank lines of a text, with their offsets', () => {
  assert.deepEqual(paragraphSpans('  ab\n\ncd \n'), [{ start: 2, end: 4 }, { start: 6, end: 8 }]);
});

test('a paragraph surely in another language than the item is listed with its offsets; short lines are not judged', () => {
  const found = otherLanguageParagraphs(MIXED, 'de');
  assert.equal(found.length, 1);
  const [english] = found;
  assert.deepEqual([english?.code, MIXED.slice(english?.start, english?.end)], ['en', ENGLISH]);
  assert.ok((english?.confidence ?? 0) >= 0.9);
});

test('nothing is listed for a one-language text or a one-paragraph text; an und item lists what is sure', () => {
  assert.deepEqual(otherLanguageParagraphs([GERMAN_1, GERMAN_2].join('\n'), 'de'), []);
  assert.deepEqual(otherLanguageParagraphs(ENGLISH, 'de'), []);
  assert.deepEqual(otherLanguageParagraphs([GERMAN_1, ENGLISH].join('\n'), 'und').map((p) => p.code), ['de', 'en']);
});

test('the language stage labels the item by its majority language and keeps the other-language paragraphs', () => {
  const item = testItem({ title: 'Haushalt beschlossen', text: MIXED, capturedAt: '2024-04-10T12:00:00.000Z' });
  languageStage.run(item, { referenceTime: item.capturedAt });
  assert.equal(item.lang?.code, 'de');
  const paragraphs = item.lang?.paragraphs ?? [];
  assert.deepEqual(paragraphs.map((p) => [p.code, itemFullText(item).slice(p.start, p.end)]), [['en', ENGLISH]]);
  const plain = testItem({ title: 'Haushalt beschlossen', text: [GERMAN_1, GERMAN_2].join('\n'), capturedAt: '2024-04-10T12:00:00.000Z' });
  languageStage.run(plain, { referenceTime: plain.capturedAt });
  assert.equal(plain.lang?.paragraphs, undefined);
});
