/**
 * Dutch word lists for entity recognition (written for Dossier).
 */

/** Function words and frequent sentence openers: never part of a person's name. */
export const STOPWORDS = [
  'de', 'het', 'een', 'en', 'of', 'maar', 'want', 'dus', 'in', 'op', 'aan', 'uit', 'bij', 'met', 'naar', 'van', 'voor',
  'over', 'onder', 'tegen', 'zonder', 'om', 'door', 'tot', 'sinds', 'tijdens', 'na', 'als', 'dan', 'wanneer', 'omdat',
  'dat', 'die', 'dit', 'deze', 'wie', 'wat', 'waar', 'waarom', 'hoe', 'ook', 'nog', 'al', 'alleen', 'niet', 'geen',
  'er', 'hij', 'zij', 'ze', 'wij', 'we', 'ik', 'jij', 'je', 'u', 'men', 'zijn', 'haar', 'hun', 'ons', 'onze', 'mijn',
  'elke', 'ieder', 'alle', 'beide', 'veel', 'meer', 'meest', 'hier', 'daar', 'toen', 'nu', 'vandaag', 'gisteren',
  'morgen', 'daarmee', 'daarbij', 'daarom', 'daardoor', 'bovendien', 'volgens', 'aldus', 'tussen', 'naast', 'achter',
  'enkele', 'sommige', 'welke', 'inmiddels', 'eerder', 'later', 'daarna', 'eerst', 'zelfs', 'ongeveer', 'bijna',
  'minstens', 'zeker', 'echter', 'toch', 'wel', 'nooit', 'altijd', 'ten', 'ter', 'te', 'zo', 'zoals', 'eind', 'begin',
  'midden', 'meer', 'nieuwe', 'oude', 'eerste', 'tweede', 'laatste', 'foto', 'bron', 'video', 'lees',
  'noord', 'zuid', 'oost', 'west', 'hoofdstad', 'regering', 'kabinet', 'parlement', 'minuten', 'uur', 'buitenlandse', 'binnenlandse',
  'economische', 'sociale', 'algemene', 'nationale', 'europese',
];

/** Month and weekday names with their usual abbreviations. */
export const CALENDAR = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
  'december', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'maandag',
  'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
];

/** Titles and roles that announce a name (`president Joe Biden`, `premier Mette Frederiksen`). */
export const ROLES = [
  'dr', 'prof', 'heer', 'meneer', 'mevrouw', 'zoon', 'dochter', 'echtgenote', 'echtgenoot', 'broer', 'zus', 'vader', 'moeder', 'weduwe',
  'president', 'presidente', 'vicepresident', 'premier', 'vicepremier', 'minister-president', 'kanselier',
  'bondskanselier', 'minister', 'ministers', 'staatssecretaris', 'ambassadeur', 'ambassadrice', 'gezant', 'evenknie',
  'ambtgenoot', 'collega', 'woordvoerder', 'woordvoerster', 'voorzitter', 'voorzitster', 'partijleider', 'leider',
  'oppositieleider', 'regeringsleider', 'koning', 'koningin', 'kroonprins', 'prins', 'prinses', 'paus', 'kardinaal',
  'generaal', 'luitenant-generaal', 'admiraal', 'commandant', 'opperbevelhebber', 'gouverneur', 'senator', 'kamerlid',
  'burgemeester', 'directeur', 'directrice', 'topman', 'topvrouw', 'baas', 'rechter', 'officier', 'advocaat', 'emir',
  'sjeik', 'sultan', 'ayatollah', 'diplomaat', 'kandidaat', 'oprichter', 'ceo', 'econoom', 'analist', 'deskundige',
  'expert', 'correspondent', 'auteur', 'hoofdredacteur', 'hoogleraar', 'onderzoeker', 'zakenman', 'zakenvrouw',
  'staatshoofd', 'secretaris-generaal', 'oud-premier', 'oud-president', 'dictator', 'machthebber',
];

/** Endings that make a Dutch compound a role (`defensieminister`, `partijleider`). */
export const ROLE_SUFFIXES = ['minister', 'president', 'premier', 'leider', 'woordvoerder', 'ambassadeur', 'voorzitter', 'burgemeester', 'directeur', 'commandant', 'kanselier', 'secretaris'];

