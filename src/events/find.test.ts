import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventMention } from '../pipeline/types.js';
import { eventsStage, findEvents } from './find.js';
import { itemWith, type MentionSpec, type TimeSpec } from './test-support.js';

function events(lang: string, text: string, mentions: MentionSpec[], times: TimeSpec[] = [], published: string | null = null): EventMention[] {
  return findEvents(itemWith(lang, text, mentions, times, published));
}

function roles(event: EventMention | undefined): string[] {
  return (event?.actors ?? []).map((a) => `${a.role}:${a.entity}`);
}

describe('findEvents: triggers', () => {
  it('finds a meeting with agent, counterpart, place and provenance', () => {
    const text = 'Minister Anna Varga met her Estonian colleague in Tallinn.';
    const [event, ...rest] = events('en', text, [['Anna Varga', 'PER', 'per:anna-varga'], ['Estonian', 'GPE', 'gpe:EE'], ['Tallinn', 'GPE', 'gpe:city:tallinn']]);
    assert.equal(rest.length, 0);
    assert.equal(event?.type, 'meet');
    assert.deepEqual(roles(event), ['agent:per:anna-varga', 'counterpart:gpe:EE']);
    assert.equal(event?.place, 'gpe:city:tallinn');
    assert.equal(event?.modality, 'happened');
    assert.equal(event?.sentence, text);
    assert.equal(event?.start, 0);
    assert.deepEqual(event?.provenance, { certainty: 'inferred', rule: 'events/en/meet/meet', evidence: text });
  });

  it('reads a German separable verb with its particle at the clause end', () => {
    const [event] = events('de', 'Schweden forderte Ungarn am Montag erneut auf, die Blockade zu beenden.', [['Schweden', 'GPE', 'gpe:SE'], ['Ungarn', 'GPE', 'gpe:HU']]);
    assert.equal(event?.type, 'urge');
    assert.equal(event?.provenance.rule, 'events/de/urge/auffordern');
    assert.deepEqual(roles(event), ['agent:gpe:SE', 'target:gpe:HU']);
  });

  it('does not read a separable verb without its particle', () => {
    const found = events('de', 'Die Regierung in Wien kündigte den Vertrag mit der Firma Alpenbau.', [['Wien', 'GPE', 'gpe:city:vienna'], ['Alpenbau', 'ORG', 'org:alpenbau']]);
    assert.deepEqual(found.map((e) => e.type), []);
  });

  it('needs the context word of an ambiguous trigger', () => {
    assert.equal(events('en', 'Latvia closed its consulate in Minsk.', [['Latvia', 'GPE', 'gpe:LV'], ['Minsk', 'GPE', 'gpe:city:minsk']])[0]?.type, 'close');
    assert.deepEqual(events('en', 'Latvia is close to Finland on energy policy.', [['Latvia', 'GPE', 'gpe:LV'], ['Finland', 'GPE', 'gpe:FI']]), []);
    assert.deepEqual(events('en', 'The dock strike in Antwerp entered a second week.', [['Antwerp', 'GPE', 'gpe:city:antwerp']]), []);
  });

  it('respects excluded forms and the next word', () => {
    assert.deepEqual(events('de', 'Die Auswahl in Bayern ist groß.', [['Bayern', 'GPE', 'gpe:region:bavaria']]), []);
    assert.deepEqual(events('en', 'Ireland will deal with the request quickly.', [['Ireland', 'GPE', 'gpe:IE']]), []);
    assert.deepEqual(events('en', 'Thanks to exports, Chile grew.', [['Chile', 'GPE', 'gpe:CL']]), []);
  });

  it('starts no trigger inside a name', () => {
    const found = events('en', 'The Gulf Cooperation Council met in Doha.', [['Gulf Cooperation Council', 'ORG', 'org:gcc'], ['Doha', 'GPE', 'gpe:city:doha']]);
    assert.deepEqual(found.map((e) => e.type), ['meet']);
  });

  it('emits nothing without an actor, and nothing for a sentence without a trigger', () => {
    assert.deepEqual(events('en', 'The two sides agreed to meet again.', []), []);
    assert.deepEqual(events('en', 'The minister said Peru was doing well.', [['Peru', 'GPE', 'gpe:PE']]), []);
  });

  it('reports a disaster on its place alone, with casualties', () => {
    const [event] = events('nl', 'Bij een grote brand in Porto kwamen drie mensen om het leven en raakten 12 mensen gewond.', [['Porto', 'GPE', 'gpe:city:porto']]);
    assert.equal(event?.type, 'disaster');
    assert.deepEqual(event?.actors, []);
    assert.equal(event?.place, 'gpe:city:porto');
    assert.deepEqual(event?.casualties, { killed: 3, injured: 12 });
  });

  it('counts a demonym mention as its country whatever its type', () => {
    const [event] = events('en', 'Turkish jets struck targets near Kobani with missiles.', [['Turkish', 'MISC', 'gpe:TR'], ['Kobani', 'GPE', 'gpe:city:kobani']]);
    assert.equal(event?.type, 'attack');
    assert.deepEqual(roles(event), ['agent:gpe:TR']);
    assert.equal(event?.place, 'gpe:city:kobani');
  });

  it('reads nothing in a language without an events locale', () => {
    assert.deepEqual(events('xx', 'Lorem met ipsum in Roma.', [['Roma', 'GPE', 'gpe:city:rome']]), []);
  });
});

