/**
 * Dutch event rules: sentence splitting, grammar words, modality cues and casualty patterns.
 * Word lists written for Dossier from general Dutch grammar (no source text copied).
 */
import type { EventLocale } from '../../locale.js';
import { progress } from './progress.js';
import { triggers } from './triggers.js';

/** Dutch event rules. */
export const nl: EventLocale = {
  code: 'nl',
  sentences: {
    abbreviations: [
      'dhr.', 'mevr.', 'mr.', 'dr.', 'prof.', 'drs.', 'ir.', 'ing.', 'o.a.', 'bijv.', 'bv.', 'm.a.w.', 'd.w.z.', 'ca.', 'nl.',
      'blz.', 'mln.', 'mld.', 'jl.', 'st.', 'e.d.', 'i.p.v.', 't.o.v.', 'm.b.t.', 'zgn.', 'resp.', 'vs.', 'gem.', 'min.',
      'jan.', 'feb.', 'aug.', 'sept.', 'okt.', 'nov.', 'dec.', 'nr.', 'evt.', 'incl.', 'excl.', 'vz.',
    ],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    ordinalLeaders: [],
    quotes: [['„', '”'], ['“', '”'], ['‘', '’'], ['«', '»']],
  },
  grammar: {
    elisions: [],
    subordinators: ['dat', 'omdat', 'terwijl', 'nadat', 'toen', 'waar', 'waarbij', 'hoewel', 'zodat', 'indien', 'wanneer', 'sinds', 'wie', 'waarna', 'voordat', 'zodra'],
    conjunctions: ['en', 'of', 'alsook', 'evenals'],
    locative: ['in', 'bij', 'te', 'nabij', 'boven', 'buiten'],
    destination: ['naar', 'aan'],
    comitative: ['met', 'tussen'],
    agentive: ['door'],
    targeting: ['op', 'tegen', 'jegens'],
    genitive: ['van'],
    attribution: ['volgens'],
    adverbial: ['na', 'tijdens', 'ondanks', 'wegens', 'vanwege'],
    passiveAuxiliaries: ['werd', 'werden', 'wordt', 'worden', 'is', 'was', 'waren'],
    participle: '\\p{L}*ge\\p{L}+(?:d|t|en)|(?:be|ver|ont|her|er|onder|over)\\p{L}+(?:d|t|en)',
    auxiliaries: [
      'heeft', 'hebben', 'had', 'hadden', 'is', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'zal', 'zullen', 'zou',
      'zouden', 'wil', 'willen', 'wilde', 'wilden', 'kan', 'kunnen', 'kon', 'konden', 'moet', 'moeten', 'moest', 'mag', 'gaat',
      'gaan', 'ging', 'gingen',
    ],
    verbFinal: true,
    postnominalAgent: false,
    premodifiers: true,
    lightVerbs: [
      'voerde', 'voerden', 'voert', 'uitgevoerd', 'lanceerde', 'lanceerden', 'gelanceerd', 'legde', 'legden', 'legt', 'opgelegd',
      'sloot', 'sloten', 'hield', 'hielden', 'gehouden', 'begon', 'begonnen', 'zette', 'zetten', 'kondigde', 'kondigden',
      'pleegde', 'pleegden', 'gepleegd', 'keurde', 'goedgekeurd', 'beval', 'bevolen', 'besloot', 'besloten', 'uitgesteld', 'afgelast',
    ],
    infinitiveMarkers: ['te'],
    clauseOpeners: ['om', 'te', 'tot', 'dat', 'zich', 'en'],
    regionNouns: ['noorden', 'zuiden', 'oosten', 'westen', 'noordoosten', 'noordwesten', 'zuidoosten', 'zuidwesten', 'centrum', 'midden', 'kust', 'delen', 'regio', 'omgeving'],
    possessives: ['hun'],
  },
  modality: {
    negation: ['niet', 'geen', 'nooit', 'zonder', 'noch', 'weigerde', 'weigerden', 'weigert', 'weigeren', 'afgewezen', 'mislukt', 'mislukte'],
    planned: [
      'zal', 'zullen', 'wil', 'willen', 'wilde', 'wilden', 'plannen', 'plant', 'van plan', 'gepland', 'geplande', 'beoogt',
      'beogen', 'voornemens', 'gaat', 'gaan', 'komende week', 'volgende week', 'volgende maand', 'volgend jaar', 'binnenkort',
      'verwacht', 'verwachten', 'aanstaande',
      'uitgesteld', 'verdaagd', 'naar verwachting'],
    decision: ['besloot', 'besloten', 'besluit', 'beslissing', 'uitgenodigd', 'nodigde', 'nodigden', 'uitnodiging', 'voorgesteld', 'stelde voor', 'goedgekeurd', 'keurde'],
    reportedClause: ['zou', 'zouden', 'naar verluidt', 'vermoedelijk'],
    reportedSentence: ['volgens', 'aldus'],
    reportedTrailing: ['zei', 'zeiden', 'zegt', 'zeggen', 'meldt', 'meldde', 'meldden', 'melden', 'liet weten', 'lieten weten', 'laten weten', 'verklaarde', 'schrijft', 'schreef', 'bevestigde', 'aldus'],
    cancelled: ['afgelast', 'geannuleerd', 'afgezegd', 'geschrapt'],
  },
  casualties: {
    numbers: {
      een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
      dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20,
      dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
    },
    killed: [
      'NUM(?: [\\p{L}-]+){0,2}? (?:zijn |werden |waren |is |raakten )?(?:om het leven|gedood|omgekomen|overleden|doodgeschoten)',
      'NUM (?:doden|dodelijke slachtoffers)\\b',
      'dodental[^.]{0,120}?(?:naar|op|tot) NUM',
      'NUM(?: [\\p{L}-]+)? het leven (?:gekost|kostte|kostten)',
      '(?:doodde|doodden) (?:zeker |minstens |ten minste )?NUM',
    ],
    injured: [
      'NUM(?: [\\p{L}-]+){0,2}? (?:raakten |raakte |zijn |werden |waren )?(?:gewond|verwond)',
      'NUM gewonden\\b',
    ],
  },
  reference: {
    sameTime: ['die dag', 'dezelfde dag', 'diezelfde dag', 'die avond', 'die ochtend'],
    bothParties: ['de twee landen', 'beide landen', 'de beide landen', 'de twee partijen', 'beide partijen', 'de twee bondgenoten', 'de bondgenoten', 'beide regeringen'],
    deadline: ['tegen', 'uiterlijk', 'voor eind', 'vóór', 'tot'],
    commitment: ['beloofde', 'beloofden', 'belooft', 'beloofd', 'zegde toe', 'zegden toe', 'toegezegd', 'verplichtte', 'verbond zich', 'verbonden zich', 'zal', 'zullen', 'wil', 'willen', 'plant', 'plannen', 'van plan', 'kondigde', 'kondigden', 'aangekondigd', 'kwamen overeen', 'afgesproken'],
    pledge: ['beloofde', 'beloofden', 'belooft', 'beloofd', 'zegde toe', 'zegden toe', 'toegezegd', 'verplichtte zich', 'verbond zich', 'verbonden zich'],
  },
  progress,
  triggers,
};
