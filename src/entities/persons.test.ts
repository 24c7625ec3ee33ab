import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from './index.js';

/** The person mentions of a text as `text:id:rule`. */
function persons(text: string, lang: string): string[] {
  return annotate(text, lang)
    .filter((m) => m.type === 'PER')
    .map((m) => `${m.text}:${m.entity}:${m.provenance.rule.replace('entities/', '')}`);
}

test('a role followed by a name, in five languages', () => {
  assert.deepEqual(persons('President Joe Biden met Prime Minister Fumio Kishida.', 'en'), [
    'Joe Biden:per:joe-biden:person/role', 'Fumio Kishida:per:fumio-kishida:person/role',
  ]);
  assert.deepEqual(persons('US-Außenminister Antony Blinken traf Botschafter Rahm Emanuel und Premierminister Fumio Kishida.', 'de'), [
    'Antony Blinken:per:antony-blinken:person/role', 'Rahm Emanuel:per:rahm-emanuel:person/role', 'Fumio Kishida:per:fumio-kishida:person/role',
  ]);
  assert.deepEqual(persons('Volgens minister van Buitenlandse Zaken Caspar Veldkamp en premier Dick Schoof.', 'nl'), [
    'Caspar Veldkamp:per:caspar-veldkamp:person/role', 'Dick Schoof:per:dick-schoof:person/role',
  ]);
  assert.deepEqual(persons('Le président Emmanuel Macron a reçu le Premier ministre François Bayrou.', 'fr'), [
    'Emmanuel Macron:per:emmanuel-macron:person/role', 'François Bayrou:per:francois-bayrou:person/role',
  ]);
  assert.deepEqual(persons('El presidente Pedro Sánchez habló con el ministro de Asuntos Exteriores José Manuel Albares.', 'es'), [
    'Pedro Sánchez:per:pedro-sanchez:person/role', 'José Manuel Albares:per:jose-manuel-albares:person/role',
  ]);
});

test('German compounds and declined roles announce names; a name joined by "und" follows', () => {
  assert.deepEqual(persons('Die japanische Außenministerin Yoko Kamikawa und der Verteidigungsminister Minoru Kihara kamen.', 'de'), [
    'Yoko Kamikawa:per:yoko-kamikawa:person/role', 'Minoru Kihara:per:minoru-kihara:person/role',
  ]);
  assert.deepEqual(persons('Sie trafen ihre Amtskollegen Yoko Kamikawa und Minoru Kihara.', 'de'), [
    'Yoko Kamikawa:per:yoko-kamikawa:person/role', 'Minoru Kihara:per:minoru-kihara:person/given-name',
  ]);
  // Without a known given name, the conjunction carries the cue (not in German, where nouns are capitalised).
  assert.deepEqual(persons('Ze ontmoetten minister Caspar Veldkamp en Wiebe Brekelmans.', 'nl'), [
    'Caspar Veldkamp:per:caspar-veldkamp:person/role', 'Wiebe Brekelmans:per:wiebe-brekelmans:person/coordination',
  ]);
  assert.deepEqual(persons('Sie trafen Minister Boris Pistorius und Deutschland Gespräche.', 'de'), ['Boris Pistorius:per:boris-pistorius:person/role']);
});

test('a known given name is enough, without a role', () => {
  assert.deepEqual(persons('Joe Biden and Sanae Takaichi spoke by phone.', 'en'), [
    'Joe Biden:per:joe-biden:person/given-name', 'Sanae Takaichi:per:sanae-takaichi:person/given-name',
  ]);
});

test('a verb of saying or a nationality before a name is a cue too', () => {
  assert.deepEqual(persons('Het plan is klaar, zegt Marc Peeters. "Niet slecht", aldus Van Diepenbeek.', 'nl'), [
    'Marc Peeters:per:marc-peeters:person/given-name', 'Van Diepenbeek:per:diepenbeek:person/surname-only',
  ]);
  assert.deepEqual(persons('Het is gedaan, zegt Wijnants.', 'nl'), ['Wijnants:per:wijnants:person/surname-only']);
  // German capitalises nouns: after a verb of saying a single word is not enough.
  assert.deepEqual(persons('Das ist gut, sagte Vater. Das ist schlecht, sagte Jonas Vandermeulen.', 'de'), ['Jonas Vandermeulen:per:jonas-vandermeulen:person/given-name']);
  assert.deepEqual(persons('Der Franzose Lucien Arbogast gewann vor der Belgierin Saar Verbeke.', 'de').map((p) => p.split(':').slice(1, 3).join(':')), [
    'per:lucien-arbogast', 'per:saar-verbeke',
  ]);
  assert.deepEqual(persons('De Belg Wout Vermeersch won.', 'nl'), ['Wout Vermeersch:per:wout-vermeersch:person/nationality']);
});

test('initials and Korean syllables stay inside the name', () => {
  assert.deepEqual(persons('Columnist Thomas L. Friedman wrote about Secretary-General Ban Ki-moon.', 'en'), [
    'Thomas L. Friedman:per:thomas-l-friedman:person/given-name', 'Ban Ki-moon:per:ban-ki-moon:person/role',
  ]);
});

test('names in apposition to a role, before or after it', () => {
  assert.deepEqual(persons('Der US-Botschafter in Japan, Rahm Emanuel, besuchte das Werk.', 'de'), ['Rahm Emanuel:per:rahm-emanuel:person/apposition']);
  assert.deepEqual(persons('Toen sprak Caspar Veldkamp, de Nederlandse minister, met de pers.', 'nl'), ['Caspar Veldkamp:per:caspar-veldkamp:person/apposition']);
});

