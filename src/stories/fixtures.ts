/**
 * Made-up items for this directory's tests, written in our own words: one event reported in
 * Dutch, German and English; distractors that share a country with it; and two Dutch wire
 * briefs about one harbour closure.
 */
import type { StoredItem } from '../store/store.js';
import { sampleItem, type SampleMention } from './sample-items.js';

/** The people and the agency every report on the satellite agreement names, spelt alike in each language. */
export const SATELLITE_ACTORS: readonly SampleMention[] = [
  ['Carla Mendes', 'per:carla-mendes', 'PER'],
  ['Tomás Ibarra', 'per:tomas-ibarra', 'PER'],
  ['INPE', 'org:inpe', 'ORG'],
];

/** What both harbour briefs name: the city (in the dateline and in the text) and its port authority. */
const HARBOUR_MENTIONS: readonly SampleMention[] = [
  ['ROTTERDAM', 'gpe:rotterdam', 'GPE'],
  ['Rotterdam', 'gpe:rotterdam', 'GPE'],
  ['Havenbedrijf Rotterdam', 'org:havenbedrijf-rotterdam', 'ORG'],
];

/** Dutch article: Brazil and Argentina build a weather satellite (made up). */
export function satelliteNl(): StoredItem {
  return sampleItem({
    id: 'a1:0',
    lang: 'nl',
    published: '2025-02-04T09:00:00Z',
    title: 'Brazilië en Argentinië bouwen samen een weersatelliet',
    text:
      'BRASILIA (ANP) - Brazilië en Argentinië gaan samen een weersatelliet bouwen. Minister Carla Mendes en haar ' +
      'Argentijnse collega Tomás Ibarra tekenden dinsdag de overeenkomst. Het ruimtevaartbureau INPE leidt het project; ' +
      'de lancering staat gepland voor 2027. Beide landen willen zo minder afhankelijk worden van Europese weergegevens.',
    agencies: ['ANP'],
    mentions: [
      ['Brazilië', 'gpe:BR', 'GPE'],
      ['Argentinië', 'gpe:AR', 'GPE'],
      ['Argentijnse', 'gpe:AR', 'GPE'],
      ['BRASILIA', 'gpe:brasilia', 'GPE'],
      ...SATELLITE_ACTORS,
    ],
  });
}

/** German article on the same satellite agreement (made up). */
export function satelliteDe(): StoredItem {
  return sampleItem({
    id: 'b2:0',
    lang: 'de',
    published: '2025-02-04T15:30:00Z',
    title: 'Brasilien und Argentinien entwickeln gemeinsamen Wettersatelliten',
    text:
      'Brasilien und Argentinien wollen gemeinsam einen Wettersatelliten bauen. Ministerin Carla Mendes und ihr ' +
      'argentinischer Amtskollege Tomás Ibarra unterzeichneten am Dienstag ein Abkommen. Die brasilianische ' +
      'Raumfahrtagentur INPE übernimmt die Leitung, der Start ist für 2027 geplant.',
    mentions: [
      ['Brasilien', 'gpe:BR', 'GPE'],
      ['brasilianische', 'gpe:BR', 'GPE'],
      ['Argentinien', 'gpe:AR', 'GPE'],
      ['argentinischer', 'gpe:AR', 'GPE'],
      ...SATELLITE_ACTORS,
    ],
  });
}

/** English article on the same agreement, a day later and without a known date of its own (made up). */
export function satelliteEn(): StoredItem {
  return sampleItem({
    id: 'c3:0',
    lang: 'en',
    capturedAt: '2025-02-05T08:00:00Z',
    title: 'Brazil and Argentina to build weather satellite together',
    text:
      'Brazil and Argentina will jointly build a weather satellite, ministers Carla Mendes and Tomás Ibarra said ' +
      "after signing an agreement. Brazil's space agency INPE will lead the work ahead of a launch planned for 2027.",
    mentions: [
      ['Brazil', 'gpe:BR', 'GPE'],
      ['Argentina', 'gpe:AR', 'GPE'],
      ...SATELLITE_ACTORS,
    ],
  });
}

