import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../pipeline/types.js';
import { annotate } from './index.js';

/** Mentions as `text → entity (TYPE)` strings, after checking offsets, order and overlaps. */
function found(text: string, lang: string): string[] {
  const mentions = annotate(text, lang);
  wellFormed(text, mentions);
  return mentions.map((m) => `${m.text} → ${m.entity} (${m.type})`);
}

function wellFormed(text: string, mentions: readonly Mention[]): void {
  let end = -1;
  for (const m of mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.start >= end, `overlap or disorder at ${m.start}`);
    end = m.end;
  }
}

test('English: countries, organisations, cities, facilities', () => {
  assert.deepEqual(found('NATO and the United Nations criticised Russia after the strike near Kyiv, the White House said.', 'en'), [
    'NATO → org:nato (ORG)',
    'United Nations → org:un (ORG)',
    'Russia → gpe:RU (GPE)',
    'Kyiv → gpe:city:703448 (GPE)',
    'White House → fac:white-house (FAC)',
  ]);
});

test('German: declined names, genitives and prefix forms', () => {
  assert.deepEqual(found('Die Vereinigten Staaten und Südkorea wollen die Rolle der Nato stärken; Chinas Antwort folgte aus Peking.', 'de'), [
    'Vereinigten Staaten → gpe:US (GPE)',
    'Südkorea → gpe:KR (GPE)',
    'Nato → org:nato (ORG)',
    'Chinas → gpe:CN (GPE)',
    'Peking → gpe:city:1816670 (GPE)',
  ]);
  const prefix = annotate('Der US-Außenminister kam.', 'de');
  assert.equal(prefix.length, 1);
  assert.deepEqual([prefix[0]!.text, prefix[0]!.start, prefix[0]!.end, prefix[0]!.entity], ['US', 4, 6, 'gpe:US']);
});

test('Dutch: short forms, hyphenated names and capitals', () => {
  assert.deepEqual(found('De VS en Zuid-Korea willen met de NAVO optrekken tegen Noord-Korea, meldt ANP vanuit Den Haag.', 'nl'), [
    'VS → gpe:US (GPE)',
    'Zuid-Korea → gpe:KR (GPE)',
    'NAVO → org:nato (ORG)',
    'Noord-Korea → gpe:KP (GPE)',
    'ANP → org:anp (ORG)',
    'Den Haag → gpe:city:2747373 (GPE)',
  ]);
});

test('French and Spanish: elided articles and accented names', () => {
  assert.deepEqual(found("Les États-Unis et l’OTAN ont salué la décision de l’Union européenne à Bruxelles.", 'fr'), [
    'États-Unis → gpe:US (GPE)',
    'OTAN → org:nato (ORG)',
    'Union européenne → org:eu (ORG)',
    'Bruxelles → gpe:city:2800866 (GPE)',
  ]);
  assert.deepEqual(found('Estados Unidos y la OTAN apoyan a Ucrania desde Varsovia.', 'es'), [
    'Estados Unidos → gpe:US (GPE)',
    'OTAN → org:nato (ORG)',
    'Ucrania → gpe:UA (GPE)',
    'Varsovia → gpe:city:756135 (GPE)',
  ]);
});

test('the same country, organisation and city get the same id in every language', () => {
  const ids = (text: string, lang: string): string[] => annotate(text, lang).map((m) => m.entity);
  const us = [['United States', 'en'], ['Vereinigte Staaten', 'de'], ['Verenigde Staten', 'nl'], ['États-Unis', 'fr'], ['Estados Unidos', 'es'], ['USA', 'de'], ['VS', 'nl'], ['Amerika', 'nl']];
  for (const [text, lang] of us) assert.deepEqual(ids(`${text} reageert.`, lang!), ['gpe:US'], `${text} (${lang})`);
  const nato = [['NATO', 'en'], ['Nato', 'de'], ['NAVO', 'nl'], ['OTAN', 'fr'], ['OTAN', 'es']];
  for (const [text, lang] of nato) assert.deepEqual(ids(`Die ${text} reagiert.`, lang!), ['org:nato'], `${text} (${lang})`);
  const eu = [['European Union', 'en'], ['Europäische Union', 'de'], ['Europäischen Union', 'de'], ['Europese Unie', 'nl'], ['Union européenne', 'fr'], ['Unión Europea', 'es']];
  for (const [text, lang] of eu) assert.deepEqual(ids(`De ${text} reageert.`, lang!), ['org:eu'], `${text} (${lang})`);
  const tokyo = [['Tokyo', 'en'], ['Tokio', 'de'], ['Tokio', 'nl'], ['Tokyo', 'nl'], ['Tokyo', 'fr'], ['Tokio', 'es']];
  for (const [text, lang] of tokyo) assert.deepEqual(ids(`In ${text} regnet es.`, lang!), ['gpe:city:1850147'], `${text} (${lang})`);
  const moscow = [['Moscow', 'en'], ['Moskau', 'de'], ['Moskou', 'nl'], ['Moscou', 'fr'], ['Moscú', 'es']];
  for (const [text, lang] of moscow) assert.deepEqual(ids(`In ${text} regnet es.`, lang!), ['gpe:city:524901'], `${text} (${lang})`);
});

