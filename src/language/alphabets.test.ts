import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alphabetVeto, CYRILLIC_CONFIDENCE_FLOOR, floorFor } from './alphabets.js';
import { detectLanguage } from './detect.js';

test('a language is vetoed for a text with several letters its alphabet lacks, not for one stray letter', () => {
  // Ukrainian letters і, ї, є throughout: not Russian.
  assert.equal(alphabetVeto('ru', 'Київ і Львів є великими містами, їхні вулиці відомі'), true);
  assert.equal(alphabetVeto('uk', 'Київ і Львів є великими містами, їхні вулиці відомі'), false);
  // One Russian "ы" in a long Ukrainian sentence (a quoted word) is tolerated.
  assert.equal(alphabetVeto('uk', 'Учора ввечері в місті відбулася велика зустріч мешканців, де говорили "вы" одне одному'), false);
  // Serbian letters ј, љ, њ: not Russian or Bulgarian.
  assert.equal(alphabetVeto('bg', 'Његова књига је у јуну била најчитанија у земљи'), true);
  // Languages without a listed alphabet and Latin text are never vetoed.
  assert.equal(alphabetVeto('de', 'Київ і Львів'), false);
  assert.equal(alphabetVeto('ru', 'plain latin text'), false);
});

test('the Cyrillic floor applies to the listed alphabets only', () => {
  assert.equal(floorFor('ru', 0.9), CYRILLIC_CONFIDENCE_FLOOR);
  assert.equal(floorFor('de', 0.9), 0.9);
});

test('Russian sentences are recognised; Ukrainian ones are not labelled Russian', () => {
  assert.equal(detectLanguage('Вчера вечером в городе прошло большое собрание жителей района.').code, 'ru');
  assert.notEqual(detectLanguage('Учора ввечері в місті відбулися великі збори мешканців району.').code, 'ru');
});
