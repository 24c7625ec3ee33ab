/**
 * German word lists for entity recognition (written for Dossier).
 */

/** Function words and frequent sentence openers: never part of a person's name. */
export const STOPWORDS = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder', 'aber',
  'doch', 'sondern', 'im', 'in', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'vor', 'zu', 'zum',
  'zur', 'für', 'über', 'unter', 'gegen', 'ohne', 'um', 'durch', 'bis', 'seit', 'während', 'wegen', 'trotz', 'als', 'wie',
  'wenn', 'weil', 'dass', 'ob', 'so', 'auch', 'noch', 'nur', 'schon', 'nicht', 'kein', 'keine', 'es', 'er', 'sie', 'wir',
  'ihr', 'ich', 'du', 'man', 'sein', 'seine', 'seiner', 'seinen', 'ihre', 'ihren', 'ihrer', 'dieser', 'diese', 'dieses',
  'diesen', 'jede', 'jeder', 'jedes', 'alle', 'beide', 'viele', 'mehr', 'hier', 'dort', 'da', 'dann', 'nun', 'jetzt',
  'heute', 'gestern', 'morgen', 'damit', 'dabei', 'dazu', 'daher', 'deshalb', 'zudem', 'außerdem', 'laut', 'gemäß',
  'zwischen', 'neben', 'hinter', 'mehrere', 'einige', 'welche', 'was', 'wer', 'wo', 'warum', 'wann', 'bereits', 'erst',
  'immer', 'inzwischen', 'zuvor', 'später', 'danach', 'darauf', 'denn', 'sowie', 'sowohl', 'weder', 'etwa', 'rund',
  'fast', 'knapp', 'mindestens', 'bislang', 'bisher', 'zuletzt', 'zunächst', 'allerdings', 'jedoch', 'trotzdem',
  'angesichts', 'innerhalb', 'außerhalb', 'anfang', 'ende', 'mitte', 'foto', 'quelle', 'bild', 'video', 'mehr', 'dazu',
  'neue', 'neuen', 'neuer', 'alte', 'erste', 'ersten', 'zweite', 'letzte', 'letzten', 'nord', 'süd',
  'ost', 'west', 'gipfel', 'treffen', 'regierung', 'staaten', 'länder', 'land', 'bund', 'rat', 'amt', 'hauptquartier',
  // Common nouns for places in general (`im Ausland`): capitalised like names, but no place of their own.
  'ausland', 'inland', 'heimat', 'umland', 'hinterland',
];

/** Month and weekday names with their usual abbreviations. */
export const CALENDAR = [
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
  'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'montag', 'dienstag',
  'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
];

/** Titles and roles that announce a name (`Botschafter Rahm Emanuel`). */
export const ROLES = [
  'dr', 'prof', 'herr', 'frau', 'sohn', 'tochter', 'ehefrau', 'ehemann', 'bruder', 'schwester', 'vater', 'mutter', 'tante', 'onkel', 'freund', 'freundin', 'witwe',
  'präsident', 'präsidentin', 'präsidenten', 'vizepräsident', 'vizepräsidentin', 'kanzler', 'kanzlerin',
  'bundeskanzler', 'bundeskanzlerin', 'minister', 'ministerin', 'premier', 'premierminister', 'premierministerin',
  'ministerpräsident', 'ministerpräsidentin', 'regierungschef', 'regierungschefin', 'staatschef', 'staatschefin',
  'staatsoberhaupt', 'botschafter', 'botschafterin', 'amtskollege', 'amtskollegen', 'amtskollegin', 'kollege',
  'kollegin', 'generalsekretär', 'generalsekretärin', 'sprecher', 'sprecherin', 'vorsitzende', 'vorsitzender',
  'parteichef', 'parteichefin', 'chef', 'chefin', 'könig', 'königin', 'kronprinz', 'prinz', 'prinzessin', 'papst',
  'kardinal', 'general', 'generalin', 'generalleutnant', 'admiral', 'kommandeur', 'kommandeurin', 'oberbefehlshaber',
  'gouverneur', 'gouverneurin', 'senator', 'senatorin', 'abgeordnete', 'abgeordneter', 'bürgermeister',
  'bürgermeisterin', 'direktor', 'direktorin', 'richter', 'richterin', 'staatsanwalt', 'staatsanwältin', 'emir',
  'scheich', 'sultan', 'ajatollah', 'beauftragte', 'beauftragter', 'diplomat', 'diplomatin', 'gesandte', 'gesandter',
  'oppositionsführer', 'oppositionsführerin', 'kandidat', 'kandidatin', 'gründer', 'gründerin', 'ceo', 'ökonom',
  'ökonomin', 'analyst', 'analystin', 'experte', 'expertin', 'korrespondent', 'korrespondentin', 'autor', 'autorin',
  'außenbeauftragte', 'unternehmer', 'unternehmerin', 'pressesprecher', 'pressesprecherin', 'machthaber',
];