describe('findEvents: roles', () => {
  it('makes the subject of a passive its target and the by-phrase its agent', () => {
    const [event] = events('en', 'Kharkiv was attacked by Russia overnight.', [['Kharkiv', 'GPE', 'gpe:city:kharkiv'], ['Russia', 'GPE', 'gpe:RU']]);
    assert.deepEqual(roles(event), ['agent:gpe:RU', 'target:gpe:city:kharkiv']);
  });

  it('reads objects in the German middle field and subordinate clauses', () => {
    const [urge] = events('de', 'Die EU hat Serbien aufgefordert, Reformen umzusetzen.', [['EU', 'ORG', 'org:eu'], ['Serbien', 'GPE', 'gpe:RS']]);
    assert.deepEqual(roles(urge), ['agent:org:eu', 'target:gpe:RS']);
    const [attack] = events('de', 'Berichten zufolge ist unklar, ob Russland die Ukraine angegriffen hat.', [['Russland', 'GPE', 'gpe:RU'], ['Ukraine', 'GPE', 'gpe:UA']]);
    assert.deepEqual(roles(attack), ['agent:gpe:RU', 'target:gpe:UA']);
  });

  it('finds the inverted subject after a verb-second verb, not a fronted adverbial', () => {
    const found = events('nl', 'Na de Russische aanval ontmoette Polen dinsdag Litouwen.', [['Russische', 'GPE', 'gpe:RU'], ['Polen', 'GPE', 'gpe:PL'], ['Litouwen', 'GPE', 'gpe:LT']]);
    assert.deepEqual(roles(found.find((e) => e.type === 'meet')), ['agent:gpe:PL', 'counterpart:gpe:LT']);
    assert.deepEqual(roles(found.find((e) => e.type === 'attack')), ['agent:gpe:RU']);
  });

  it('gives the counterpart of a symmetric event by its preposition', () => {
    const [event] = events('de', 'Am Freitag will sich Rom mit Athen über Migration beraten.', [['Rom', 'GPE', 'gpe:city:rome'], ['Athen', 'GPE', 'gpe:city:athens']]);
    assert.equal(event?.type, 'meet');
    assert.deepEqual(roles(event), ['agent:gpe:city:rome', 'counterpart:gpe:city:athens']);
    assert.equal(event?.modality, 'planned');
  });

  it('takes only the name right before a directed event noun as its agent', () => {
    const found = events('nl', 'Polen sloot de grens na Russische aanvallen op Oekraïne.', [['Polen', 'GPE', 'gpe:PL'], ['Russische', 'GPE', 'gpe:RU'], ['Oekraïne', 'GPE', 'gpe:UA']]);
    assert.deepEqual(found.map((e) => [e.type, roles(e)]), [
      ['close', ['agent:gpe:PL']],
      ['attack', ['agent:gpe:RU', 'target:gpe:UA']],
    ]);
  });

  it('takes the adjective after an event noun as its agent where adjectives follow', () => {
    const [event] = events('es', 'Los ataques rusos contra Odesa dejaron al menos seis muertos.', [['rusos', 'GPE', 'gpe:RU'], ['Odesa', 'GPE', 'gpe:city:odesa']]);
    assert.deepEqual(roles(event), ['agent:gpe:RU', 'target:gpe:city:odesa']);
    assert.deepEqual(event?.casualties, { killed: 6, injured: null });
  });

  it('does not read a genitive as a destination', () => {
    const [event] = events('es', 'Perú recibió al presidente de Bolivia en Lima.', [['Perú', 'GPE', 'gpe:PE'], ['Bolivia', 'GPE', 'gpe:BO'], ['Lima', 'GPE', 'gpe:city:lima']]);
    assert.deepEqual(roles(event), ['agent:gpe:PE', 'counterpart:gpe:BO']);
    assert.equal(event?.place, 'gpe:city:lima');
  });

  it('links a light verb to its event noun and keeps each actor once', () => {
    const [event] = events('en', 'The EU imposed sanctions on Iran, and Iran criticised the EU.', [['EU', 'ORG', 'org:eu'], ['Iran', 'GPE', 'gpe:IR'], ['Iran', 'GPE', 'gpe:IR'], ['EU', 'ORG', 'org:eu']]);
    assert.equal(event?.type, 'sanction');
    assert.deepEqual(roles(event), ['agent:org:eu', 'target:gpe:IR']);
  });

  it('looks back over an apposition for a missing subject', () => {
    const [event] = events('en', 'Rui Costa, the Portuguese minister, visited Luanda on Monday.', [['Rui Costa', 'PER', 'per:rui-costa'], ['Portuguese', 'GPE', 'gpe:PT'], ['Luanda', 'GPE', 'gpe:city:luanda']]);
    assert.deepEqual(roles(event), ['agent:per:rui-costa', 'agent:gpe:PT', 'counterpart:gpe:city:luanda']);
  });

  it('ignores names behind a source preposition', () => {
    const [event] = events('fr', "Selon la presse algérienne, le Maroc a fermé sa frontière.", [['algérienne', 'GPE', 'gpe:DZ'], ['Maroc', 'GPE', 'gpe:MA']]);
    assert.deepEqual(roles(event), ['agent:gpe:MA']);
    assert.equal(event?.modality, 'reported');
  });
});

