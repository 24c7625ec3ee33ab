import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusStats } from './corpus.js';
import { DEFAULT_THRESHOLD } from './cluster.js';
import { allFixtures, busAccidentBrief, harbourClosedBrief, harbourReopenedBrief, rentBrief, satelliteDe, satelliteEn, satelliteNl } from './fixtures.js';
import { sampleItem } from './sample-items.js';
import { SINGLE_FEATURE_FACTOR, storySimilarity } from './similarity.js';
import { TIME_FLOOR } from './time.js';

const corpus = new CorpusStats(allFixtures());

test('similarity is symmetric and within [0, 1]', () => {
  const items = allFixtures();
  for (const a of items) {
    for (const b of items) {
      const ab = storySimilarity(a, b, corpus).score;
      assert.ok(ab >= 0 && ab <= 1, `${a.id}–${b.id}: ${ab}`);
      assert.ok(Math.abs(ab - storySimilarity(b, a, corpus).score) < 1e-12);
    }
  }
});

test('same event across languages scores well above the threshold; a shared country alone far below', () => {
  const joined = storySimilarity(satelliteNl(), satelliteDe(), corpus);
  assert.ok(joined.score > DEFAULT_THRESHOLD * 1.5, `nl–de ${joined.score}`);
  assert.deepEqual(joined.reasons.sharedEntities, ['gpe:AR', 'gpe:BR', 'org:inpe', 'per:carla-mendes', 'per:tomas-ibarra']);
  assert.equal(joined.reasons.sameLanguage, false);
  const apart = storySimilarity(satelliteNl(), busAccidentBrief(), corpus);
  assert.ok(apart.score < DEFAULT_THRESHOLD / 3, `satellite–bus ${apart.score}`);
  assert.ok(apart.reasons.evidence < 1, 'one shared country is thin evidence');
});

test('two briefs on one event share words; briefs of one digest on different topics do not', () => {
  const same = storySimilarity(harbourClosedBrief(), harbourReopenedBrief(), corpus);
  assert.ok(same.score > DEFAULT_THRESHOLD, `harbour briefs ${same.score}`);
  assert.ok(same.reasons.sharedTerms.includes('storm'));
  assert.ok(storySimilarity(harbourClosedBrief(), rentBrief(), corpus).score < DEFAULT_THRESHOLD / 3);
});

test('a short brief naming only the main country does not match an article about that country', () => {
  const brief = sampleItem({
    id: 'q:1',
    kind: 'brief',
    lang: 'nl',
    text: 'Brazilië en Argentinië spelen vanavond een oefenwedstrijd.',
    mentions: [
      ['Brazilië', 'gpe:BR', 'GPE'],
      ['Argentinië', 'gpe:AR', 'GPE'],
    ],
  });
  const stats = new CorpusStats([...allFixtures(), brief]);
  const { score, reasons } = storySimilarity(brief, satelliteNl(), stats);
  assert.ok(reasons.entities > 0.3, 'the cosine alone is high');
  assert.ok(score < DEFAULT_THRESHOLD, `but the score is not: ${score}`);
});

test('time: no penalty within the window or with an unknown date; a floor far apart', () => {
  const at = (id: string, published: string | null) =>
    sampleItem({ ...{ id, lang: 'de', title: satelliteDe().title, text: satelliteDe().text }, published, mentions: [['INPE', 'org:inpe', 'ORG']] });
  const stats = new CorpusStats([]);
  const base = at('t:0', '2025-02-01');
  assert.equal(storySimilarity(base, at('t:1', '2025-02-06'), stats).reasons.time, 1);
  assert.equal(storySimilarity(base, at('t:2', null), stats).reasons.time, 1);
  const month = storySimilarity(base, at('t:3', '2025-03-15'), stats).reasons.time;
  const year = storySimilarity(base, at('t:4', '2026-02-01'), stats).reasons.time;
  assert.ok(month < 1 && month > year, `month ${month}, year ${year}`);
  assert.ok(Math.abs(year - TIME_FLOOR) < 0.01);
  assert.equal(storySimilarity(base, at('t:3', '2025-03-15'), stats, { windowDays: 60 }).reasons.time, 1);
});

test('items outside the corpus can be compared (as if their features were rare)', () => {
  const outside = new CorpusStats([satelliteNl()]);
  assert.ok(storySimilarity(satelliteDe(), satelliteEn(), outside).score > DEFAULT_THRESHOLD);
});

