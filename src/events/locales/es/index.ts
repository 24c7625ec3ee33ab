/**
 * Spanish event rules: sentence splitting, grammar words, modality cues and casualty patterns.
 * Word lists written for Dossier from general Spanish grammar (no source text copied).
 */
import type { EventLocale } from '../../locale.js';
import { progress } from './progress.js';
import { triggers } from './triggers.js';

/** Spanish event rules. */
export const es: EventLocale = {
  code: 'es',
  sentences: {
    abbreviations: ['sr.', 'sra.', 'srta.', 'dr.', 'dra.', 'd.', 'dña.', 'ej.', 'p.ej.', 'núm.', 'av.', 'avda.', 'gral.', 'lic.', 'ing.', 'pág.', 'aprox.', 'etc.', 'vs.', 'ene.', 'feb.', 'abr.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
    ordinalLeaders: [],
    quotes: [['«', '»'], ['“', '”'], ['‘', '’']],
  },
  grammar: {
    elisions: [],
    subordinators: ['que', 'quien', 'quienes', 'donde', 'cuando', 'porque', 'aunque', 'mientras', 'cuyo', 'cuya', 'cuyos', 'cuyas'],
    conjunctions: ['y', 'e', 'o', 'u'],
    locative: ['en', 'cerca', 'junto'],
    destination: ['a', 'al', 'hacia'],
    comitative: ['con', 'entre'],
    agentive: ['por'],
    targeting: ['contra', 'sobre'],
    genitive: ['de', 'del'],
    attribution: ['según'],
    adverbial: ['tras', 'después', 'antes', 'durante', 'pese', 'desde'],
    passiveAuxiliaries: ['fue', 'fueron', 'sido', 'es', 'son', 'será', 'serán', 'era', 'eran'],
    participle: '\\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas)',
    auxiliaries: [],
    verbFinal: false,
    postnominalAgent: true,
    premodifiers: false,
    lightVerbs: ['impuso', 'impone', 'imponen', 'impusieron', 'lanzó', 'lanzaron', 'lanza', 'llevó', 'llevaron', 'realizó', 'realizaron', 'realiza', 'celebró', 'celebraron', 'anunció', 'adoptó', 'amplió', 'endureció', 'aprobó', 'ordenó', 'autorizó', 'decretó', 'decidió', 'aplazó', 'canceló', 'propuso'],
    clauseOpeners: [],
    regionNouns: ['norte', 'sur', 'este', 'oeste', 'noreste', 'noroeste', 'sureste', 'suroeste', 'centro', 'costa', 'región', 'parte', 'afueras'],
    possessives: ['su', 'sus'],
    infinitive: '\\p{L}{2,}(?:ar|er|ir)',
  },
  modality: {
    negation: ['no', 'nunca', 'jamás', 'ningún', 'ninguna', 'ninguno', 'sin', 'ni', 'rechazó', 'rechazaron', 'negó', 'negaron'],
    planned: ['va', 'van', 'planea', 'planean', 'prevé', 'prevén', 'previsto', 'prevista', 'pretende', 'pretenden', 'quiere', 'quieren', 'próximo', 'próxima', 'tiene previsto', 'aplazado', 'aplazada', 'pospuesto', 'pospuesta', 'se espera', 'debe', 'deberá', 'deberán'],
    futureForm: '\\p{L}{2,}(?:rá|rán|remos)',
    decision: ['decidió', 'decidieron', 'decide', 'decisión', 'invitó', 'invitado', 'invitación', 'propuso', 'propone', 'propuesta', 'aprobó', 'autorizó'],
    reportedClause: ['presuntamente', 'supuestamente', 'habría', 'habrían'],
    reportedSentence: ['según', 'de acuerdo con'],
    reportedTrailing: ['anunció', 'anunciaron', 'informó', 'informaron', 'aseguró', 'aseguraron', 'dijo', 'dijeron', 'afirmó', 'afirmaron', 'señaló', 'señalaron', 'indicó', 'indicaron', 'declaró', 'explicó', 'confirmó', 'precisó', 'añadió', 'informa', 'asegura', 'afirma'],
    cancelled: ['cancelado', 'cancelada', 'cancelados', 'canceló', 'cancelaron', 'anulado', 'anulada', 'anuló'],
  },
  casualties: {
    numbers: {
      un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
      trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, treinta: 30,
      cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100,
    },
    killed: [
      'NUM(?: [\\p{L}-]+){0,2}? (?:murieron|muertos|muertas|fallecieron|fallecidos|perdieron la vida)',
      '(?:dejó|dejaron|causó|causaron) (?:al menos |más de |unos )?NUM muertos',
      '(?:mató|mataron|matando) a (?:al menos |más de |unos )?NUM',
    ],
    injured: [
      'NUM(?: [\\p{L}-]+){0,2}? (?:resultaron |fueron |quedaron )?(?:heridos|heridas|herido|herida)\\b',
      '(?:hirió|hirieron|hiriendo) a (?:al menos |más de |unos )?NUM',
    ],
  },
  reference: {
    sameTime: ['ese día', 'el mismo día', 'ese mismo día', 'esa noche', 'esa mañana'],
    bothParties: ['los dos países', 'ambos países', 'las dos partes', 'ambas partes', 'ambos gobiernos', 'los aliados', 'los dos aliados'],
    deadline: ['antes de', 'para', 'a más tardar', 'hasta'],
    commitment: ['comprometió', 'comprometieron', 'compromete', 'comprometido', 'prometió', 'prometieron', 'promete', 'va', 'van', 'planea', 'planean', 'prevé', 'prevén', 'anunció', 'anunciaron', 'acordaron', 'acordó'],
    pledge: ['comprometió', 'comprometieron', 'compromete', 'comprometen', 'prometió', 'prometieron', 'promete'],
  },
  progress,
  triggers,
};
