import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasNounEnding, localeFromWords } from './build.js';
import { entityLocale, ENTITY_LOCALES } from './index.js';

test('Dutch adjectives of nationality take -e, with open syllables written single', () => {
  const { nl } = ENTITY_LOCALES;
  assert.deepEqual(nl!.inflectDemonym('Japans'), ['Japans', 'Japanse']);
  assert.deepEqual(nl!.inflectDemonym('Chinees'), ['Chinees', 'Chinese']);
  assert.deepEqual(nl!.inflectDemonym('Deens'), ['Deens', 'Deense']);
  assert.deepEqual(nl!.inflectDemonym('Pools'), ['Pools', 'Poolse']);
  assert.deepEqual(nl!.inflectDemonym('Oekraïens'), ['Oekraïens', 'Oekraïense']);
  assert.deepEqual(nl!.inflectDemonym('Indiaas'), ['Indiaas', 'Indiase']);
});

test('German adjectives of nationality get every declined form', () => {
  assert.deepEqual(ENTITY_LOCALES.de!.inflectDemonym('japanisch'), ['japanisch', 'japanische', 'japanischen', 'japanischer', 'japanisches', 'japanischem']);
});

test('French and Spanish adjectives agree in gender and number', () => {
  assert.deepEqual(ENTITY_LOCALES.fr!.inflectDemonym('américain'), ['américain', 'américaine', 'américains', 'américaines']);
  assert.deepEqual(ENTITY_LOCALES.fr!.inflectDemonym('japonais'), ['japonais', 'japonaise', 'japonaises']);
  assert.deepEqual(ENTITY_LOCALES.fr!.inflectDemonym('ukrainien'), ['ukrainien', 'ukrainienne', 'ukrainiens', 'ukrainiennes']);
  assert.deepEqual(ENTITY_LOCALES.es!.inflectDemonym('japonés'), ['japonés', 'japonesa', 'japoneses', 'japonesas']);
  assert.deepEqual(ENTITY_LOCALES.es!.inflectDemonym('ruso'), ['ruso', 'rusa', 'rusos', 'rusas']);
  assert.deepEqual(ENTITY_LOCALES.es!.inflectDemonym('alemán'), ['alemán', 'alemana', 'alemanes', 'alemanas']);
  assert.deepEqual(ENTITY_LOCALES.en!.inflectDemonym('American'), ['American', 'Americans']);
  assert.deepEqual(ENTITY_LOCALES.en!.inflectDemonym('Japanese'), ['Japanese']);
});

test('German multi-word names get their declined forms', () => {
  const de = ENTITY_LOCALES.de!;
  assert.deepEqual(de.nameVariants('Vereinigte Staaten'), ['Vereinigten Staaten']);
  assert.deepEqual(de.nameVariants('Europäische Union'), ['Europäischen Union']);
  assert.deepEqual(de.nameVariants('Vereinigte Arabische Emirate'), ['Vereinigten Arabischen Emirate', 'Vereinigten Arabischen Emiraten']);
  assert.deepEqual(de.nameVariants('Japan'), []);
});

test('German common nouns are told from surnames by their endings', () => {
  const de = ENTITY_LOCALES.de!;
  for (const noun of ['Regierung', 'Sicherheit', 'Gemeinschaft', 'Bündnis', 'Präsenz', 'Politik']) assert.equal(de.looksLikeCommonNoun(noun), true, noun);
  for (const name of ['Scholz', 'Dennis', 'Lorenz', 'Kishida', 'Baerbock']) assert.equal(de.looksLikeCommonNoun(name), false, name);
});

test('languages without rules get the merged locale', () => {
  const und = entityLocale('und');
  assert.equal(und.code, 'und');
  assert.equal(entityLocale('pl'), und);
  assert.equal(und.roles.has('botschafter') && und.roles.has('ambassadeur') && und.roles.has('embajador'), true);
  assert.equal(und.capitalisesNouns, true);
});

test('a locale built from word lists lowercases them into sets, keeps stoplists as written and fills defaults', () => {
  const words = {
    STOPWORDS: ['The'], CALENDAR: ['Monday'], ROLES: ['Mayor'], SPEECH_VERBS: ['Said'], CONJUNCTIONS: ['And'],
    PARTICLES: ['Van'], CITY_STOPLIST: ['Reading'], COUNTRY_STOPLIST: ['Chad'],
  };
  const plain = localeFromWords('xx', words, { inflectDemonym: (base) => [base, `${base}s`] });
  assert.equal(plain.code, 'xx');
  assert.deepEqual([...plain.stopwords, ...plain.calendarWords, ...plain.roles, ...plain.speechVerbs, ...plain.conjunctions, ...plain.particles], ['the', 'monday', 'mayor', 'said', 'and', 'van']);
  assert.deepEqual([...plain.cityStoplist, ...plain.countryStoplist], ['Reading', 'Chad']);
  assert.deepEqual([plain.roleSuffixes, plain.rolePhrases], [[], []]);
  assert.deepEqual([plain.genitiveSuffix, plain.capitalisesNouns, plain.looksLikeCommonNoun('Ministry'), plain.nameVariants('Big Town')], [null, false, false, []]);
  assert.deepEqual(plain.inflectDemonym('Xian'), ['Xian', 'Xians']);
  const own = localeFromWords('yy', { ...words, ROLE_SUFFIXES: ['minister'], ROLE_PHRASES: ['Head of State'] }, {
    genitiveSuffix: 's',
    capitalisesNouns: true,
    looksLikeCommonNoun: (word) => word === 'Amt',
    inflectDemonym: (base) => [base],
    nameVariants: (name) => [`${name}n`],
  });
  assert.deepEqual([own.roleSuffixes, own.rolePhrases], [['minister'], ['Head of State']]);
  assert.deepEqual([own.genitiveSuffix, own.capitalisesNouns, own.looksLikeCommonNoun('Amt'), own.nameVariants('Emirate')], ['s', true, true, ['Emiraten']]);
});

test('a noun ending counts only after a long enough stem', () => {
  assert.equal(hasNounEnding('agreement', ['ment'], 4), true);
  assert.equal(hasNounEnding('clement', ['ment'], 4), false);
  assert.equal(hasNounEnding('clement', ['ment'], 3), true);
  assert.equal(hasNounEnding('regierung', ['heit', 'ung'], 4), true);
  assert.equal(hasNounEnding('scholz', ['heit', 'ung'], 4), false);
});
