import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../pipeline/paths.js';
import { detectLanguage, MIN_LETTERS, UNDETERMINED } from './detect.js';
import { normaliseDeclared, sameLanguage } from './declared.js';

/** One sentence per language, written for this test. */
const SENTENCES: Record<string, string> = {
  en: 'The city council approved the new budget on Monday after a long debate about public transport.',
  de: 'Der Stadtrat hat am Montag nach einer langen Debatte über den Nahverkehr den neuen Haushalt beschlossen.',
  nl: 'De gemeenteraad heeft maandag na een lang debat over het openbaar vervoer de nieuwe begroting goedgekeurd.',
  fr: 'Le conseil municipal a adopté lundi le nouveau budget après un long débat sur les transports publics.',
  es: 'El ayuntamiento aprobó el lunes el nuevo presupuesto tras un largo debate sobre el transporte público.',
  it: 'Il consiglio comunale ha approvato lunedì il nuovo bilancio dopo un lungo dibattito sui trasporti pubblici.',
  pl: 'Rada miejska zatwierdziła w poniedziałek nowy budżet po długiej debacie o transporcie publicznym.',
  ru: 'Городской совет в понедельник утвердил новый бюджет после долгих споров об общественном транспорте.',
  pt: 'A câmara municipal aprovou na segunda-feira o novo orçamento depois de um longo debate sobre os transportes públicos.',
};

for (const [code, sentence] of Object.entries(SENTENCES)) {
  test(`a ${code} sentence is ${code} with high confidence`, () => {
    const result = detectLanguage(sentence);
    assert.equal(result.code, code);
    assert.ok(result.confidence >= 0.95, `confidence ${result.confidence}`);
  });
}

/** Short interface lines and stamps like those on news pages (our own wording). */
const SHORT_LINES: [string, string][] = [
  ['17 minuten geleden', 'nl'],
  ['2 uur geleden', 'nl'],
  ['4 dagen geleden', 'nl'],
  ['Meer nieuws uit het buitenland', 'nl'],
  ['vor 27 Minuten', 'de'],
  ['vor einer Stunde', 'de'],
  ['vor 4 Stunden', 'de'],
  ['Weitere Nachrichten aus aller Welt', 'de'],
  ['12 minutes ago', 'en'],
  ['3 hours ago', 'en'],
  ['il y a 4 heures', 'fr'],
  ['hace 6 minutos', 'es'],
  ['5 ore fa', 'it'],
];

for (const [line, code] of SHORT_LINES) {
  test(`short line ${JSON.stringify(line)} is ${code} or und, never another language`, () => {
    const result = detectLanguage(line);
    assert.ok(result.code === code || result.code === UNDETERMINED, `got ${result.code} (${result.confidence})`);
  });
}

test('clear short lines of a few words are identified, not only declined', () => {
  assert.equal(detectLanguage('vor einer Stunde').code, 'de');
  assert.equal(detectLanguage('Meer nieuws uit het buitenland').code, 'nl');
  assert.equal(detectLanguage('Weitere Nachrichten aus aller Welt').code, 'de');
});

test('ambiguous single words and brand names are und', () => {
  for (const word of ['Webmail', 'Kommentare', 'source site', 'Kontakt', 'Sport']) {
    assert.equal(detectLanguage(word).code, UNDETERMINED, word);
  }
});

test(`text with fewer than ${MIN_LETTERS} letters is und`, () => {
  assert.equal(detectLanguage('Mehr').code, UNDETERMINED);
  assert.equal(detectLanguage('12:45 — 3/4').code, UNDETERMINED);
  assert.deepEqual(detectLanguage(''), { code: UNDETERMINED, confidence: 0 });
});

test('a long page whose first lines are navigation is judged by its body', () => {
  const navigation = 'Home | Login | Webmail | Logo | Menu | Search | TV | Radio | Podcast | Shop | Help | Contact | ';
  const body = Array.from({ length: 6 }, () => SENTENCES.de).join(' ');
  assert.equal(detectLanguage(navigation.repeat(3) + body).code, 'de');
});

test('declared tags are reduced to ISO 639-1 or null', () => {
  assert.equal(normaliseDeclared('de-DE'), 'de');
  assert.equal(normaliseDeclared('en_US'), 'en');
  assert.equal(normaliseDeclared('NL'), 'nl');
  assert.equal(normaliseDeclared('deu'), 'de');
  assert.equal(normaliseDeclared('und'), null);
  assert.equal(normaliseDeclared('x-default'), null);
  assert.equal(normaliseDeclared(''), null);
  assert.equal(normaliseDeclared('qqq'), null);
  assert.ok(sameLanguage('nb', 'no'));
  assert.ok(!sameLanguage('nl', 'de'));
});

const EXPECTED_SEED_LANGUAGES: Record<string, string> = { '000': 'nl', '001': 'de', '002': 'de', '003': 'nl', '004': 'de' };

test('the seed captures are detected in their language', (t) => {
  const dir = sharedPath('seeds');
  if (!dir) {
    t.skip('../shared/seeds is absent');
    return;
  }
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const expected = EXPECTED_SEED_LANGUAGES[name.slice(0, 3)];
    if (!expected) continue;
    const result = detectLanguage(readFileSync(join(dir, name), 'utf8'));
    assert.equal(result.code, expected, name);
  }
});
