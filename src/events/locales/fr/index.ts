/**
 * French event rules: sentence splitting, grammar words, modality cues and casualty patterns.
 * Word lists written for Dossier from general French grammar (no source text copied).
 */
import type { EventLocale } from '../../locale.js';
import { progress } from './progress.js';
import { triggers } from './triggers.js';

/** French event rules. */
export const fr: EventLocale = {
  code: 'fr',
  sentences: {
    abbreviations: ['m.', 'mm.', 'mme.', 'mmes.', 'mlle.', 'dr.', 'pr.', 'st.', 'ste.', 'cf.', 'p.ex.', 'av.', 'bd.', 'env.', 'art.', 'vol.', 'gén.', 'min.', 'vs.', 'no.', 'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.'],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    ordinalLeaders: [],
    quotes: [['«', '»'], ['“', '”'], ['‹', '›']],
  },
  grammar: {
    elisions: ["l'", "d'", "n'", "s'", "qu'", "j'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'"],
    subordinators: ['que', "qu'", 'qui', 'dont', 'où', 'parce', 'lorsque', "lorsqu'", 'quand', 'puisque', "puisqu'", 'tandis', 'car'],
    conjunctions: ['et', 'ou'],
    locative: ['à', 'au', 'aux', 'en', 'dans', 'près', 'dessus'],
    destination: ['à', 'au', 'aux', 'en', 'vers'],
    comitative: ['avec', 'entre'],
    agentive: ['par'],
    targeting: ['contre', 'sur', 'envers'],
    genitive: ['de', 'du', 'des', "d'"],
    attribution: ['selon'],
    adverbial: ['après', 'avant', 'pendant', 'depuis', 'malgré', 'lors'],
    passiveAuxiliaries: ['été', 'est', 'sont', 'fut', 'furent', 'était', 'étaient', 'sera', 'seront'],
    participle: '\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)',
    auxiliaries: [],
    verbFinal: false,
    postnominalAgent: true,
    premodifiers: false,
    lightVerbs: ['lancé', 'lance', 'lancent', 'mené', 'mène', 'mènent', 'effectué', 'effectue', 'imposé', 'impose', 'imposent', 'tenu', 'tient', 'organisé', 'annoncé', 'décrété', 'prolongé', 'durci', 'adopté', 'adopte', 'adoptent', 'approuvé', 'ordonné', 'autorisé', 'décidé', 'reporté', 'annulé'],
    clauseOpeners: [],
    regionNouns: ['nord', 'sud', 'est', 'ouest', 'nord-est', 'nord-ouest', 'sud-est', 'sud-ouest', 'centre', 'côte', 'côtes', 'région', 'partie', 'banlieue'],
    possessives: ['leur', 'leurs'],
    infinitive: '\\p{L}{2,}(?:er|ir|re)',
  },
  modality: {
    negation: ['pas', 'jamais', 'aucun', 'aucune', 'sans', 'ni', "n'", 'ne', 'refusé', 'refuse', 'refusent', 'rejeté', 'échoué'],
    planned: [
      'va', 'vont', 'compte', 'comptent', 'prévoit', 'prévoient', 'prévu', 'prévue', 'entend', 'entendent', 'devrait', 'devraient',
      "a l'intention", 'souhaite', 'souhaitent', 'veut', 'veulent', 'prochain', 'prochaine', 'envisage', 'envisagent', 'projette',
      'reporté', 'reportée', 'repoussé', 'repoussée', 'ajourné', 'doit', 'doivent'],
    futureForm: '\\p{L}{2,}(?:[^r]era|eront|iront|[^aeiou]ira|[aeiou]ront|aura|auront|[^aeiou]dra|[^aeiou]dront)',
    decision: ['décidé', 'décide', 'décision', 'invité', 'invite', 'invitation', 'proposé', 'propose', 'proposition', 'approuvé', 'autorisé'],
    reportedClause: ['aurait', 'auraient', 'serait', 'seraient', 'présumé', 'présumée', 'prétendument'],
    reportedSentence: ['selon', "d'après"],
    reportedTrailing: ['indiqué', 'précisé', 'déclaré', 'affirmé', 'assuré', 'annoncé', 'expliqué', 'rapporté', 'confirmé', 'souligné', 'ajouté', 'dit', 'indique', 'précise', 'affirme', 'assure', 'rapporte', 'estime'],
    cancelled: ['annulé', 'annulée', 'annulés', 'annulées', 'annule', 'annulation'],
  },
  casualties: {
    numbers: {
      un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
      treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100,
    },
    killed: [
      'NUM(?: [\\p{L}-]+){0,2}? (?:ont été |sont |ont |a été )?(?:tués|tuées|tué|tuée|morts|mortes|décédés|péri)\\b',
      'NUM morts\\b',
      '(?:tué|tuant|tue) (?:au moins |près de |plus de |environ )?NUM',
      'bilan[^.]{0,120}?(?:à|de) NUM (?:morts|mort|tués|victimes)',
    ],
    injured: [
      'NUM(?: [\\p{L}-]+){0,2}? (?:ont été |sont |a été )?(?:blessés|blessées|blessé|blessée)\\b',
      '(?:blessant|blessé) (?:au moins |près de |plus de )?NUM',
    ],
  },
  reference: {
    sameTime: ['ce jour', 'le même jour', 'ce même jour', 'le soir même', 'le jour même'],
    bothParties: ['les deux pays', 'les deux parties', 'les deux alliés', 'les deux gouvernements', 'les deux camps', 'les alliés'],
    deadline: ["d'ici", 'avant', 'au plus tard', "jusqu'à", "jusqu'en"],
    commitment: ['engagé', 'engagée', 'engagés', 'engage', 'engagent', 'promis', 'promet', 'promettent', 'va', 'vont', 'compte', 'prévoit', 'prévoient', 'entend', 'annoncé', 'convenu'],
    pledge: ['engagé à', 'engagée à', 'engagés à', "s'engage", "s'engagent", 'promis', 'promet', 'promettent'],
  },
  progress,
  triggers,
};
