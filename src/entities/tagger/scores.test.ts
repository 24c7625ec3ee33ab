import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textContext } from '../annotate.js';
import { ACRONYM_GUESS_RULE, acronymGuesses } from './acronym-guesses.js';
import { shapesOf, visitFeatures } from './features.js';
import { taggerFor } from './load.js';
import { addWeights, type TaggerModel } from './model.js';
import { orgPhraseCandidates } from './org-phrases.js';
import { staticScores } from './scores.js';
import { SPEAKER_RULE, speakerCandidates } from './speech-persons.js';
import { NAME_ECHO_RULE, nameEchoes, surnameEchoes } from './surname-echoes.js';

/** The scores as training sees them: every feature of features.ts looked up by its template and value. */
function visitorScores(text: string, lang: string, model: TaggerModel): Float64Array[] {
  const { ctx } = textContext(text, lang);
  const shapes = shapesOf(ctx);
  return ctx.tokens.map((_, i) => {
    const scores = new Float64Array(model.tags.length);
    visitFeatures(ctx, i, shapes, (template, value) => addWeights(model, template, value, scores));
    return scores;
  });
}

test('the fast static scores equal the sum over every feature, token by token', (t) => {
  const model = taggerFor('de');
  if (!model) return t.skip('no tagger model in data/');
  const texts: [string, string][] = [
    ['Die Deutsche Bank und der Vorstand um Greta Hollwein trafen sich am Montag in Mainz.', 'de'],
    ['„Das reicht nicht“, sagte Petkovic. Bundeskanzlerin Merkel reiste nach Paris.', 'de'],
    ['Minister Jan de Vries van Buitenlandse Zaken sprak in Den Haag met de NAVO.', 'nl'],
    ['DE VERENIGDE STATEN EN JAPAN\nGisteren zei Kishida dat de VS-troepen blijven.', 'nl'],
  ];
  for (const [text, lang] of texts) {
    const { ctx } = textContext(text, lang);
    // Twice: the second run reads every word from the memo.
    for (let round = 0; round < 2; round++) {
      const fast: number[][] = staticScores(ctx, model).statics.map((s) => Array.from(s));
      assert.deepEqual(fast, visitorScores(text, lang, model).map((s) => [...s]), text);
    }
  }
});

const words = (text: string, lang: string, find: (ctx: ReturnType<typeof textContext>['ctx']) => { start: number; end: number }[]) => {
  const { ctx } = textContext(text, lang);
  return find(ctx).map((c) => ctx.tokens.slice(c.start, c.end).map((tk) => tk.key).join(' '));
};

test('a lone name after a verb of saying that follows a quote or comma is a person; a common noun or role is not', () => {
  const speakers = (text: string) => words(text, 'de', (ctx) => speakerCandidates(ctx, new Array<boolean>(ctx.tokens.length).fill(false)));
  assert.deepEqual(speakers('„Das reicht nicht“, sagte Petkovic.'), ['Petkovic']);
  assert.deepEqual(speakers('Das sei gut, so Ketterer.'), ['Ketterer']);
  assert.deepEqual(speakers('Es ist spät, sagt Eymer der Zeitung.'), ['Eymer']);
  assert.deepEqual(speakers('Es ist spät, sagte Regierungssprecherin Lange.'), []);
  assert.deepEqual(speakers('Es ist spät, sagte Verwaltung dazu.'), []);
  assert.deepEqual(speakers('Er sagte Hallo Welt.'), []);
  const { ctx } = textContext('„Nein“, sagte Petkovic.', 'de');
  assert.equal(speakerCandidates(ctx, new Array<boolean>(ctx.tokens.length).fill(false))[0]?.rule, SPEAKER_RULE);
});

test('a bare surname echoes a full name found earlier in the text, and stays apart when two people share it', () => {
  const { ctx } = textContext('Teemu Tainio spielt. Später traf Tainio.', 'de');
  const person = { start: 0, end: 2, type: 'PER' as const, entity: 'per:teemu-tainio', rule: 'test', certainty: 'inferred' as const, yieldsToPerson: false };
  const taken = new Array<boolean>(ctx.tokens.length).fill(false).fill(true, 0, 2);
  const echoes = surnameEchoes(ctx, [person], taken);
  assert.deepEqual(echoes.map((c) => [ctx.tokens[c.start]!.key, c.entity]), [['Tainio', 'per:teemu-tainio']]);
  const two = textContext('Anna Tainio und Teemu Tainio spielen. Tainio gewinnt.', 'de').ctx;
  const both = [person, { ...person, start: 3, end: 5 }, { ...person, entity: 'per:anna-tainio', start: 0, end: 2 }];
  const shared = surnameEchoes(two, both, new Array<boolean>(two.tokens.length).fill(false).fill(true, 0, 5));
  assert.deepEqual(shared.map((c) => c.entity), ['per:tainio']);
});

test('currency codes beside a number are no organisations; a German descriptor stays out of an organisation phrase', () => {
  const guesses = (text: string) => words(text, 'de', (ctx) => acronymGuesses(ctx, new Array<boolean>(ctx.tokens.length).fill(false)));
  assert.deepEqual(guesses('Der Verlust lag bei 654 Mio EUR und bei CHF 7 Mio.'), []);
  assert.deepEqual(guesses('Die KVR meldet 7 neue Fälle.'), ['KVR']);
  const { ctx } = textContext('Die KVR meldet 7 neue Fälle.', 'de');
  assert.equal(acronymGuesses(ctx, new Array<boolean>(ctx.tokens.length).fill(false))[0]?.rule, ACRONYM_GUESS_RULE);
  const phrases = (text: string) => words(text, 'de', orgPhraseCandidates);
  assert.deepEqual(phrases('Der Rüstungskonzern Valtrox Media meldet Gewinne.'), ['Valtrox Media']);
  assert.deepEqual(phrases('Die Pop-Band Herbstklang spielt.'), []);
  assert.deepEqual(phrases('Die Hollwerk Bank AG meldet Gewinne.'), ['Hollwerk Bank AG']);
});

test('a name found once is found again where the same words repeat on free tokens', () => {
  const { ctx } = textContext('Morgen spreekt Valtrox met de bond. Volgens Valtrox en de Brouwers Unie gaat het goed.', 'nl');
  const org = { start: 2, end: 3, type: 'ORG' as const, entity: 'org:text:valtrox', rule: 'test', certainty: 'inferred' as const, yieldsToPerson: false };
  const taken = new Array<boolean>(ctx.tokens.length).fill(false).fill(true, 2, 3);
  const echoes = nameEchoes(ctx, [org], taken);
  assert.deepEqual(echoes.map((c) => [ctx.tokens[c.start]!.key, c.entity, c.rule]), [['Valtrox', 'org:text:valtrox', NAME_ECHO_RULE]]);
  assert.deepEqual(nameEchoes(ctx, [org], new Array<boolean>(ctx.tokens.length).fill(true)), []);
});
