/**
 * Made-up items for the long-running-story tests, written in our own words (the events and
 * people are invented): Portugal and Spain set up a joint commission for the Tagus in April
 * 2024 (reported in English and German), and the commission makes its first inspection in
 * February 2025 (reported in Dutch and French). Two distractors share countries and places
 * with it: a forest fire near Toledo and a football friendly in Porto.
 */
import type { StoredItem } from '../store/store.js';
import { sampleItem, type SampleMention } from './sample-items.js';

/** The two ministers and the commission, spelt alike in every language. */
const TAGUS_ACTORS: readonly SampleMention[] = [
  ['Inês Carvalho', 'per:ines-carvalho', 'PER'],
  ['Jaime Olmedo', 'per:jaime-olmedo', 'PER'],
];

/** April 2024, English: the commission is agreed. */
export function tagusAgreedEn(): StoredItem {
  return sampleItem({
    id: 't1:0',
    lang: 'en',
    published: '2024-04-09T10:00:00Z',
    title: 'Portugal and Spain set up a joint Tagus commission',
    text:
      'LISBON - Portugal and Spain will manage the Tagus together. Environment ministers Inês Carvalho and Jaime Olmedo ' +
      'signed the founding charter of a joint river commission in Lisbon on Tuesday. The commission will set minimum ' +
      'flows for the Tagus and inspect the dams near Toledo every year.',
    mentions: [['Portugal', 'gpe:PT', 'GPE'], ['Spain', 'gpe:ES', 'GPE'], ['LISBON', 'gpe:city:lisbon', 'GPE'], ['Lisbon', 'gpe:city:lisbon', 'GPE'], ['Tagus', 'loc:tagus', 'LOC'], ['Toledo', 'gpe:city:toledo', 'GPE'], ...TAGUS_ACTORS],
  });
}

/** April 2024, German: the same agreement. */
export function tagusAgreedDe(): StoredItem {
  return sampleItem({
    id: 't2:0',
    lang: 'de',
    published: '2024-04-10T07:30:00Z',
    title: 'Portugal und Spanien gründen gemeinsame Tajo-Kommission',
    text:
      'Portugal und Spanien wollen den Tajo künftig gemeinsam bewirtschaften. Die Umweltminister Inês Carvalho und Jaime ' +
      'Olmedo unterzeichneten in Lissabon die Gründungsurkunde einer Flusskommission. Sie soll Mindestabflüsse festlegen ' +
      'und die Talsperren bei Toledo jährlich prüfen.',
    mentions: [['Portugal', 'gpe:PT', 'GPE'], ['Spanien', 'gpe:ES', 'GPE'], ['Lissabon', 'gpe:city:lisbon', 'GPE'], ['Tajo', 'loc:tagus', 'LOC'], ['Toledo', 'gpe:city:toledo', 'GPE'], ['Inês Carvalho', 'per:ines-carvalho', 'PER']],
  });
}

/** February 2025, Dutch: the first inspection, ten months later. */
export function tagusInspectionNl(): StoredItem {
  return sampleItem({
    id: 't3:0',
    lang: 'nl',
    published: '2025-02-18T09:00:00Z',
    title: 'Taagcommissie inspecteert voor het eerst stuwdammen bij Toledo',
    text:
      'TOLEDO (ANP) - De Portugees-Spaanse commissie voor de Taag heeft voor het eerst de stuwdammen bij Toledo ' +
      'geïnspecteerd. Ministers Inês Carvalho en Jaime Olmedo waren erbij. Portugal wil dat Spanje in droge zomers meer ' +
      'water doorlaat.',
    agencies: ['ANP'],
    mentions: [['Portugal', 'gpe:PT', 'GPE'], ['Spanje', 'gpe:ES', 'GPE'], ['TOLEDO', 'gpe:city:toledo', 'GPE'], ['Toledo', 'gpe:city:toledo', 'GPE'], ['Taag', 'loc:tagus', 'LOC'], ...TAGUS_ACTORS],
  });
}

/** February 2025, French: the same inspection. */
export function tagusInspectionFr(): StoredItem {
  return sampleItem({
    id: 't4:0',
    lang: 'fr',
    published: '2025-02-18T16:00:00Z',
    title: 'Première inspection des barrages du Tage près de Tolède',
    text:
      'La commission hispano-portugaise du Tage a inspecté mardi pour la première fois les barrages près de Tolède. ' +
      'Les ministres Inês Carvalho et Jaime Olmedo ont promis de publier les débits minimaux avant l’été. Le Portugal ' +
      'réclame plus d’eau à l’Espagne pendant les sécheresses.',
    mentions: [['Portugal', 'gpe:PT', 'GPE'], ['Espagne', 'gpe:ES', 'GPE'], ['Tolède', 'gpe:city:toledo', 'GPE'], ['Tage', 'loc:tagus', 'LOC'], ...TAGUS_ACTORS],
  });
}

/** February 2025, English wire brief, a distractor: a forest fire near Toledo (shares Spain and Toledo). */
export function toledoFireEn(): StoredItem {
  return sampleItem({
    id: 't5:0',
    kind: 'brief',
    lang: 'en',
    published: '2025-02-18T12:00:00Z',
    title: 'Forest fire forces evacuations near Toledo',
    text:
      'Firefighters in Spain are fighting a forest fire south of Toledo. The villages of Navalcán and Oropesa were ' +
      'evacuated overnight, and the Infocam fire service said strong winds were spreading the flames.',
    mentions: [['Spain', 'gpe:ES', 'GPE'], ['Toledo', 'gpe:city:toledo', 'GPE'], ['Navalcán', 'gpe:city:navalcan', 'GPE'], ['Oropesa', 'gpe:city:oropesa', 'GPE'], ['Infocam', 'org:infocam', 'ORG']],
  });
}

/** April 2024, Dutch wire brief, a distractor: a football friendly in Porto (shares the two countries only). */
export function lisbonFootballNl(): StoredItem {
  return sampleItem({
    id: 't6:0',
    kind: 'brief',
    lang: 'nl',
    published: '2024-04-10T21:00:00Z',
    title: 'Portugal wint oefenduel van Spanje in Porto',
    text:
      'Portugal heeft in Porto een oefenwedstrijd tegen Spanje met 2-1 gewonnen. Rui Tavares maakte in de laatste ' +
      'minuut het winnende doelpunt; Spanje speelde zonder aanvoerder Marcos Peña.',
    mentions: [['Portugal', 'gpe:PT', 'GPE'], ['Spanje', 'gpe:ES', 'GPE'], ['Porto', 'gpe:city:porto', 'GPE'], ['Rui Tavares', 'per:rui-tavares', 'PER'], ['Marcos Peña', 'per:marcos-pena', 'PER']],
  });
}

/** All six items, in an order that is not their time order. */
export function tagusCorpus(): StoredItem[] {
  return [tagusInspectionFr(), toledoFireEn(), tagusAgreedEn(), lisbonFootballNl(), tagusInspectionNl(), tagusAgreedDe()];
}