/** Endings that make a German compound a role (`US-Verteidigungsminister`, `Regierungssprecherin`). */
export const ROLE_SUFFIXES = [
  'minister', 'ministerin', 'präsident', 'präsidentin', 'präsidenten', 'kanzler', 'kanzlerin', 'botschafter',
  'botschafterin', 'chef', 'chefin', 'sprecher', 'sprecherin', 'sekretär', 'sekretärin', 'führer', 'führerin',
  'kollege', 'kollegen', 'kollegin', 'direktor', 'direktorin', 'vorsitzende', 'vorsitzender', 'beauftragte',
  'beauftragter', 'kommandeur', 'gouverneur', 'bürgermeister', 'bürgermeisterin', 'leiter', 'leiterin',
  'organisator', 'organisatorin', 'veranstalter', 'veranstalterin', 'trainer', 'trainerin',
];

/** Endings of German common nouns that are very rarely surnames (word must be 4+ letters longer). */
export const NOUN_SUFFIXES = [
  'ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'ismus', 'tion', 'tionen', 'tät', 'täten',
  'nis', 'nisse', 'tum', 'chen', 'lein', 'ierung', 'ität', 'anz', 'enz', 'ik',
  // Female agent nouns and their plurals (`Organisatorin`, `Projektleiterin`, `Besucherinnen`): roles, never names.
  'erin', 'orin', 'eurin', 'istin', 'antin', 'entin', 'innen',
];

/** Frequent heads of compounds written after a name (`Biden-Regierung`, `Trump-Besuch`). */
export const COMPOUND_HEADS = [
  'regierung', 'besuch', 'treffen', 'gipfel', 'politik', 'partei', 'lager', 'team', 'kurs', 'plan', 'rede', 'kabinett',
  'administration', 'ära', 'zölle', 'zoll', 'abkommen', 'deal', 'anhänger', 'kritik', 'vorschlag', 'interview',
  'kampagne', 'wahl', 'sieg', 'niederlage', 'gesetz', 'strategie', 'vertraute', 'vertrauter', 'äußerung', 'aussage',
  'erklärung', 'reise', 'amtszeit', 'nachfolger', 'nachfolgerin', 'sprecher', 'sprecherin', 'stiftung',
];

/** Particles inside names (`Ursula von der Leyen`). */
export const PARTICLES = ['von', 'van', 'der', 'den', 'de', 'zu', 'vom', 'al', 'bin', 'el', 'da', 'di', 'del', 'la', 'le', 'ter', 'ten'];

/** City names that are common German words (`das Essen`, `die Halle`, `bergen`, `siegen`). */
export const CITY_STOPLIST = ['Essen', 'Halle', 'Bergen', 'Siegen', 'Hof', 'Weil', 'Marl', 'Mobile', 'Man', 'Van', 'Delta', 'Orange'];

/** Country names that are common German words. */
export const COUNTRY_STOPLIST: string[] = [];

/** Words joining two names. */
export const CONJUNCTIONS = ['und', 'sowie', 'oder'];

/** Verbs of saying that often come right before the speaker's name (`, zegt Marc Peeters`). */
export const SPEECH_VERBS = ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'warnte', 'warnt', 'kritisierte', 'so'];

/** Words heading or closing an organisation's name (also as the end of a compound: `Bundesärztekammer`). */
export const ORG_WORDS = [
  'ag', 'gmbh', 'kg', 'ohg', 'se', 'eg', 'ev', 'e.v', 'mbh', 'co', 'inc', 'ltd', 'llc', 'corp', 'holding', 'konzern', 'gruppe',
  'bank', 'sparkasse', 'versicherung', 'verlag', 'werke', 'werk', 'partei', 'fraktion', 'union', 'bund', 'verband',
  'verbände', 'verein', 'vereinigung', 'gesellschaft', 'stiftung', 'institut', 'instituts', 'akademie', 'universität',
  'hochschule', 'schule', 'gymnasium', 'ministerium', 'amt', 'bundesamt', 'behörde', 'agentur', 'kommission', 'rat',
  'kammer', 'gericht', 'gerichtshof', 'parlament', 'bundestag', 'landtag', 'senat', 'polizei', 'armee', 'zeitung',
  'rundschau', 'allgemeine', 'post', 'radio', 'tv', 'fernsehen', 'rundfunk', 'sender', 'orchester', 'chor', 'band',
  'theater', 'museum', 'klinik', 'klinikum', 'krankenhaus', 'club', 'klub', 'fc', 'sv', 'vfl', 'vfb', 'tsv', 'tsg',
  'sc', 'ssv', 'borussia', 'eintracht', 'fortuna', 'dynamo', 'kirche', 'gewerkschaft', 'genossenschaft', 'airlines',
  'bahn', 'motors', 'media', 'records', 'team', 'liga', 'komitee', 'ausschuss', 'zentrum', 'zentrale', 'dienst',
  // English words of company names, as written in Dutch and German news too (`KBC Securities`, `France Telecom`).
  'securities', 'telecom', 'systems', 'group', 'holdings', 'capital', 'partners', 'technologies', 'software', 'pharma',
  'energy', 'insurance', 'investments', 'communications', 'networks', 'solutions', 'services', 'industries', 'corporation',
  'airways', 'entertainment', 'logistics',
];

/** Articles and prepositions fused with one (`im`, `zur`): a lone capitalised word after one is a common noun far more often than a name. */
export const DETERMINERS = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans',
];
