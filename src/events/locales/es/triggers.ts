/**
 * Spanish trigger words per event type (see {@link TriggerSpec} for the pattern syntax).
 * Written for Dossier from general Spanish vocabulary.
 */
import type { TriggerSpec } from '../../locale.js';

/** Things whose closing or suspension reduces relations. */
const CLOSABLE = ['consulado*', 'embajada*', 'aeropuerto*', 'espacio', 'frontera*', 'vuelos', 'paso', 'pasos', 'negociaciones', 'conversaciones', 'puerto*'];
/** Military context for exercises. */
const MILITARY = ['militar*', 'naval*', 'conjunt*', 'aére*', 'ejército*', 'armada*'];
/** Things that go with strengthening ties. */
const TIES = ['cooperación', 'alianza', 'lazos', 'relaciones', 'vínculos', 'asociación'];
/** Forces that can be sent or stationed. */
const FORCES = ['tropas', 'soldados', 'buques', 'militares', 'cazas', 'destructores'];

/** Spanish triggers. */
export const triggers: TriggerSpec[] = [
  { type: 'meet', name: 'reunirse', pos: 'verb', forms: ['reunió', 'reunieron', 'reúne', 'reúnen', 'reunirá', 'reunirán', 'reunirse', 'reunido', 'entrevistó', 'visitó', 'visitaron', 'visitará', 'visitarán'] },
  { type: 'meet', name: 'reunion', pos: 'noun', forms: ['reunión', 'reuniones', 'cumbre', 'cumbres', 'conversaciones', 'negociaciones', 'consultas', 'visita', 'visitas', 'encuentro'] },
  { type: 'meet', name: 'recibir', pos: 'verb', forms: ['recibió', 'recibe', 'recibirá', 'recibieron'], objectActor: true },

  { type: 'agree', name: 'acuerdo', pos: 'noun', forms: ['acuerdo', 'acuerdos', 'pacto', 'convenio'] },
  { type: 'agree', name: 'firmar', pos: 'verb', forms: ['firmó', 'firmaron', 'firman', 'firmará', 'firmarán', 'firmado', 'firmar', 'acordaron', 'acordó', 'acordado', 'pactaron', 'pactó'] },

  { type: 'announce', name: 'anunciar', pos: 'verb', forms: ['anunció', 'anunciaron', 'anuncia', 'anuncian', 'anunciará', 'anunciado', 'dio a conocer'] },

  { type: 'urge', name: 'instar', pos: 'verb', forms: ['instó', 'instaron', 'insta', 'instan', 'exhortó', 'exhortaron', 'pidió', 'pidieron', 'pide', 'exigió', 'exigieron', 'exige', 'llamamiento'] },

  { type: 'support', name: 'apoyar', pos: 'verb', forms: ['apoya', 'apoyó', 'apoyan', 'apoyaron', 'respaldó', 'respalda', 'respaldaron', 'agradeció', 'agradecieron', 'elogió', 'elogiaron'] },
  { type: 'support', name: 'apoyo', pos: 'noun', forms: ['apoyo', 'respaldo'] },

  { type: 'criticise', name: 'criticar', pos: 'verb', forms: ['criticó', 'criticaron', 'critica', 'condenó', 'condenaron', 'condena', 'denunció', 'denunciaron', 'acusó', 'acusaron', 'acusa'] },
  { type: 'criticise', name: 'critica', pos: 'noun', forms: ['críticas', 'condena'] },

  { type: 'threaten', name: 'amenazar', pos: 'verb', forms: ['amenazó', 'amenazaron', 'amenaza', 'amenazan', 'advirtió', 'advirtieron', 'advierte', 'amenazas', 'ultimátum'] },

  { type: 'cooperate', name: 'cooperacion', pos: 'noun', forms: ['cooperación', 'colaboración', 'coproducción'] },
  { type: 'cooperate', name: 'cooperar', pos: 'verb', forms: ['cooperar', 'cooperan', 'cooperarán', 'colaborar', 'colaboran', 'colaborarán'] },
  { type: 'cooperate', name: 'reforzar', pos: 'verb', forms: ['reforzar', 'refuerzan', 'reforzó', 'reforzaron', 'fortalecer', 'fortalecen', 'fortaleció', 'estrechar', 'profundizar'], context: TIES },

  { type: 'exercise', name: 'ejercicio', pos: 'noun', forms: ['ejercicio', 'ejercicios'], context: MILITARY },
  { type: 'exercise', name: 'maniobras', pos: 'noun', forms: ['maniobras'] },

  { type: 'deploy', name: 'desplegar', pos: 'verb', forms: ['despleg*', 'despliega', 'despliegan', 'despliegue*'] },
  { type: 'deploy', name: 'enviar', pos: 'verb', forms: ['envió', 'enviaron', 'envía', 'enviará'], context: FORCES },

  { type: 'close', name: 'cerrar', pos: 'verb', forms: ['cerró', 'cerraron', 'cierra', 'cierran', 'cierre', 'cerrado', 'cerrada', 'cerrar', 'suspendió', 'suspendieron', 'suspende', 'suspensión'], context: CLOSABLE },

  { type: 'sanction', name: 'sancion', pos: 'noun', forms: ['sanción', 'sanciones', 'embargo'] },
  { type: 'sanction', name: 'sancionar', pos: 'verb', forms: ['sancionó', 'sancionaron', 'sancionado'] },
  { type: 'sanction', name: 'prohibir', pos: 'verb', forms: ['prohibió', 'prohibieron', 'suspendió', 'restringió'], context: ['importacion*', 'exportacion*'] },

  { type: 'attack', name: 'ataque', pos: 'noun', forms: ['ataque', 'ataques', 'bombardeo', 'bombardeos', 'ofensiva', 'invasión'] },
  { type: 'attack', name: 'atacar', pos: 'verb', forms: ['atacó', 'atacaron', 'ataca', 'atacado', 'atacada', 'bombardeó', 'bombardearon', 'derribó', 'derribaron', 'derribados', 'invadió'] },

  { type: 'election', name: 'eleccion', pos: 'noun', forms: ['elección', 'elecciones', 'comicios', 'referéndum'] },
  { type: 'election', name: 'elegido', pos: 'verb', forms: ['electo', 'electa', 'elegido', 'elegida', 'reelegido', 'reelegida'] },

  { type: 'disaster', name: 'incendio', pos: 'noun', forms: ['incendio', 'incendios'] },
  { type: 'disaster', name: 'inundacion', pos: 'noun', forms: ['inundación', 'inundaciones'] },
  { type: 'disaster', name: 'terremoto', pos: 'noun', forms: ['terremoto', 'terremotos', 'sismo', 'seísmo', 'tsunami', 'deslizamiento'] },
  { type: 'disaster', name: 'tormenta', pos: 'noun', forms: ['huracán', 'tifón', 'tormenta', 'ciclón'] },
];
