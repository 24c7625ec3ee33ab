/**
 * Rules for wire-style sentences: sources named last, calling off, parts of a territory, parties
 * named once for two events, possessives, complements of irrealis verbs and forecasts of hazards.
 * Sentences written for these tests; people are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventMention } from '../pipeline/types.js';
import { findEvents } from './find.js';
import { itemWith, type MentionSpec } from './test-support.js';

function events(lang: string, text: string, mentions: MentionSpec[]): EventMention[] {
  return findEvents(itemWith(lang, text, mentions));
}

function summary(found: readonly EventMention[]): string[] {
  return found.map((e) => `${e.type}:${e.modality}`);
}

function roles(event: EventMention | undefined): string[] {
  return (event?.actors ?? []).map((a) => `${a.role}:${a.entity}`);
}

describe('sources named last', () => {
  it('reads the events before a final clause of saying as reported', () => {
    const found = events('en', 'Chilean jets bombed rebel camps near the border, the army said on Friday.', [['Chilean', 'GPE', 'gpe:CL']]);
    assert.deepEqual(summary(found), ['attack:reported']);
  });

  it('does not take a passive verb of saying or a coordinated clause for a source', () => {
    const found = events('en', 'A strong earthquake hit the north of Peru, but no deaths were reported.', [['Peru', 'GPE', 'gpe:PE']]);
    assert.deepEqual(summary(found), ['disaster:happened']);
  });

  it('reads an inverted source clause and keeps its verb from being an announcement', () => {
    const found = events('es', 'Bolivia cerró su frontera con Perú, anunció el Gobierno de La Paz.', [
      ['Bolivia', 'GPE', 'gpe:BO'],
      ['Perú', 'GPE', 'gpe:PE'],
      ['La Paz', 'GPE', 'gpe:city:la-paz'],
    ]);
    assert.deepEqual(summary(found), ['close:reported']);
  });
});

describe('modality of news phrasing', () => {
  it('negates an event noun that was called off', () => {
    const found = events('nl', 'Het bezoek van de Poolse president aan Litouwen, gepland voor dinsdag, is afgelast.', [
      ['Poolse', 'GPE', 'gpe:PL'],
      ['Litouwen', 'GPE', 'gpe:LT'],
    ]);
    assert.deepEqual(summary(found), ['meet:negated']);
  });

  it('keeps the cues of an irrealis verb’s complement off the verb itself', () => {
    const found = events('es', 'Uruguay y Paraguay acordaron realizar maniobras conjuntas el próximo año.', [
      ['Uruguay', 'GPE', 'gpe:UY'],
      ['Paraguay', 'GPE', 'gpe:PY'],
    ]);
    assert.deepEqual(summary(found).sort(), ['agree:happened', 'exercise:planned']);
  });

  it('does not carry an irrealis verb across a time phrase', () => {
    const found = events('en', 'Peru and Ecuador signed a fisheries accord during the president’s visit to Quito.', [
      ['Peru', 'GPE', 'gpe:PE'],
      ['Ecuador', 'GPE', 'gpe:EC'],
      ['Quito', 'GPE', 'gpe:city:quito'],
    ]);
    assert.equal(found.find((e) => e.type === 'meet')?.modality, 'happened');
  });
});

describe('places and parties', () => {
  it('reads a name after a region noun as the place', () => {
    const [event] = events('de', 'Ein Erdbeben erschütterte am Morgen den Westen Albaniens.', [['Albaniens', 'GPE', 'gpe:AL']]);
    assert.equal(event?.type, 'disaster');
    assert.equal(event?.place, 'gpe:AL');
  });

  it('gives the parties of talks named with "between" the agent role', () => {
    const [event] = events('fr', 'Les négociations entre la Grèce et la Turquie ont repris à Ankara.', [
      ['Grèce', 'GPE', 'gpe:GR'],
      ['Turquie', 'GPE', 'gpe:TR'],
      ['Ankara', 'GPE', 'gpe:city:ankara'],
    ]);
    assert.deepEqual(roles(event), ['agent:gpe:GR', 'agent:gpe:TR']);
  });

  it('lends the parties of one symmetric event to another in the same clause', () => {
    const found = events('en', 'Talks between Laos and Thailand ended without an agreement on the dam.', [
      ['Laos', 'GPE', 'gpe:LA'],
      ['Thailand', 'GPE', 'gpe:TH'],
    ]);
    const agree = found.find((e) => e.type === 'agree');
    assert.equal(agree?.modality, 'negated');
    assert.deepEqual(roles(agree), ['agent:gpe:LA', 'agent:gpe:TH']);
  });

  it('gives an event noun after a plural possessive the parties named next', () => {
    const found = events('de', 'Nach ihrem Treffen in Oslo sagten die Regierungschefs Dänemarks und Islands, sie seien zufrieden.', [
      ['Oslo', 'GPE', 'gpe:city:oslo'],
      ['Dänemarks', 'GPE', 'gpe:DK'],
      ['Islands', 'GPE', 'gpe:IS'],
    ]);
    const meet = found.find((e) => e.type === 'meet');
    assert.deepEqual(roles(meet), ['agent:gpe:DK', 'agent:gpe:IS']);
    assert.equal(meet?.place, 'gpe:city:oslo');
  });

  it('reads no disaster in a hazard that only threatens', () => {
    const found = events('fr', 'Le cyclone menace de frapper la côte du Mozambique.', [['Mozambique', 'GPE', 'gpe:MZ']]);
    assert.deepEqual(found, []);
  });
});