describe('findEvents: casualties', () => {
  it('reads counts in words and digits, and the largest of each kind', () => {
    const en = events('en', 'Russian air strikes on Sumy killed at least nine people and injured 40.', [['Russian', 'GPE', 'gpe:RU'], ['Sumy', 'GPE', 'gpe:city:sumy']]);
    assert.deepEqual(en[0]?.casualties, { killed: 9, injured: 40 });
    const de = events('de', 'Bei dem Angriff Russlands auf Cherson gab es 14 Tote und 1.200 Verletzte.', [['Russlands', 'GPE', 'gpe:RU'], ['Cherson', 'GPE', 'gpe:city:kherson']]);
    assert.deepEqual(de[0]?.casualties, { killed: 14, injured: 1200 });
    assert.deepEqual(roles(de[0]), ['agent:gpe:RU', 'target:gpe:city:kherson']);
    const fr = events('fr', "L'attaque russe contre Kharkiv a fait deux morts.", [['russe', 'GPE', 'gpe:RU'], ['Kharkiv', 'GPE', 'gpe:city:kharkiv']]);
    assert.deepEqual(fr[0]?.casualties, { killed: 2, injured: null });
  });

  it('states no casualties for types that have none', () => {
    const [event] = events('en', 'Peru and Chile signed a deal that left 5 issues open.', [['Peru', 'GPE', 'gpe:PE'], ['Chile', 'GPE', 'gpe:CL']]);
    assert.equal(event?.type, 'agree');
    assert.equal(event?.casualties, undefined);
  });
});

