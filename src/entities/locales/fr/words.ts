/**
 * French word lists for entity recognition (written for Dossier).
 */

/** Function words and frequent sentence openers: never part of a person's name. */
export const STOPWORDS = [
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'd', 'l', 'et', 'ou', 'mais', 'donc', 'car', 'en', 'dans', 'sur',
  'sous', 'avec', 'pour', 'par', 'sans', 'chez', 'vers', 'après', 'avant', 'depuis', 'pendant', 'selon', 'contre',
  'entre', 'ce', 'cette', 'ces', 'cet', 'son', 'sa', 'ses', 'leur', 'leurs', 'il', 'elle', 'ils', 'elles', 'nous',
  'vous', 'on', 'je', 'tu', 'qui', 'que', 'quoi', 'dont', 'où', 'quand', 'comme', 'si', 'ne', 'pas', 'plus', 'aussi',
  'très', 'tout', 'tous', 'toute', 'toutes', 'au', 'aux', 'lors', 'alors', 'ainsi', 'puis', 'enfin', 'déjà', 'encore',
  'même', 'autre', 'autres', 'aujourd', 'hier', 'demain', 'cependant', 'pourtant', 'toutefois', 'outre', 'parmi',
  'environ', 'près', 'notamment', 'lire', 'photo', 'vidéo', 'source', 'nord', 'sud', 'est', 'ouest', 'nouveau',
  'nouvelle', 'premier', 'première', 'dernier', 'dernière', 'gouvernement',
];

/** Month and weekday names. */
export const CALENDAR = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
  'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
];

/** Titles and roles that announce a name (`président Emmanuel Macron`). */
export const ROLES = [
  'dr', 'prof', 'monsieur', 'madame', 'fils', 'fille', 'épouse', 'mari', 'frère', 'sœur', 'père', 'mère', 'veuve',
  'président', 'présidente', 'vice-président', 'chancelier', 'chancelière', 'ministre', 'ambassadeur', 'ambassadrice',
  'émissaire', 'envoyé', 'porte-parole', 'directeur', 'directrice', 'dirigeant', 'dirigeante', 'chef', 'roi', 'reine',
  'prince', 'princesse', 'pape', 'cardinal', 'général', 'amiral', 'commandant', 'maire', 'gouverneur', 'sénateur',
  'sénatrice', 'député', 'députée', 'homologue', 'patron', 'patronne', 'pdg', 'candidat', 'candidate', 'leader',
  'opposant', 'opposante', 'émir', 'cheikh', 'sultan', 'ayatollah', 'diplomate', 'fondateur', 'fondatrice',
  'économiste', 'analyste', 'expert', 'experte', 'correspondant', 'correspondante', 'auteur', 'autrice', 'professeur',
  'juge', 'procureur', 'avocat', 'avocate', 'dictateur', 'secrétaire', 'm', 'mme',
];

/** Multi-word roles. */
export const ROLE_PHRASES = [
  'Premier ministre', 'premier ministre', 'Première ministre', 'première ministre', 'ministre des Affaires étrangères',
  'ministre de la Défense', 'ministre des Armées', 'ministre de l\'Intérieur', 'ministre des Finances',
  'ministre de l\'Économie', 'chef de la diplomatie', 'chef de l\'État', 'chef d\'état-major', 'secrétaire général',
  'secrétaire d\'État', 'chef du gouvernement', 'ministre des affaires étrangères',
];

/** Particles inside names (`Charles de Gaulle`, `Ursula von der Leyen`). */
export const PARTICLES = ['de', 'du', 'des', 'le', 'la', 'd', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'bin', 'al', 'el', 'ben'];

/** City names that are common French words (`sale`, `tours`, `nice` in titles). */
export const CITY_STOPLIST = ['Sale', 'Tours', 'Man', 'Van', 'Male', 'Mobile', 'Split', 'Orange', 'Mesa', 'Cabo', 'Marka', 'Delta'];

/** Country names that are common French words (`Maurice` is also a given name). */
export const COUNTRY_STOPLIST = ['Maurice', 'Jersey'];

/** Words joining two names. */
export const CONJUNCTIONS = ['et', 'ou'];

/** Verbs of saying that often come right before the speaker's name (`, zegt Marc Peeters`). */
export const SPEECH_VERBS = ['dit', 'déclare', 'estime', 'selon', 'affirme', 'souligne', 'explique'];

/** Words heading or closing an organisation's name. */
export const ORG_WORDS = [
  'sa', 'sarl', 'sas', 'groupe', 'banque', 'parti', 'union', 'fédération', 'association', 'société', 'fondation',
  'institut', 'académie', 'université', 'école', 'lycée', 'ministère', 'agence', 'commission', 'conseil', 'comité',
  'cour', 'tribunal', 'parlement', 'sénat', 'assemblée', 'police', 'armée', 'journal', 'radio', 'télévision',
  'orchestre', 'théâtre', 'musée', 'hôpital', 'club', 'fc', 'église', 'compagnie', 'office', 'centre', 'fonds', 'syndicat',
];
