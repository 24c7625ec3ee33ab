/**
 * Spanish trigger words per event type (see {@link TriggerSpec} for the pattern syntax).
 * Written for Dossier from general Spanish vocabulary.
 */
import type { TriggerSpec } from '../../locale.js';

/** Things whose closing or suspension reduces relations. */
const CLOSABLE = ['consulado*', 'embajada*', 'aeropuerto*', 'espacio', 'frontera*', 'vuelos', 'paso', 'pasos', 'negociaciones', 'conversaciones', 'puerto*', 'estrecho', 'aduana*'];
/** Military context for exercises. */
const MILITARY = ['militar*', 'naval*', 'conjunt*', 'aére*', 'ejército*', 'armada*', 'otan', 'tropas', 'soldados', 'militares'];
/** Things that go with strengthening ties. */
const TIES = ['cooperación', 'lazos', 'relaciones', 'vínculos', 'asociación'];
/** Forces that can be sent or stationed. */
const FORCES = ['tropas', 'soldados', 'buques', 'militares', 'cazas', 'destructores', 'efectivos', 'policías', 'agentes', 'fragatas', 'batallones', 'brigadas', 'unidades', 'marines'];
/** Verbs of making things: `conjuntamente` with one of them is industrial cooperation. */
const MAKING = ['producir', 'desarrollar', 'construir', 'fabricar', 'producirán', 'desarrollarán', 'construirán', 'fabricarán', 'diseñar'];

