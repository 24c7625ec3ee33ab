import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventMention } from '../pipeline/types.js';
import { findEvents } from './find.js';
import { itemWith, type MentionSpec, type TimeSpec } from './test-support.js';

function events(lang: string, text: string, mentions: MentionSpec[], times: TimeSpec[] = []): EventMention[] {
  return findEvents(itemWith(lang, text, mentions, times));
}

function roles(event: EventMention | undefined): string[] {
  return (event?.actors ?? []).map((a) => `${a.role}:${a.entity}`);
}

/** The mentions of the two "that day" sentences: the presidents, by full name and by surname, and Lisbon. */
const LISBON_VISIT: MentionSpec[] = [
  ['Ana Lopes', 'PER', 'per:ana-lopes'],
  ['Karl Brandt', 'PER', 'per:karl-brandt'],
  ['Lisbon', 'GPE', 'gpe:city:lisbon'],
  ['Lopes', 'PER', 'per:ana-lopes'],
  ['Brandt', 'PER', 'per:karl-brandt'],
];
/** The date the first of those sentences states. */
const LISBON_DATE: TimeSpec = ['3 May', '2025-05-03', 'day'];

describe('anchoring events to what the sentence does not say itself', () => {
  it('reads "the two countries" as the pair named before, with the date of its own clause', () => {
    const text = 'Canada and Mexico plan their biggest trade upgrade since the two countries signed a free trade pact in 1994.';
    const found = events('en', text, [['Canada', 'GPE', 'gpe:CA'], ['Mexico', 'GPE', 'gpe:MX']], [['1994', '1994', 'year']]);
    const agree = found.find((e) => e.type === 'agree');
    assert.deepEqual(roles(agree), ['agent:gpe:CA', 'agent:gpe:MX']);
    assert.deepEqual(agree?.time, { date: '1994', precision: 'year' });
  });

  it('reads "beide Länder" in German and "de twee landen" in Dutch', () => {
    const de = events('de', 'Polen und Litauen vertiefen ihr Bündnis, seit beide Länder 1994 einen Vertrag unterzeichneten.', [
      ['Polen', 'GPE', 'gpe:PL'],
      ['Litauen', 'GPE', 'gpe:LT'],
    ]);
    assert.deepEqual(roles(de.find((e) => e.type === 'agree')), ['agent:gpe:PL', 'agent:gpe:LT']);
    const nl = events('nl', 'Chili en Peru werken samen sinds de twee landen in 2011 een verdrag ondertekenden.', [
      ['Chili', 'GPE', 'gpe:CL'],
      ['Peru', 'GPE', 'gpe:PE'],
    ]);
    assert.deepEqual(roles(nl.find((e) => e.type === 'agree')), ['agent:gpe:CL', 'agent:gpe:PE']);
  });

  it('takes the date of the previous sentence for "that day", and its place when the actors are the same', () => {
    const text = 'Presidents Ana Lopes and Karl Brandt will announce the plan on 3 May in Lisbon. Lopes receives Brandt that day for a state dinner.';
    const found = events('en', text, LISBON_VISIT, [LISBON_DATE]);
    const meet = found.find((e) => e.type === 'meet');
    assert.deepEqual(meet?.time, { date: '2025-05-03', precision: 'day' });
    assert.equal(meet?.place, 'gpe:city:lisbon');
  });

  it('leaves a sentence without "that day" undated', () => {
    const text = 'Presidents Ana Lopes and Karl Brandt will announce the plan on 3 May in Lisbon. Lopes received Brandt for a state dinner.';
    const found = events('en', text, LISBON_VISIT, [LISBON_DATE]);
    assert.equal(found.find((e) => e.type === 'meet')?.time, null);
  });

  it('gives a place before a signing participle to the signing, not to its actors', () => {
    const [agree] = events('de', 'Das von Kanzler Max Weber und Präsidentin Ana Lopes in Lissabon unterzeichnete Abkommen regelt den Handel.', [
      ['Max Weber', 'PER', 'per:max-weber'],
      ['Ana Lopes', 'PER', 'per:ana-lopes'],
      ['Lissabon', 'GPE', 'gpe:city:lisbon'],
    ]);
    assert.equal(agree?.type, 'agree');
    assert.ok(!roles(agree).some((r) => r.endsWith('gpe:city:lisbon')), roles(agree).join(' '));
  });
});

describe('clauses', () => {
  it('does not end a clause at the quotation marks of a short quoted name', () => {
    const found = events('de', 'Die Minister Karl Brandt und Ana Lopes vor den „Drei-plus-Drei“-Gesprächen in Lissabon.', [
      ['Karl Brandt', 'PER', 'per:karl-brandt'],
      ['Ana Lopes', 'PER', 'per:ana-lopes'],
      ['Lissabon', 'GPE', 'gpe:city:lisbon'],
    ]);
    const meet = found.find((e) => e.type === 'meet');
    assert.deepEqual(roles(meet), ['agent:per:karl-brandt', 'agent:per:ana-lopes']);
    assert.equal(meet?.place, 'gpe:city:lisbon');
  });
});

describe('names that belong to another event', () => {
  it('does not read a storm hitting a country as a meeting', () => {
    assert.deepEqual(events('de', 'Der Wirbelsturm droht Jamaika tagelang zu treffen.', [['Jamaika', 'GPE', 'gpe:JM']]).filter((e) => e.type === 'meet'), []);
  });

  it('keeps the parties of an invasion out of a later agreement made by others', () => {
    const found = events('nl', 'Kort voor de Russische invasie van Oekraïne sloten ze een partnerschap zonder grenzen.', [
      ['Russische', 'GPE', 'gpe:RU'],
      ['Oekraïne', 'GPE', 'gpe:UA'],
    ]);
    assert.deepEqual(found.filter((e) => e.type === 'agree' || e.type === 'cooperate'), []);
    assert.deepEqual(roles(found.find((e) => e.type === 'attack')), ['agent:gpe:RU', 'target:gpe:UA']);
  });
});
