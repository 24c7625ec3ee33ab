/**
 * English word lists for entity recognition (written for Dossier).
 */

/** Function words and frequent sentence openers: never part of a person's name. */
export const STOPWORDS = [
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'with', 'by', 'as', 'is',
  'was', 'are', 'were', 'be', 'been', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'his', 'her', 'their', 'its', 'our', 'my', 'your', 'after', 'before', 'when', 'while', 'since', 'if', 'then', 'there',
  'here', 'what', 'who', 'which', 'where', 'why', 'how', 'not', 'no', 'yes', 'also', 'so', 'than', 'all', 'some',
  'many', 'more', 'most', 'other', 'such', 'both', 'each', 'every', 'any', 'according', 'during', 'under', 'over',
  'about', 'into', 'through', 'between', 'against', 'without', 'within', 'among', 'meanwhile', 'however', 'today',
  'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'new', 'former', 'earlier', 'later', 'now', 'still', 'even',
  'only', 'just', 'already', 'once', 'again', 'despite', 'although', 'though', 'because', 'until', 'upon', 'via',
  'read', 'more', 'photo', 'video', 'source', 'north', 'south', 'east', 'west', 'breaking', 'update', 'live',
  'government', 'officials', 'ministry', 'jr', 'sr',
];

/** Month and weekday names with their usual abbreviations. */
export const CALENDAR = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

/** Titles and roles that announce a name (`President Joe Biden`, `Ambassador Rahm Emanuel`). */
export const ROLES = [
  'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'widow',
  'president', 'premier', 'chancellor', 'minister', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'spokesperson', 'general', 'gen', 'admiral', 'adm', 'commander', 'king', 'queen', 'prince', 'princess', 'pope',
  'cardinal', 'mayor', 'governor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'chairman', 'chairwoman', 'ceo', 'director', 'chief', 'leader', 'counterpart', 'president-elect', 'mr', 'mrs', 'ms',
  'dr', 'sir', 'dame', 'judge', 'emir', 'sheikh', 'sultan', 'ayatollah', 'diplomat', 'candidate', 'founder',
  'economist', 'analyst', 'expert', 'correspondent', 'author', 'professor', 'prof', 'lawmaker', 'dictator', 'strongman',
];

/** Multi-word roles. */
export const ROLE_PHRASES = [
  'Prime Minister', 'prime minister', 'Vice President', 'vice president', 'Foreign Minister', 'foreign minister',
  'Defence Minister', 'Defense Minister', 'defence minister', 'defense minister', 'Defense Secretary',
  'Defence Secretary', 'defense secretary', 'Secretary of State', 'secretary of state', 'Secretary of Defense',
  'Secretary-General', 'Secretary General', 'secretary-general', 'Foreign Secretary', 'Home Secretary',
  'Finance Minister', 'finance minister', 'Interior Minister', 'Trade Minister', 'Chief Executive', 'chief executive',
  'head of state', 'Head of State', 'Supreme Leader', 'supreme leader', 'Crown Prince', 'crown prince',
  'National Security Adviser', 'national security adviser', 'Chief Cabinet Secretary', 'chief cabinet secretary',
];

/** Particles inside names (`Ursula von der Leyen`, `Charles de Gaulle`). */
export const PARTICLES = ['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'le', 'la', 'bin', 'al', 'el', 'ter', 'ten', 'zu'];

/** City names that are common English words (headline case makes them capitalised). */
export const CITY_STOPLIST = [
  'Mobile', 'Split', 'Nice', 'Reading', 'Orange', 'Surprise', 'Independence', 'Temple', 'Mission', 'Concord', 'Sale',
  'Male', 'Man', 'Van', 'Delta', 'Metro', 'Vista', 'Corona', 'Springs', 'Tours', 'Bath', 'Kent', 'Brent',
  'Derby', 'Oral', 'Mesa', 'Plano', 'Bedford', 'Windsor', 'Durham', 'Lincoln', 'Aurora', 'Queens', 'Midland',
  'Hollywood', 'Laval', 'Nancy', 'Darwin', 'Regina', 'Victoria', 'Sandy',
];

/** Country names that are common English words. */
export const COUNTRY_STOPLIST = ['Chad', 'Jersey'];

/** Words joining two names. */
export const CONJUNCTIONS = ['and', 'or'];

/** Capitalised institution words that are not surnames (`General Motors`, `Justice Department`). */
export const INSTITUTION_WORDS = [
  'department', 'office', 'ministry', 'council', 'assembly', 'committee', 'court', 'house', 'party', 'government',
  'administration', 'army', 'navy', 'forces', 'force', 'motors', 'electric', 'dynamics', 'staff', 'command', 'agency',
  'bank', 'fund', 'union', 'university', 'security', 'defense', 'defence', 'state', 'affairs', 'group', 'news',
  'times', 'post', 'press', 'media', 'company', 'corporation', 'corp', 'inc', 'ltd', 'minister', 'secretary',
];

/** Verbs of saying that often come right before the speaker's name (`, zegt Marc Peeters`). */
export const SPEECH_VERBS = ['said', 'says', 'added', 'warned', 'argued', 'insisted'];

/** Words heading or closing an organisation's name. */
export const ORG_WORDS = [
  'inc', 'ltd', 'llc', 'plc', 'corp', 'corporation', 'company', 'co', 'group', 'holdings', 'bank', 'party', 'union',
  'federation', 'association', 'society', 'foundation', 'institute', 'academy', 'university', 'college', 'school',
  'ministry', 'department', 'agency', 'commission', 'council', 'committee', 'court', 'parliament', 'senate', 'police',
  'army', 'times', 'post', 'herald', 'journal', 'news', 'radio', 'tv', 'television', 'orchestra', 'choir', 'theatre',
  'museum', 'hospital', 'club', 'fc', 'united', 'church', 'airlines', 'airways', 'motors', 'media', 'records', 'team',
  'league', 'centre', 'center', 'fund', 'service', 'office', 'bureau', 'authority', 'board',
];
