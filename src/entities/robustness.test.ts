import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from './index.js';

/** Runs `annotate` and checks it returned well-formed mentions within `budgetMs`. */
function timed(text: string, lang: string, budgetMs: number): ReturnType<typeof annotate> {
  const started = performance.now();
  const mentions = annotate(text, lang);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < budgetMs, `annotate took ${elapsed.toFixed(0)} ms (budget ${budgetMs} ms)`);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  return mentions;
}

test('warm up the matchers (built once per language)', () => {
  for (const lang of ['en', 'de', 'nl', 'fr', 'es', 'und']) annotate('Japan', lang);
});

test('empty and whitespace-only texts have no mentions', () => {
  assert.deepEqual(annotate('', 'en'), []);
  assert.deepEqual(annotate(' \n\t ', 'de'), []);
});

test('misuse throws an error naming the fix', () => {
  assert.throws(() => annotate(undefined as unknown as string, 'en'), /text must be a string/);
  assert.throws(() => annotate('Japan', null as unknown as string), /lang must be/);
});

test('all-caps text: no persons, no short acronyms read as words', () => {
  assert.deepEqual(timed('LET US KNOW WHAT YOU THINK ABOUT THE NEWS', 'en', 500), []);
  const shouted = timed('PRESIDENT JOE BIDEN MEETS PRIME MINISTER IN JAPAN AND THE PHILIPPINES', 'en', 500);
  assert.ok(!shouted.some((m) => m.type === 'PER'));
  assert.deepEqual(shouted.map((m) => m.entity), ['gpe:JP', 'gpe:PH']);
  assert.ok(!timed('DIE REGIERUNG IN BERLIN UND DER PRÄSIDENT HANS MEIER', 'de', 500).some((m) => m.type === 'PER'));
});

test('a 10,000-character token is handled in bounded time', () => {
  assert.deepEqual(timed('a'.repeat(10_000), 'en', 1000), []);
  assert.deepEqual(timed(`Präsident ${'Ä'.repeat(10_000)} sagte`, 'de', 1000), []);
  assert.deepEqual(timed(`${'X'.repeat(10_000)} Japan`, 'nl', 1000).map((m) => m.entity), ['gpe:JP']);
});

test('mixed scripts do not crash and Latin names are still found', () => {
  const text = 'Президент Владимир Путин 会见 President Joe Biden في البيت الأبيض ✓ 東京 🙂 Tokyo.';
  const mentions = timed(text, 'und', 1000);
  assert.deepEqual(mentions.map((m) => m.entity), ['per:joe-biden', 'gpe:city:1850147']);
});

test('long texts of many lines stay fast and linear', () => {
  const line = 'Präsident Joe Biden traf in Tokio Premierminister Fumio Kishida; die Nato und die USA begrüßten das.\n';
  const text = line.repeat(2000);
  const mentions = timed(text, 'de', 5000);
  assert.equal(mentions.length, 2000 * 5);
});

test('throughput: 2,000 separate sentences in a few seconds (goal: 2,000 sentences/s on one core)', () => {
  const sentences = [
    'De Amerikaanse president Joe Biden ontvangt de Japanse premier Fumio Kishida in het Witte Huis.',
    'Die USA und Japan wollen ihre Zusammenarbeit in der Verteidigungsindustrie stärken, sagte Botschafter Rahm Emanuel.',
    'NATO allies met in Brussels to discuss support for Ukraine and the F-35 programme.',
    'Le président Emmanuel Macron a reçu à Paris le chancelier allemand.',
    'El ministro de Defensa viajó a Tokio para reunirse con su homólogo japonés.',
  ];
  const started = performance.now();
  for (let i = 0; i < 2000; i++) annotate(sentences[i % sentences.length]!, ['nl', 'de', 'en', 'fr', 'es'][i % 5]!);
  const elapsed = performance.now() - started;
  // The bound is loose (400 sentences/s) so that a slow CI machine does not fail; measured ~10,000/s.
  assert.ok(elapsed < 5000, `2,000 sentences took ${elapsed.toFixed(0)} ms`);
});
