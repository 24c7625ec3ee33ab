import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../pipeline/paths.js';
import type { DateCandidate, Item } from '../pipeline/types.js';
import { itemFullText } from '../pipeline/types.js';
import { resolvePublished } from './published.js';
import { datesStage } from './stage.js';
import { findTimeExpressions } from './times.js';
import { testItem } from '../pipeline/test-item.js';

function item(title: string | null, text: string, lang: string, dateCandidates: DateCandidate[], capturedAt = '2024-04-12T08:00:00.000Z'): Item {
  return testItem({
    source: 'brief.txt',
    index: 2,
    kind: 'brief',
    title,
    text,
    capturedAt,
    dateCandidates,
    lang: { code: lang, confidence: 0.99, provenance: { certainty: 'inferred', rule: 'language/eld' } },
  });
}

test('the stage sets the publication date and measures text times from it, offsets into the full text', () => {
  const it = item('Raad kiest nieuwe voorzitter', 'De raad koos dinsdag een nieuwe voorzitter. Die begint in mei.', 'nl', [
    { text: '2 dagen geleden', origin: 'stamp', own: true },
  ]);
  datesStage.run(it, { referenceTime: it.capturedAt });
  assert.deepEqual([it.published?.date, it.published?.precision, it.published?.basis], ['2024-04-10', 'day', 'relative']);
  const full = itemFullText(it);
  assert.deepEqual(it.times.map((t) => [t.text, t.date, t.precision]), [['dinsdag', '2024-04-09', 'day'], ['in mei', '2024-05', 'month']]);
  for (const time of it.times) assert.equal(full.slice(time.start, time.end), time.text);
  assert.deepEqual(it.messages, []);
});

test('with no publication date the stage says so and measures from the capture time', () => {
  const it = item(null, 'Vor zwei Stunden begann die Sitzung.', 'de', []);
  datesStage.run(it, { referenceTime: it.capturedAt });
  assert.equal(it.published?.date, null);
  assert.deepEqual(it.messages.map((m) => m.code), ['dates/no-date']);
  assert.deepEqual(it.times.map((t) => [t.text, t.date, t.precision]), [['Vor zwei Stunden', '2024-04-12T06:00:00.000Z', 'hour']]);
});

test('a language without a date locale reads ISO dates only', () => {
  assert.deepEqual(findTimeExpressions('Posiedzenie 2024-04-10 w Warszawie, 10 kwietnia.', 'pl', new Date('2024-04-12T00:00:00Z')).map((t) => t.date), ['2024-04-10']);
  assert.throws(() => findTimeExpressions('x', 'nl', new Date('nonsense')), /invalid Date/);
});

const SEED_LANGUAGES: Record<string, string> = { '000': 'nl', '001': 'de', '002': 'de', '003': 'nl', '004': 'de' };

test('seed captures: no numbers, type names or stamp lines become time expressions; stamps resolve', (t) => {
  const dir = sharedPath('seeds');
  if (!dir) {
    t.skip('../shared/seeds is absent');
    return;
  }
  const captured = '2025-10-28T12:00:00.000Z';
  let stamps = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const lang = SEED_LANGUAGES[name.slice(0, 3)];
    if (!lang) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    for (const time of findTimeExpressions(text, lang, new Date(captured))) {
      assert.doesNotMatch(time.text, /^\d+$|^\p{Lu}+-\d|plus/u, `${name}: ${time.text}`);
      const lineHead = text.slice(text.lastIndexOf('\n', time.start - 1) + 1, time.start);
      assert.ok(!(time.provenance.rule.startsWith('dates/relative/') && lineHead.trim() === ''), `${name}: stamp line ${time.text}`);
      assert.match(time.date, /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:00\.000Z)?)?)?$/);
    }
    for (const line of text.split('\n')) {
      const stamp = /^(\d+ (?:minuten|uur) geleden|vor (?:\d+|einer) (?:Minuten|Stunden?))/.exec(line.trim())?.[1];
      if (!stamp) continue;
      stamps += 1;
      const published = resolvePublished(item(null, '', lang, [{ text: stamp, origin: 'stamp', own: true }], captured));
      assert.ok(published.date && published.date <= captured, `${name}: ${stamp} → ${published.date}`);
      assert.ok(published.precision === 'minute' || published.precision === 'hour');
    }
  }
  assert.ok(stamps > 0, 'the seeds hold relative stamps');
});