test('two articles need more than one shared country; two shared countries and actors suffice', () => {
  const article = (id: string, lang: string, title: string, text: string, mentions: [string, string, 'GPE' | 'PER'][]) =>
    sampleItem({ id, lang, title, text, mentions });
  const fishing = article('p:1', 'en', 'Norway and Iceland settle fishing quota dispute', 'Norway and Iceland agreed on mackerel quotas after talks led by ministers Ola Berg and Sigrun Dal.', [
    ['Norway', 'gpe:NO', 'GPE'],
    ['Iceland', 'gpe:IS', 'GPE'],
    ['Ola Berg', 'per:ola-berg', 'PER'],
    ['Sigrun Dal', 'per:sigrun-dal', 'PER'],
  ]);
  const fishingDe = article('p:2', 'de', 'Norwegen und Island einigen sich auf Fangquoten', 'Norwegen und Island legten ihren Streit um Makrelen bei; die Minister Ola Berg und Sigrun Dal unterschrieben.', [
    ['Norwegen', 'gpe:NO', 'GPE'],
    ['Island', 'gpe:IS', 'GPE'],
    ['Ola Berg', 'per:ola-berg', 'PER'],
    ['Sigrun Dal', 'per:sigrun-dal', 'PER'],
  ]);
  const volcano = article('p:3', 'en', 'Volcano erupts again on Iceland peninsula', 'Lava reached a road near a small town in Iceland; the town had been evacuated.', [['Iceland', 'gpe:IS', 'GPE']]);
  const stats = new CorpusStats([fishing, fishingDe, volcano]);
  const same = storySimilarity(fishing, fishingDe, stats);
  assert.equal(same.reasons.evidence, 1);
  assert.ok(same.score > DEFAULT_THRESHOLD);
  const other = storySimilarity(fishing, volcano, stats);
  assert.equal(other.reasons.evidence, 0.25 * SINGLE_FEATURE_FACTOR, 'one shared country is a quarter of the evidence two articles need, halved as a single shared feature');
  assert.ok(other.score < DEFAULT_THRESHOLD / 2);
});

test('a pair sharing only one city is halved; a name spelled alike carries a story across languages', () => {
  const harbour = sampleItem({ id: 'c:1', lang: 'nl', title: 'Dokwerkers in Velmar leggen het werk neer', text: 'In de haven van Velmar staakten dokwerkers voor hogere lonen.', mentions: [['Velmar', 'gpe:city:1', 'GPE']] });
  const bridge = sampleItem({ id: 'c:2', lang: 'nl', title: 'Gemeenteraad Velmar kiest voor nieuwe fietsbrug', text: 'De raad van Velmar stemde voor een brug over het kanaal.', mentions: [['Velmar', 'gpe:city:1', 'GPE']] });
  const stats = new CorpusStats([harbour, bridge]);
  const one = storySimilarity(harbour, bridge, stats);
  assert.deepEqual(one.reasons.sharedEntities, ['gpe:city:1']);
  assert.ok(Math.abs(one.reasons.evidence - 0.8 ** 2 * SINGLE_FEATURE_FACTOR) < 1e-9);
  assert.ok(one.score < DEFAULT_THRESHOLD, `one shared city scored ${one.score}`);

  // The tunnel is no entity; its name, compounded in German, is the only shared content word.
  const de = sampleItem({ id: 'c:3', lang: 'de', title: 'Risse im Brennholmtunnel: Strecke gesperrt', text: 'Die Bahn sperrt den Brennholmtunnel bei Velmar für fünf Wochen.', mentions: [['Velmar', 'gpe:city:1', 'GPE']] });
  const fr = sampleItem({ id: 'c:4', lang: 'fr', title: 'Le tunnel du Brennholm fermé pour cinq semaines', text: 'Le rail entre Velmar et le nord est coupé, dit la compagnie.', mentions: [['Velmar', 'gpe:city:1', 'GPE']] });
  const pair = new CorpusStats([de, fr, harbour, bridge]);
  const similar = storySimilarity(de, fr, pair);
  assert.deepEqual(similar.reasons.sharedNames, ['brennho']);
  assert.ok(similar.reasons.names > 0.9);
  assert.ok(similar.score > DEFAULT_THRESHOLD, `shared tunnel name scored ${similar.score}`);
});