test('a surname alone links to the full name of the same text, genitives included', () => {
  assert.deepEqual(persons('Premierminister Fumio Kishida reiste ab. Kishidas Regierung und Kishida selbst schwiegen.', 'de'), [
    'Fumio Kishida:per:fumio-kishida:person/role', 'Kishidas:per:fumio-kishida:coref/surname', 'Kishida:per:fumio-kishida:coref/surname',
  ]);
  assert.deepEqual(persons('Biden ontvangt Kishida. De Amerikaanse president Joe Biden en premier Fumio Kishida.', 'nl'), [
    'Biden:per:joe-biden:coref/surname', 'Kishida:per:fumio-kishida:coref/surname', 'Joe Biden:per:joe-biden:person/role', 'Fumio Kishida:per:fumio-kishida:person/role',
  ]);
  // Particles before the family name belong to the later mention too.
  assert.deepEqual(persons('Ursula von der Leyen, de voorzitter van de Commissie, sprak. Volgens Von der Leyen is het klaar.', 'nl'), [
    'Ursula von der Leyen:per:ursula-von-der-leyen:person/apposition', 'Von der Leyen:per:ursula-von-der-leyen:coref/surname',
  ]);
  // Family name first: "Wang" refers to "Wang Yi".
  assert.deepEqual(persons('De Chinese minister van Buitenlandse Zaken Wang Yi sprak. Volgens Wang is alles goed.', 'nl'), [
    'Wang Yi:per:wang-yi:person/role', 'Wang:per:wang-yi:coref/surname',
  ]);
});

test('two people sharing a surname are never merged', () => {
  assert.deepEqual(persons('Joe Biden and his son Hunter Biden arrived. Biden said nothing.', 'en'), [
    'Joe Biden:per:joe-biden:person/given-name', 'Hunter Biden:per:hunter-biden:person/role', 'Biden:per:biden:person/surname-only',
  ]);
});

test('a role with a surname only and no full name stays surname-only', () => {
  assert.deepEqual(persons('Präsident Trump drohte mit Zöllen.', 'de'), ['Trump:per:trump:person/surname-only']);
});

test('transliterations of one name give one id across languages', () => {
  assert.deepEqual(persons('Außenminister Sergej Lawrow traf Präsident Wladimir Putin. Lawrow lobte Putins Plan.', 'de'), [
    'Sergej Lawrow:per:sergei-lavrov:person/role', 'Wladimir Putin:per:vladimir-putin:person/role',
    'Lawrow:per:sergei-lavrov:coref/surname', 'Putins:per:vladimir-putin:coref/surname',
  ]);
  assert.deepEqual(persons('Onder president Vladimir Poetin werkt minister Sergej Lavrov. Poetin zwijgt.', 'nl').map((p) => p.split(':').slice(1, 3).join(':')), [
    'per:vladimir-putin', 'per:sergei-lavrov', 'per:vladimir-putin',
  ]);
  assert.deepEqual(persons('Le président Vladimir Poutine a reçu Joe Biden.', 'fr').map((p) => p.split(':').slice(1, 3).join(':')), ['per:vladimir-putin', 'per:joe-biden']);
  assert.deepEqual(persons('El presidente Joe Biden llegó.', 'es'), ['Joe Biden:per:joe-biden:person/role']);
});

test('German nouns are not persons', () => {
  assert.deepEqual(persons('Die Sicherheitslage Europas, die Energiepreise und die Inflation bestimmen die Debatte im Bundestag.', 'de'), []);
  assert.deepEqual(persons('Der Präsident Montag und die Ministerin Entschlossenheit: Regierung Sicherheit Zusammenarbeit.', 'de'), []);
  assert.deepEqual(persons('Die Außenminister Frankreichs und Deutschlands trafen sich.', 'de'), []);
  // A compound after a name is not part of it; the name inside the compound still refers to the person.
  assert.deepEqual(persons('Die Biden-Regierung reagierte; Präsident Joe Biden-Besuch folgt.', 'de'), [
    'Biden:per:joe-biden:coref/surname', 'Joe Biden:per:joe-biden:person/role',
  ]);
});

test('the month Mai/May is not a person, though Theresa May is', () => {
  assert.deepEqual(persons('Im Mai besuchte Präsident Joe Biden Japan. Die Verhandlungen Anfang Mai scheiterten.', 'de'), ['Joe Biden:per:joe-biden:person/role']);
  assert.deepEqual(persons('In May, President Joe Biden visited Japan. May was warm.', 'en'), ['Joe Biden:per:joe-biden:person/role']);
  assert.deepEqual(persons('Theresa May resigned.', 'en'), ['Theresa May:per:theresa-may:person/given-name']);
});

test('a person named like a city wins over the city', () => {
  const mentions = annotate('US-Verteidigungsminister Lloyd Austin kam. Austin sagte nichts.', 'de');
  assert.deepEqual(mentions.filter((m) => m.type === 'PER').map((m) => `${m.text}:${m.entity}`), ['Lloyd Austin:per:lloyd-austin', 'Austin:per:lloyd-austin']);
  assert.ok(!mentions.some((m) => m.type === 'GPE' && m.text === 'Austin'));
});