/** Dutch brief sharing only Argentina with the satellite story: a bus accident (made up). */
export function busAccidentBrief(): StoredItem {
  return sampleItem({
    id: 'a1:1',
    kind: 'brief',
    lang: 'nl',
    published: '2025-02-04T11:00:00Z',
    title: null,
    text:
      'BUENOS AIRES (ANP) - Bij een busongeluk ten noorden van Buenos Aires in Argentinië zijn zes mensen gewond ' +
      'geraakt, meldt de lokale politie. De bus raakte van de weg door gladheid.',
    agencies: ['ANP'],
    mentions: [
      ['BUENOS AIRES', 'gpe:buenos-aires', 'GPE'],
      ['Buenos Aires', 'gpe:buenos-aires', 'GPE'],
      ['Argentinië', 'gpe:AR', 'GPE'],
    ],
  });
}

/** English article sharing Brazil and the United States with nothing else of the story: coffee prices (made up). */
export function coffeeEn(): StoredItem {
  return sampleItem({
    id: 'd4:0',
    lang: 'en',
    published: '2025-02-05T10:00:00Z',
    title: 'Coffee prices climb as Brazil harvest disappoints',
    text:
      'Coffee futures rose in New York after growers in Brazil reported a smaller harvest than expected. Traders in ' +
      'the United States said dry weather in Minas Gerais cut yields for a second season.',
    mentions: [
      ['Brazil', 'gpe:BR', 'GPE'],
      ['New York', 'gpe:new-york', 'GPE'],
      ['United States', 'gpe:US', 'GPE'],
      ['Minas Gerais', 'gpe:minas-gerais', 'GPE'],
    ],
  });
}

/** Dutch brief: Rotterdam harbour closed by a storm (made up). */
export function harbourClosedBrief(): StoredItem {
  return sampleItem({
    id: 'a1:2',
    kind: 'brief',
    lang: 'nl',
    published: '2025-02-04T06:00:00Z',
    title: 'Haven Rotterdam dicht door storm',
    text:
      'ROTTERDAM (ANP) - De haven van Rotterdam is door zware storm tijdelijk gesloten voor de scheepvaart. ' +
      'Het Havenbedrijf Rotterdam verwacht dat schepen vanavond weer kunnen varen.',
    agencies: ['ANP'],
    mentions: [...HARBOUR_MENTIONS],
  });
}

/** Dutch brief: shipping in Rotterdam resumes after the storm (made up). */
export function harbourReopenedBrief(): StoredItem {
  return sampleItem({
    id: 'a1:3',
    kind: 'brief',
    lang: 'nl',
    published: '2025-02-04T13:00:00Z',
    title: 'Scheepvaart in haven Rotterdam hervat',
    text:
      'ROTTERDAM (ANP) - De scheepvaart in de haven van Rotterdam komt na de storm weer op gang, meldt het ' +
      'Havenbedrijf Rotterdam. Tientallen schepen lagen urenlang voor anker.',
    agencies: ['ANP'],
    mentions: [...HARBOUR_MENTIONS],
  });
}

/** Dutch brief from the same digest on an unrelated Dutch topic: a cabinet decision on rents (made up). */
export function rentBrief(): StoredItem {
  return sampleItem({
    id: 'a1:4',
    kind: 'brief',
    lang: 'nl',
    published: '2025-02-04T12:00:00Z',
    title: 'Kabinet bevriest huren in sociale sector',
    text:
      'DEN HAAG (ANP) - Het kabinet bevriest volgend jaar de huren van sociale huurwoningen in Nederland, zegt ' +
      'minister Joris Vermeulen. Woningcorporaties vrezen minder geld voor onderhoud.',
    agencies: ['ANP'],
    mentions: [
      ['DEN HAAG', 'gpe:den-haag', 'GPE'],
      ['Nederland', 'gpe:NL', 'GPE'],
      ['Joris Vermeulen', 'per:joris-vermeulen', 'PER'],
    ],
  });
}

/** Every fixture item. */
export function allFixtures(): StoredItem[] {
  return [
    satelliteNl(),
    satelliteDe(),
    satelliteEn(),
    busAccidentBrief(),
    coffeeEn(),
    harbourClosedBrief(),
    harbourReopenedBrief(),
    rentBrief(),
  ];
}