/** Multi-word roles: ministers with their portfolio. */
export const ROLE_PHRASES = [
  'minister van Buitenlandse Zaken', 'minister van Defensie', 'minister van Financiën', 'minister van Justitie',
  'minister van Justitie en Veiligheid', 'minister van Binnenlandse Zaken', 'minister van Economische Zaken',
  'minister voor Buitenlandse Handel', 'minister van Asiel en Migratie', 'minister van Volksgezondheid',
  'minister van Sociale Zaken', 'minister van Klimaat en Groene Groei', 'minister van Onderwijs',
  'minister van Infrastructuur en Waterstaat', 'minister van Landbouw', 'staatssecretaris van Defensie',
  'staatssecretaris van Financiën', 'minister van buitenlandse zaken', 'minister van defensie',
];

/** Particles inside names (`Dick de Graaf`, `Ursula von der Leyen`). */
export const PARTICLES = ['van', 'de', 'der', 'den', 'ter', 'ten', 'von', 'zu', 'al', 'bin', 'el', 'da', 'di', 'del', 'la', 'le', "'t"];

/** City names that are common Dutch words (`bergen`, `leiden` at a sentence start, `man`). */
export const CITY_STOPLIST = ['Bergen', 'Man', 'Van', 'Male', 'Mobile', 'Split', 'Brits', 'Mei', 'Reading', 'Tours', 'Delta', 'Orange'];

/** Country names that are common Dutch words. */
export const COUNTRY_STOPLIST = ['Indien'];

/** Words joining two names. */
export const CONJUNCTIONS = ['en', 'of'];

/** Verbs of saying that often come right before the speaker's name (`, zegt Marc Peeters`). */
export const SPEECH_VERBS = ['zegt', 'zei', 'aldus', 'meent', 'vindt', 'verklaarde', 'benadrukt', 'benadrukte', 'waarschuwt', 'waarschuwde', 'stelt', 'stelde', 'volgens'];

/** Words heading or closing an organisation's name (also as the end of a compound: `Wereldvoedselraad`). */
export const ORG_WORDS = [
  'nv', 'bv', 'bvba', 'cvba', 'vzw', 'vof', 'holding', 'groep', 'concern', 'bank', 'verzekeringen', 'partij', 'fractie',
  'unie', 'bond', 'vakbond', 'federatie', 'vereniging', 'genootschap', 'stichting', 'instituut', 'academie',
  'universiteit', 'hogeschool', 'school', 'college', 'ministerie', 'departement', 'dienst', 'agentschap', 'commissie',
  'raad', 'kamer', 'hof', 'rechtbank', 'parlement', 'senaat', 'politie', 'leger', 'krant', 'dagblad', 'courant',
  'omroep', 'radio', 'tv', 'televisie', 'orkest', 'koor', 'theater', 'museum', 'ziekenhuis', 'club', 'fc', 'kv', 'sk',
  'sv', 'vv', 'kerk', 'maatschappij', 'coöperatie', 'airlines', 'motors', 'media', 'records', 'team', 'liga',
  'comité', 'centrum', 'centrale', 'fonds', 'inc', 'ltd', 'corp', 'ag', 'gmbh', 'sa',
  // English words of company names, as written in Dutch and German news too (`KBC Securities`, `France Telecom`).
  'securities', 'telecom', 'systems', 'group', 'holdings', 'capital', 'partners', 'technologies', 'software', 'pharma',
  'energy', 'insurance', 'investments', 'communications', 'networks', 'solutions', 'services', 'industries', 'corporation',
  'airways', 'entertainment', 'logistics',
];

/** Words before a ministry's portfolio (`minister van Cultuur`, `ministerie van Landbouw`: the portfolio names the ministry). */
export const PORTFOLIO_HEADS = ['minister', 'ministers', 'ministerie', 'staatssecretaris', 'departement', 'vicepremier', 'vice-premier'];

/** Linking words between such a word and the portfolio. */
export const PORTFOLIO_LINKS = ['van', 'voor'];

/**
 * Endings of capitalised adjectives made from place names, inflected (`Brusselse`, `Vlaamse`,
 * `Haagse`, `Antwerpsche`): before a lowercase noun (`de Vlaamse subsidies`) such a word is no name.
 */
export const ATTRIBUTIVE_ENDINGS = ['se', 'sche'];