describe('findEvents: time and modality', () => {
  it('takes the first time expression of the sentence', () => {
    const text = 'Chile and Peru signed a trade pact on 3 March. Bolivia joined in April.';
    const found = events('en', text, [['Chile', 'GPE', 'gpe:CL'], ['Peru', 'GPE', 'gpe:PE'], ['Bolivia', 'GPE', 'gpe:BO']], [['3 March', '2025-03-03', 'day'], ['April', '2025-04', 'month']]);
    assert.deepEqual(found.map((e) => [e.type, e.time]), [['agree', { date: '2025-03-03', precision: 'day' }]]);
  });

  it('marks negated events, with the negation on the nearest trigger', () => {
    assert.equal(events('en', 'Hungary did not sign the declaration.', [['Hungary', 'GPE', 'gpe:HU']])[0]?.modality, 'negated');
    assert.equal(events('fr', "La Suisse n'a pas signé l'accord.", [['Suisse', 'GPE', 'gpe:CH']])[0]?.modality, 'negated');
    const found = events('nl', 'Iran heeft buurlanden opgeroepen niet samen te werken met Israël.', [['Iran', 'GPE', 'gpe:IR'], ['Israël', 'GPE', 'gpe:IL']]);
    assert.deepEqual(found.map((e) => [e.type, e.modality]), [['urge', 'happened'], ['cooperate', 'negated']]);
  });

  it('marks planned events by cue, future form, irrealis verb and a date after publication', () => {
    assert.equal(events('nl', 'België en Nederland zullen samenwerken.', [['België', 'GPE', 'gpe:BE'], ['Nederland', 'GPE', 'gpe:NL']])[0]?.modality, 'planned');
    assert.equal(events('fr', 'Le Chili signera un accord avec le Pérou.', [['Chili', 'GPE', 'gpe:CL'], ['Pérou', 'GPE', 'gpe:PE']])[0]?.modality, 'planned');
    const urged = events('en', 'Norway urged Sweden to sign the accord.', [['Norway', 'GPE', 'gpe:NO'], ['Sweden', 'GPE', 'gpe:SE']]);
    assert.deepEqual(urged.map((e) => [e.type, e.modality]), [['urge', 'happened'], ['agree', 'planned']]);
    const dated = events('en', 'Kenya hosts Uganda on 9 June.', [['Kenya', 'GPE', 'gpe:KE'], ['Uganda', 'GPE', 'gpe:UG']], [['9 June', '2025-06-09', 'day']], '2025-06-01');
    assert.equal(dated[0]?.modality, 'planned');
  });

  it('marks reported events by hearsay or attribution', () => {
    assert.equal(events('de', 'Russland soll Drohnen auf Odessa abgeschossen haben.', [['Russland', 'GPE', 'gpe:RU'], ['Odessa', 'GPE', 'gpe:city:odesa']])[0]?.modality, 'reported');
    assert.equal(events('nl', 'Volgens de krant ontmoette Rutte de Duitse kanselier.', [['Rutte', 'PER', 'per:mark-rutte'], ['Duitse', 'GPE', 'gpe:DE']])[0]?.modality, 'reported');
  });
});

describe('eventsStage', () => {
  it('sets item.events', () => {
    const item = itemWith('de', 'Frankreich und Italien unterzeichneten ein Abkommen.', [['Frankreich', 'GPE', 'gpe:FR'], ['Italien', 'GPE', 'gpe:IT']]);
    eventsStage.run(item, { referenceTime: item.capturedAt });
    assert.equal(eventsStage.name, 'events');
    assert.deepEqual(item.events.map((e) => e.type), ['agree']);
    assert.deepEqual(roles(item.events[0]), ['agent:gpe:FR', 'agent:gpe:IT']);
  });
});
