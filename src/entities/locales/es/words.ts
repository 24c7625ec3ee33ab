/**
 * Spanish word lists for entity recognition (written for Dossier).
 */

/** Function words and frequent sentence openers: never part of a person's name. */
export const STOPWORDS = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'e', 'o', 'u', 'pero', 'sino', 'en', 'de', 'del', 'al',
  'a', 'con', 'por', 'para', 'sin', 'sobre', 'bajo', 'tras', 'desde', 'hasta', 'durante', 'según', 'contra', 'entre',
  'hacia', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'su', 'sus', 'él', 'ella', 'ellos', 'ellas',
  'nosotros', 'usted', 'ustedes', 'yo', 'tú', 'que', 'quien', 'quienes', 'cual', 'cuando', 'donde', 'como', 'si', 'no',
  'más', 'también', 'muy', 'todo', 'todos', 'toda', 'todas', 'ya', 'aún', 'todavía', 'hoy', 'ayer', 'mañana',
  'además', 'embargo', 'mientras', 'aunque', 'porque', 'pues', 'así', 'luego', 'después', 'antes',
  'otro', 'otra', 'otros', 'otras', 'cerca', 'unos', 'foto', 'vídeo', 'fuente', 'norte', 'sur', 'este', 'oeste',
  'nuevo', 'nueva', 'primer', 'primera', 'último', 'última', 'gobierno',
];

/** Month and weekday names. */
export const CALENDAR = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
];

/** Titles and roles that announce a name (`presidente Joe Biden`). */
export const ROLES = [
  'dr', 'dra', 'señor', 'señora', 'hijo', 'hija', 'esposa', 'esposo', 'hermano', 'hermana', 'padre', 'madre', 'viuda',
  'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'canciller', 'ministro', 'ministra', 'embajador',
  'embajadora', 'enviado', 'enviada', 'portavoz', 'director', 'directora', 'dirigente', 'jefe', 'jefa', 'líder', 'rey',
  'reina', 'príncipe', 'princesa', 'papa', 'cardenal', 'general', 'almirante', 'comandante', 'alcalde', 'alcaldesa',
  'gobernador', 'gobernadora', 'senador', 'senadora', 'diputado', 'diputada', 'homólogo', 'homóloga', 'mandatario',
  'mandataria', 'candidato', 'candidata', 'emir', 'jeque', 'sultán', 'ayatolá', 'diplomático', 'diplomática',
  'fundador', 'fundadora', 'economista', 'analista', 'experto', 'experta', 'corresponsal', 'autor', 'autora',
  'profesor', 'profesora', 'juez', 'jueza', 'fiscal', 'abogado', 'abogada', 'dictador', 'secretario', 'secretaria',
];

/** Multi-word roles. */
export const ROLE_PHRASES = [
  'primer ministro', 'Primer ministro', 'primera ministra', 'Primera ministra', 'ministro de Asuntos Exteriores',
  'ministro de Exteriores', 'ministra de Exteriores', 'ministro de Defensa', 'ministra de Defensa',
  'ministro de Relaciones Exteriores', 'jefe de la diplomacia', 'jefe de Estado', 'jefe del Gobierno',
  'jefe del Estado Mayor', 'secretario general', 'secretario de Estado', 'secretario de Defensa',
];

/** Particles inside names (`Pedro de la Torre`). */
export const PARTICLES = ['de', 'del', 'la', 'las', 'los', 'y', 'van', 'von', 'der', 'den', 'da', 'di', 'bin', 'al', 'el'];

/** City names that are common Spanish words (`mesa`, `plano`, `soledad`, `natal`). */
export const CITY_STOPLIST = ['Mesa', 'Plano', 'Soledad', 'Natal', 'Corona', 'Delta', 'Man', 'Van', 'Male', 'Mobile', 'Split', 'Sale', 'Cabo', 'Cerro', 'Serra', 'Palmas', 'Salinas', 'Santos', 'Medina', 'Mendoza', 'Zamora', 'Rosario', 'Pilar', 'Victoria', 'Concepción', 'Mercedes'];

/** Country names that are common Spanish words. */
export const COUNTRY_STOPLIST: string[] = [];

/** Words joining two names. */
export const CONJUNCTIONS = ['y', 'e', 'o'];

/** Verbs of saying that often come right before the speaker's name (`, zegt Marc Peeters`). */
export const SPEECH_VERBS = ['dijo', 'afirmó', 'declaró', 'explicó', 'aseguró', 'según', 'señaló'];

/** Words heading or closing an organisation's name. */
export const ORG_WORDS = [
  'sa', 'sl', 'grupo', 'banco', 'partido', 'unión', 'federación', 'asociación', 'sociedad', 'fundación', 'instituto',
  'academia', 'universidad', 'escuela', 'colegio', 'ministerio', 'agencia', 'comisión', 'consejo', 'comité',
  'tribunal', 'corte', 'parlamento', 'senado', 'congreso', 'policía', 'ejército', 'diario', 'periódico', 'radio',
  'televisión', 'orquesta', 'teatro', 'museo', 'hospital', 'club', 'fc', 'iglesia', 'compañía', 'oficina', 'centro', 'fondo', 'sindicato',
];