/** Spanish triggers. */
export const triggers: TriggerSpec[] = [
  { type: 'meet', name: 'reunirse', pos: 'verb', forms: ['reunió', 'reunieron', 'reúne', 'reúnen', 'reunirá', 'reunirán', 'reunirse', 'reunido', 'reunidos', 'reúna', 'reúnan', 'reuniría', 'entrevistó', 'visitó', 'visitaron', 'visitará', 'visitarán', 'visitar', 'visita', 'visite', 'visiten', 'visitado', 'visitaría', 'viajó a', 'viajará a', 'viajaron a', 'viajarán a', 'viajar a', 'viaja a', 'viaje a', 'negoció', 'negociaron', 'negocian', 'negociar', 'conversó', 'conversaron', 'dialogó', 'se entrevistó', 'habló con', 'hablaron con', 'conversación telefónica', 'llamada telefónica'] },
  { type: 'meet', name: 'reunion', pos: 'noun', forms: ['reunión', 'reuniones', 'cumbre', 'cumbres', 'conversaciones', 'negociaciones', 'consultas', 'visita', 'visitas', 'encuentro', 'encuentros', 'viaje', 'gira'] },
  { type: 'meet', name: 'recibir', pos: 'verb', forms: ['recibió', 'recibe', 'recibirá', 'recibieron'], objectActor: true },

  { type: 'agree', name: 'acuerdo', pos: 'noun', forms: ['acuerdo', 'acuerdos', 'pacto', 'pactos', 'convenio', 'convenios', 'tratado', 'tratados', 'memorando', 'ratificó', 'ratificaron', 'ratificar', 'ratificación'] },
  { type: 'agree', name: 'firmar', pos: 'verb', forms: ['firmó', 'firmaron', 'firman', 'firmará', 'firmarán', 'firmado', 'firmada', 'firmados', 'firmadas', 'firmar', 'firmaría', 'firmarían', 'firmen', 'acordaron', 'acordó', 'acordado', 'acordada', 'acordar', 'acuerdan', 'acordarán', 'pactaron', 'pactó', 'pactado', 'suscribió', 'suscribieron', 'suscrito', 'convinieron'], notNext: ['de', 'del'] },

  { type: 'announce', name: 'anunciar', pos: 'verb', forms: ['anunció', 'anunciaron', 'anuncia', 'anuncian', 'anunciará', 'anunciarán', 'anunciado', 'anunciada', 'anunciar', 'dio a conocer', 'dieron a conocer'] },
  { type: 'announce', name: 'anuncio', pos: 'noun', forms: ['anuncio', 'anuncios'] },

  { type: 'urge', name: 'instar', pos: 'verb', forms: ['instó', 'instaron', 'insta', 'instan', 'exhortó', 'exhortaron', 'exhorta', 'pidió', 'pidieron', 'pide', 'piden', 'pedido', 'exigió', 'exigieron', 'exige', 'exigen', 'exigido', 'reclamó', 'reclamaron', 'reclama', 'urgió', 'urgieron', 'llamó a', 'llamaron a', 'llamamiento'] },

  { type: 'support', name: 'apoyar', pos: 'verb', forms: ['apoya', 'apoyó', 'apoyan', 'apoyaron', 'apoyará', 'apoyar', 'respaldó', 'respalda', 'respaldan', 'respaldaron', 'agradeció', 'agradecieron', 'agradece', 'elogió', 'elogiaron', 'elogia', 'felicitó', 'felicitaron', 'aplaudió', 'aplaudieron', 'celebró la decisión'] },
  { type: 'support', name: 'apoyo', pos: 'noun', forms: ['apoyo', 'respaldo'] },

  { type: 'criticise', name: 'criticar', pos: 'verb', forms: ['criticó', 'criticaron', 'critica', 'critican', 'criticado', 'condenó', 'condenaron', 'condenan', 'condenado', 'denunció', 'denunciaron', 'denuncia', 'denuncian', 'acusó', 'acusaron', 'acusa', 'acusan', 'reprochó', 'reprocharon', 'protestó', 'protestaron', 'censuró', 'recriminó', 'deploró'] },
  { type: 'criticise', name: 'critica', pos: 'noun', forms: ['críticas', 'crítica', 'condena'] },

  { type: 'threaten', name: 'amenazar', pos: 'verb', forms: ['amenazó', 'amenazaron', 'amenaza', 'amenazan', 'amenazado', 'advirtió', 'advirtieron', 'advierte', 'advierten', 'amenazas', 'advertencia', 'ultimátum'] },

  { type: 'cooperate', name: 'cooperacion', pos: 'noun', forms: ['cooperación', 'colaboración', 'coproducción'] },
  { type: 'cooperate', name: 'cooperar', pos: 'verb', forms: ['cooperar', 'cooperan', 'cooperarán', 'cooperará', 'cooperaron', 'colaborar', 'colaboran', 'colaborarán', 'colaboraron', 'trabajar juntos', 'trabajarán juntos', 'trabajar conjuntamente'] },
  { type: 'cooperate', name: 'conjuntamente', pos: 'verb', forms: ['conjuntamente', 'juntos', 'juntas'], context: MAKING },
  { type: 'cooperate', name: 'reforzar', pos: 'verb', forms: ['reforzar', 'refuerzan', 'reforzó', 'reforzaron', 'reforzarán', 'reforzará', 'fortalecer', 'fortalecen', 'fortaleció', 'fortalecerán', 'estrechar', 'estrecharán', 'profundizar', 'profundizarán', 'ampliar', 'ampliarán'], context: TIES },

  { type: 'exercise', name: 'ejercicio', pos: 'noun', forms: ['ejercicio', 'ejercicios'], context: MILITARY },
  { type: 'exercise', name: 'maniobras', pos: 'noun', forms: ['maniobras', 'maniobra militar', 'simulacro militar'] },

  { type: 'deploy', name: 'desplegar', pos: 'verb', forms: ['despleg*', 'despliega', 'despliegan', 'despliegue*'] },
  { type: 'deploy', name: 'enviar', pos: 'verb', forms: ['envió', 'enviaron', 'envía', 'envían', 'enviará', 'enviarán', 'enviar', 'enviado', 'enviados', 'envío', 'mandó', 'mandaron', 'movilizó', 'movilizaron', 'concentró', 'concentraron', 'apostó', 'estacionó', 'estacionados'], context: FORCES },

  { type: 'close', name: 'cerrar', pos: 'verb', forms: ['cerró', 'cerraron', 'cierra', 'cierran', 'cierre', 'cerrado', 'cerrada', 'cerrados', 'cerrar', 'cerrará', 'cerrarán', 'suspendió', 'suspendieron', 'suspende', 'suspendido', 'suspendidos', 'suspender', 'suspensión'], context: CLOSABLE },

  { type: 'sanction', name: 'sancion', pos: 'noun', forms: ['sanción', 'sanciones', 'embargo', 'veto comercial', 'controles a la exportación'] },
  { type: 'sanction', name: 'sancionar', pos: 'verb', forms: ['sancionó', 'sancionaron', 'sancionado', 'sancionados', 'sancionar', 'sancionará'] },
  { type: 'sanction', name: 'prohibir', pos: 'verb', forms: ['prohibió', 'prohibieron', 'prohíbe', 'prohibición', 'suspendió', 'restringió', 'restringe', 'restricciones'], context: ['importacion*', 'exportacion*', 'importación', 'exportación', 'importaciones', 'exportaciones'] },

  { type: 'attack', name: 'ataque', pos: 'noun', forms: ['ataque', 'ataques', 'bombardeo', 'bombardeos', 'ofensiva', 'invasión', 'incursión', 'asalto', 'ataque aéreo', 'ataques aéreos'] },
  { type: 'attack', name: 'atacar', pos: 'verb', forms: ['atacó', 'atacaron', 'ataca', 'atacan', 'atacado', 'atacada', 'atacados', 'atacar', 'atacará', 'bombardeó', 'bombardearon', 'bombardea', 'bombardean', 'bombardeado', 'derribó', 'derribaron', 'derribados', 'derribado', 'invadió', 'invadieron', 'invadir'] },
  { type: 'attack', name: 'lanzar', pos: 'verb', forms: ['lanzó', 'lanzaron', 'disparó', 'dispararon', 'golpeó', 'golpearon'], context: ['misil*', 'cohete*', 'dron*', 'proyectil*', 'obús', 'obuses', 'bomba*'] },

  { type: 'election', name: 'eleccion', pos: 'noun', forms: ['elección', 'elecciones', 'comicios', 'referéndum', 'balotaje', 'segunda vuelta'] },
  { type: 'election', name: 'elegido', pos: 'verb', forms: ['electo', 'electa', 'elegido', 'elegida', 'reelegido', 'reelegida'] },

  { type: 'disaster', name: 'incendio', pos: 'noun', forms: ['incendio', 'incendios', 'incendio forestal', 'incendios forestales'] },
  { type: 'disaster', name: 'inundacion', pos: 'noun', forms: ['inundación', 'inundaciones', 'riada', 'riadas', 'dana'] },
  { type: 'disaster', name: 'terremoto', pos: 'noun', forms: ['terremoto', 'terremotos', 'sismo', 'sismos', 'seísmo', 'tsunami', 'deslizamiento', 'deslizamientos', 'alud', 'avalancha', 'erupción'] },
  { type: 'disaster', name: 'tormenta', pos: 'noun', forms: ['huracán', 'huracanes', 'tifón', 'tormenta', 'tormentas', 'ciclón', 'tornado'] },
];
