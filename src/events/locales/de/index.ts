/**
 * German event rules: sentence splitting, grammar words, modality cues and casualty patterns.
 * Word lists written for Dossier from general German grammar (no source text copied).
 */
import type { EventLocale } from '../../locale.js';
import { progress } from './progress.js';
import { triggers } from './triggers.js';

/** German event rules. */
export const de: EventLocale = {
  code: 'de',
  sentences: {
    abbreviations: [
      'z.b.', 'u.a.', 'bzw.', 'd.h.', 'dr.', 'prof.', 'st.', 'ca.', 'evtl.', 'ggf.', 'inkl.', 'nr.', 'bspw.', 'vgl.', 'sog.',
      'mio.', 'mrd.', 'tsd.', 'jan.', 'feb.', 'aug.', 'sept.', 'okt.', 'nov.', 'dez.', 'abs.', 'art.', 'hr.', 'fr.', 'o.ä.',
      'u.ä.', 'i.d.r.', 'z.t.', 'v.a.', 'zzgl.', 'gem.', 'lt.', 'max.', 'min.', 'rd.', 'ehem.', 'stv.', 'vs.', 'o.a.', 'dt.',
      'str.', 'tel.', 'geb.', 'gest.', 'jh.', 'jhd.', 'bzgl.', 'insb.', 'allg.',
    ],
    months: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    ordinalLeaders: ['am', 'vom', 'zum', 'bis', 'den', 'der', 'dem', 'des', 'die', 'im', 'seit', 'ab', 'ihr', 'ihrem', 'sein', 'seinem'],
    quotes: [['„', '“'], ['„', '”'], ['»', '«'], ['«', '»'], ['‚', '‘'], ['“', '”']],
  },
  grammar: {
    elisions: [],
    subordinators: ['dass', 'weil', 'obwohl', 'nachdem', 'wo', 'wobei', 'wenn', 'falls', 'sodass', 'ob', 'bevor', 'seitdem', 'indem', 'sobald', 'solange', 'woraufhin'],
    conjunctions: ['und', 'sowie', 'oder'],
    locative: ['in', 'im', 'bei', 'beim', 'am', 'nahe', 'innerhalb', 'außerhalb'],
    destination: ['nach', 'zu', 'zum', 'zur'],
    comitative: ['mit', 'zwischen'],
    agentive: ['durch', 'von', 'vom'],
    targeting: ['auf', 'gegen', 'gegenüber', 'an'],
    genitive: ['von', 'vom', 'des', 'der'],
    attribution: ['laut'],
    adverbial: ['vor', 'während', 'seit', 'trotz', 'wegen', 'infolge'],
    passiveAuxiliaries: ['wurde', 'wurden', 'worden', 'wird', 'werden'],
    participle: '\\p{L}*ge\\p{L}+(?:t|en)|(?:be|ver|er|ent|zer|unter|über|miss|emp)\\p{L}+t|\\p{L}+iert|beschossen|vertrieben|ergriffen|verboten|empfangen|entsandt|unterschrieben',
    auxiliaries: [
      'hat', 'haben', 'hatte', 'hatten', 'habe', 'hätten', 'hätte', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde',
      'wurden', 'will', 'wollen', 'wollte', 'wollten', 'kann', 'können', 'konnte', 'konnten', 'soll', 'sollen', 'sollte',
      'sollten', 'muss', 'müssen', 'musste', 'mussten', 'möchte', 'möchten', 'dürfte', 'würde', 'würden', 'werde',
    ],
    verbFinal: true,
    postnominalAgent: true,
    premodifiers: true,
    lightVerbs: [
      'verhängte', 'verhängten', 'verhängt', 'verhängen', 'startete', 'starteten', 'gestartet', 'führte', 'führten', 'führt',
      'durchgeführt', 'flog', 'flogen', 'verübte', 'verübten', 'verübt', 'schloss', 'schlossen', 'abgeschlossen', 'erließ',
      'kündigte', 'kündigten', 'verschärfte', 'verschärft', 'verlängert', 'verlängerte', 'belegt', 'belegte', 'hielt',
      'hielten', 'abgehalten', 'begann', 'begannen', 'setzte', 'setzten', 'lancierte', 'genehmigte', 'genehmigt', 'billigte', 'gebilligt', 'ordnete', 'beschloss', 'beschlossen', 'verschob', 'verschoben', 'abgesagt',
    ],
    infinitiveMarkers: ['zu'],
    clauseOpeners: ['zu', 'um', 'dass', 'und'],
    regionNouns: ['norden', 'süden', 'osten', 'westen', 'nordosten', 'nordwesten', 'südosten', 'südwesten', 'zentrum', 'mitte', 'küste', 'landesinnere', 'landesinneren', 'teile', 'teilen', 'region', 'umgebung'],
    possessives: ['ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres'],
  },
  modality: {
    negation: [
      'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'ohne', 'weder', 'verweigerte',
      'verweigerten', 'verweigert', 'lehnte', 'lehnten', 'abgelehnt', 'scheiterte', 'scheiterten', 'gescheitert',
    ],
    planned: [
      'will', 'wollen', 'wollte', 'wollten', 'wird', 'werden', 'plant', 'planen', 'geplant', 'geplante', 'geplanten', 'plante',
      'planten', 'beabsichtigt', 'beabsichtigen', 'voraussichtlich', 'künftig', 'demnächst', 'nächste woche', 'nächsten woche',
      'nächsten monat', 'nächstes jahr', 'kommende woche', 'kommenden woche', 'bevorstehend', 'bevorstehende', 'bevorstehenden',
      'vorgesehen', 'möchte', 'möchten', 'anstreben', 'strebt', 'streben',
      'verschoben', 'vertagt', 'verlegt auf'],
    decision: ['beschloss', 'beschlossen', 'beschließt', 'entschied', 'entschieden', 'entscheidung', 'beschluss', 'eingeladen', 'lud', 'luden', 'einladung', 'vorgeschlagen', 'schlug', 'genehmigte', 'genehmigt', 'billigte', 'gebilligt', 'zugestimmt'],
    reportedClause: ['soll', 'sollen', 'solle', 'angeblich', 'mutmaßlich', 'offenbar', 'berichten zufolge'],
    reportedSentence: ['laut', 'zufolge', 'nach angaben', 'angaben', 'eigenen angaben', 'nach informationen', 'es heißt', 'heißt es', 'hieß es'],
    reportedTrailing: ['sagte', 'sagten', 'sagt', 'erklärte', 'erklärten', 'teilte', 'teilten', 'berichtete', 'berichteten', 'berichtet', 'meldete', 'meldeten', 'meldet', 'hieß', 'heißt', 'betonte', 'bestätigte', 'schrieb'],
    cancelled: ['abgesagt', 'gestrichen', 'storniert', 'annulliert'],
  },
  casualties: {
    numbers: {
      ein: 1, eine: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11,
      zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
      zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100,
    },
    killed: [
      'NUM(?: [\\p{L}-]+){0,2}? (?:wurden |sind |waren |wurde |ist )?(?:getötet|ums leben|kamen ums leben|starben|gestorben|tot\\b)',
      'NUM (?:tote|todesopfer|toten)\\b',
      '(?:tötete|töteten|tötet) (?:mindestens |fast |mehr als |rund |etwa )?NUM',
      '(?:zahl der toten|todeszahl|opferzahl)[^.]{0,120}?(?:auf|bei) NUM',
      'NUM(?: [\\p{L}-]+){0,2}? das leben (?:gekostet|kostete|kosteten)',
    ],
    injured: [
      'NUM(?: [\\p{L}-]+){0,2}? (?:wurden |sind |waren |wurde |ist )?(?:verletzt|verwundet)',
      'NUM (?:verletzte|verwundete|verletzten)\\b',
    ],
  },
  reference: {
    sameTime: ['an diesem tag', 'am selben tag', 'am gleichen tag', 'am selben abend', 'tags darauf'],
    bothParties: ['beide länder', 'die beiden länder', 'beiden länder', 'beide seiten', 'die beiden seiten', 'beide staaten', 'die beiden staaten', 'beide regierungen', 'die verbündeten', 'die beiden verbündeten'],
    deadline: ['bis', 'bis spätestens', 'spätestens', 'noch vor'],
    commitment: ['verpflichtete', 'verpflichten', 'verpflichtet', 'zugesagt', 'sagte zu', 'sagten zu', 'versprach', 'versprachen', 'versprochen', 'will', 'wollen', 'plant', 'planen', 'beabsichtigen', 'beabsichtigt', 'angekündigt', 'kündigte', 'kündigten', 'vereinbart', 'vereinbarten', 'einigten', 'voraussichtlich'],
    pledge: ['verpflichtete sich', 'verpflichteten sich', 'hat sich verpflichtet', 'haben sich verpflichtet', 'sagte zu', 'sagten zu', 'zugesagt', 'versprach', 'versprachen', 'versprochen'],
  },
  progress,
  triggers,
};