test('demonyms point to their country, with inflections, as GPE with rule entities/demonym', () => {
  const nl = annotate('De Amerikaanse, Japanse, Russische, Chinese, Oekraïense, Poolse, Deense en Franse diplomaten.', 'nl');
  assert.deepEqual(nl.map((m) => m.entity), ['gpe:US', 'gpe:JP', 'gpe:RU', 'gpe:CN', 'gpe:UA', 'gpe:PL', 'gpe:DK', 'gpe:FR']);
  assert.ok(nl.every((m) => m.type === 'GPE' && m.provenance.rule === 'entities/demonym'));
  const de = annotate('Die amerikanischen Soldaten, die japanische Regierung, japanischen Beamte, russische und russischen, chinesische und chinesischen Schiffe.', 'de');
  assert.deepEqual(de.map((m) => `${m.text}:${m.entity}`), [
    'amerikanischen:gpe:US', 'japanische:gpe:JP', 'japanischen:gpe:JP', 'russische:gpe:RU', 'russischen:gpe:RU', 'chinesische:gpe:CN', 'chinesischen:gpe:CN',
  ]);
  assert.deepEqual(annotate('die US-japanischen Gespräche', 'de').map((m) => `${m.text}:${m.entity}`), ['US:gpe:US', 'japanischen:gpe:JP']);
  assert.deepEqual(annotate('American and Japanese officials met Americans.', 'en').map((m) => m.entity), ['gpe:US', 'gpe:JP', 'gpe:US']);
  assert.deepEqual(annotate('Les diplomates américaines et les ministres japonais.', 'fr').map((m) => m.entity), ['gpe:US', 'gpe:JP']);
  assert.deepEqual(annotate('Los soldados estadounidenses y la flota japonesa.', 'es').map((m) => m.entity), ['gpe:US', 'gpe:JP']);
  assert.deepEqual(annotate('Die Amerikaner und die Japaner.', 'de').map((m) => m.entity), ['gpe:US', 'gpe:JP']);
});

test('an acronym and its expansion share one id, also when the text defines a new acronym', () => {
  const text = 'The US Forces Japan (USFJ) will be upgraded; USFJ headquarters move.';
  const mentions = annotate(text, 'en');
  assert.deepEqual(mentions.map((m) => `${m.text}:${m.entity}`), ['US Forces Japan:org:us-forces-japan', 'USFJ:org:us-forces-japan', 'USFJ:org:us-forces-japan']);
  const defined = annotate('De Wereldgezondheidsorganisatie (WGO) waarschuwt. Volgens de WGO is het risico klein.', 'nl');
  assert.deepEqual(defined.map((m) => `${m.text}:${m.entity}:${m.provenance.rule}`), [
    'Wereldgezondheidsorganisatie:org:who:entities/gazetteer/org', 'WGO:org:who:entities/acronym', 'WGO:org:who:entities/acronym',
  ]);
  assert.equal(defined[1]!.provenance.evidence, 'Wereldgezondheidsorganisatie (WGO)');
});

test('equipment, agreements, regions and events', () => {
  assert.deepEqual(found('Die F-35-Jets und PAC-3-Raketen, das Rahmenwerk DICAS, der New-START-Vertrag und Manöver im Ostchinesischen Meer nach dem G7-Gipfel.', 'de'), [
    'F-35 → equipment:f-35 (EQUIPMENT)',
    'PAC-3 → equipment:pac-3 (EQUIPMENT)',
    'DICAS → agreement:dicas (AGREEMENT)',
    'New-START-Vertrag → agreement:new-start (AGREEMENT)',
    'Ostchinesischen Meer → loc:east-china-sea (LOC)',
    'G7-Gipfel → event:g7-summit (EVENT)',
  ]);
  assert.deepEqual(annotate('Patriot Advanced Capability-3 (PAC-3) interceptors and Tomahawk missiles, AUKUS and the Indo-Pacific.', 'en').map((m) => m.entity), [
    'equipment:pac-3', 'equipment:pac-3', 'equipment:tomahawk', 'agreement:aukus', 'loc:indo-pacific',
  ]);
  assert.deepEqual(annotate('Spanningen in Oost-Azië en de Oost-Chinese Zee.', 'nl').map((m) => m.entity), ['loc:east-asia', 'loc:east-china-sea']);
});

test('all-caps datelines match mixed-case names; the longest match wins', () => {
  assert.deepEqual(found('PARIJS (ANP/RTR) - De Japan Times meldt dat Japan reageert.', 'nl'), [
    'PARIJS → gpe:city:2988507 (GPE)',
    'ANP → org:anp (ORG)',
    'RTR → org:reuters (ORG)',
    'Japan Times → org:japan-times (ORG)',
    'Japan → gpe:JP (GPE)',
  ]);
});

test('city names that are common words in the language do not fire', () => {
  assert.deepEqual(annotate('Das Essen war kalt. Halle 3 ist geschlossen.', 'de'), []);
  assert.deepEqual(annotate('Reading the report, officials noted that Mobile phones were banned in Nice restaurants.', 'en'), []);
  assert.deepEqual(annotate('Indien er vragen zijn, bel ons. Bergen en dalen.', 'nl'), []);
  // The same names are cities where they are not words.
  assert.deepEqual(annotate('Der Flug ging von Essen nach Nizza.', 'en').map((m) => m.entity), ['gpe:city:2928810']);
});
