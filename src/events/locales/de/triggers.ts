/**
 * German trigger words per event type (see {@link TriggerSpec} for the pattern syntax).
 * Compounds are caught with `*` (Gipfel*treffen*, Luft*angriff*). Written for Dossier.
 */
import type { TriggerSpec } from '../../locale.js';

/** Things whose closing or suspension reduces relations. */
const CLOSABLE = ['*konsulat*', 'botschaft*', '*botschaft', 'flughafen', 'flughäfen', '*flughafen', '*flughäfen', 'luftraum', 'grenze*', '*grenze', '*grenzübergang*', 'flugverkehr', 'flüge', '*flüge', 'flugbetrieb', 'gespräche', 'verhandlungen', 'vertretung*', 'flugplatz', '*flugplätze'];
/** Military context for exercises and deployments. */
const MILITARY = ['militär*', '*militär*', '*marine*', 'gemeinsam*', 'streitkräfte', 'truppen', 'see*', 'luftwaffe', 'nato*', '*soldaten', 'bundeswehr', '*truppen'];
/** Things that go with strengthening ties. */
const TIES = ['*zusammenarbeit*', '*beziehung*', '*partnerschaft*', '*kooperation*'];
/** Forces that can be sent or stationed. */
const FORCES = ['truppen', '*truppen', 'soldaten', '*soldaten', '*kriegsschiff*', '*schiffe', '*kampfjet*', '*kampfflugzeug*', '*raketen', 'streitkräfte', '*einheiten', 'polizisten', '*kräfte', 'bataillon*', '*brigade*', 'fregatte*'];
/** Verbs of making things: `gemeinsam` with one of them is industrial cooperation. */
const MAKING = ['bauen', 'gebaut', 'baut', 'entwickeln', 'entwickelt', 'produzieren', 'produziert', 'herstellen', 'hergestellt', 'fertigen', 'gefertigt'];

/** German triggers. */
export const triggers: TriggerSpec[] = [
  { type: 'meet', name: 'treffen', pos: 'verb', forms: ['treffen', 'traf', 'trafen', 'trifft', 'treffe'] },
  { type: 'meet', name: 'getroffen', pos: 'verb', forms: ['getroffen'], notPrev: ['entscheidung', 'vereinbarung', 'vorkehrungen', 'maßnahmen', 'absprache', 'absprachen', 'auswahl', 'wahl', 'regelung', 'schwer', 'hart', 'besonders', 'stark', 'empfindlich'] },
  { type: 'meet', name: 'gipfel', pos: 'noun', forms: ['*treffen', 'gipfel', '*gipfel', 'gipfels', '*gipfels', '*gespräch*', 'konsultationen', 'verhandlungen', 'unterredung', 'telefonat', '*telefonat'] },
  { type: 'meet', name: 'besuch', pos: 'noun', forms: ['besuch', 'besuche', 'besuchs', '*besuch', '*besuchs', 'reise'] },
  { type: 'meet', name: 'besuchen', pos: 'verb', forms: ['besuchte', 'besuchten', 'besucht', 'besuchen', 'besucht', 'reist', 'reiste', 'reisten', 'reisen', 'gereist', 'telefonierte', 'telefonierten', 'telefoniert'] },
  { type: 'meet', name: 'zusammengekommen', pos: 'verb', forms: ['zusammengekommen', 'zusammenkommen', 'zusammentreffen', 'verhandeln', 'verhandelte'] },
  { type: 'meet', name: 'empfangen', pos: 'verb', forms: ['empfing', 'empfingen', 'empfängt', 'empfangen'], objectActor: true },
  { type: 'meet', name: 'beraten', pos: 'verb', forms: ['erörterten', 'erörterte', 'erörtert', 'berieten', 'beriet', 'beraten', 'berät', 'besprachen', 'sprach mit', 'sprachen mit', 'verhandelten', 'verhandelt'] },

  { type: 'agree', name: 'einigen', pos: 'verb', forms: ['einigten', 'einigte', 'geeinigt', 'einigt', 'einigung', 'einigungen', 'vereinbarten', 'vereinbarte', 'vereinbart'] },
  { type: 'agree', name: 'unterzeichnen', pos: 'verb', forms: ['unterzeichn*', 'unterschrieb', 'unterschrieben'] },
  { type: 'agree', name: 'abkommen', pos: 'noun', forms: ['abkommen', '*abkommen', 'vereinbarung*', '*vereinbarung*', 'deal', 'pakt', '*vertrag', '*verträge', '*vertrags', 'ratifiziert', 'ratifizierte', 'ratifizierten', 'ratifizierung'], except: ['mietvertrag', 'arbeitsvertrag', 'kaufvertrag', 'mietverträge', 'arbeitsverträge', 'kaufverträge', 'tarifvertrag', 'tarifverträge'] },
  { type: 'agree', name: 'abschliessen', pos: 'verb', forms: ['schloss', 'schlossen', 'schließen', 'geschlossen', 'abgeschlossen'], context: ['*abkommen', 'abkommen', '*vereinbarung*', '*vertrag*', 'pakt', 'deal', '*partnerschaft*'] },

  { type: 'announce', name: 'ankuendigen', pos: 'verb', forms: ['kündigte', 'kündigten', 'kündigt', 'kündigen'], particle: ['an'], particleAtEnd: true },
  { type: 'announce', name: 'angekuendigt', pos: 'verb', forms: ['angekündigt', 'ankündigen', 'ankündigte', 'ankündigten', 'enthüllte', 'enthüllten', 'enthüllt', 'bekanntgegeben'] },
  { type: 'announce', name: 'ankuendigung', pos: 'noun', forms: ['ankündigung', 'ankündigungen', 'bekanntgabe'] },
  { type: 'announce', name: 'bekanntgeben', pos: 'verb', forms: ['gab', 'gaben', 'gibt', 'geben'], particle: ['bekannt'], particleAtEnd: true },

  { type: 'urge', name: 'auffordern', pos: 'verb', forms: ['forderte', 'forderten', 'fordert', 'fordern', 'fordere'], particle: ['auf'], particleAtEnd: true },
  { type: 'urge', name: 'aufgefordert', pos: 'verb', forms: ['aufgefordert', 'aufforder*', 'aufgerufen', 'aufruf*', 'appellierte', 'appellierten', 'appelliert', 'appell', 'drängte', 'drängten', 'drängt', 'gedrängt'] },
  { type: 'urge', name: 'fordern', pos: 'verb', forms: ['forderte', 'forderten', 'fordert', 'fordern', 'verlangte', 'verlangten', 'verlangt'] },
  { type: 'urge', name: 'aufrufen', pos: 'verb', forms: ['rief', 'riefen', 'ruft', 'rufen'], particle: ['auf'], particleAtEnd: true },

  { type: 'support', name: 'unterstuetzung', pos: 'noun', forms: ['unterstützung'] },
  { type: 'support', name: 'unterstuetzen', pos: 'verb', forms: ['unterstützt', 'unterstützte', 'unterstützten', 'unterstützen', 'dankte', 'dankten', 'bedankte', 'bedankten', 'dankt', 'lobte', 'lobten', 'lobt', 'begrüßte', 'begrüßten', 'begrüßt', 'würdigte', 'würdigten'] },

  { type: 'criticise', name: 'kritisieren', pos: 'verb', forms: ['kritisier*', 'verurteil*', 'beschuldig*', 'vorgeworfen', 'prangerte', 'prangerten', 'angeprangert', 'protestierte', 'protestierten', 'protestiert', 'rügte', 'rügten', 'gerügt'] },
  { type: 'criticise', name: 'kritik', pos: 'noun', forms: ['kritik', 'vorwurf', 'vorwürfe'] },
  { type: 'criticise', name: 'vorwerfen', pos: 'verb', forms: ['warf', 'warfen', 'wirft', 'werfen'], particle: ['vor'], particleAtEnd: true },

  { type: 'threaten', name: 'drohen', pos: 'verb', forms: ['droht', 'drohte', 'drohten', 'drohen', 'gedroht', 'warnte', 'warnten', 'warnt', 'warnen', 'gewarnt'] },
  { type: 'threaten', name: 'drohung', pos: 'noun', forms: ['drohung', 'drohungen', 'warnung', 'warnungen', 'ultimatum', 'androhung'] },

  { type: 'cooperate', name: 'zusammenarbeit', pos: 'noun', forms: ['*zusammenarbeit*', '*kooperation*', 'koproduktion', 'gemeinsame entwicklung', 'gemeinsamen entwicklung', 'partnerschaft', '*partnerschaft'] },
  { type: 'cooperate', name: 'zusammenarbeiten', pos: 'verb', forms: ['zusammenarbeiten', 'zusammenzuarbeiten', 'zusammengearbeitet', 'kooperier*', 'koproduzier*', 'kolizenzier*'] },
  { type: 'cooperate', name: 'gemeinsam', pos: 'verb', forms: ['gemeinsam'], context: MAKING },
  { type: 'cooperate', name: 'arbeiten-zusammen', pos: 'verb', forms: ['arbeiten', 'arbeitet', 'arbeitete', 'arbeiteten'], particle: ['zusammen'], particleAtEnd: true },
  { type: 'cooperate', name: 'staerken', pos: 'verb', forms: ['stärken', 'stärkten', 'stärkt', 'stärkung', 'verstärken', 'verstärkten', 'vertiefen', 'vertieften', 'vertieft', 'ausbauen', 'ausgebaut'], context: TIES },

  { type: 'exercise', name: 'uebung', pos: 'noun', forms: ['übung', 'übungen'], context: MILITARY },
  { type: 'exercise', name: 'manoever', pos: 'noun', forms: ['manöver', '*manöver', 'militärübung*', '*übung', '*übungen'], except: ['einübung', 'ausübung', 'fingerübung'] },

  { type: 'deploy', name: 'stationieren', pos: 'verb', forms: ['stationier*', 'entsandt', 'entsendet', 'entsandte', 'entsandten', 'entsenden', 'entsendung', 'zu entsenden'] },
  { type: 'deploy', name: 'verlegen', pos: 'verb', forms: ['verlegt', 'verlegte', 'verlegten', 'verlegen', 'verlegung', 'schickte', 'schickten', 'schickt', 'geschickt', 'schicken', 'zu schicken', 'eingesetzt', 'zusammengezogen', 'zusammenziehen', 'entsendet', 'abgestellt'], context: FORCES },

  { type: 'close', name: 'schliessen', pos: 'verb', forms: ['schließt', 'schloss', 'schlossen', 'schließen', 'geschlossen', 'schließung', 'gesperrt', 'sperrte', 'sperrt', 'sperrung', 'ausgesetzt', 'aussetzung', 'eingestellt', 'stoppt', 'stoppte', 'gestoppt'], context: CLOSABLE },
  { type: 'close', name: 'aussetzen', pos: 'verb', forms: ['setzte', 'setzten', 'setzt'], particle: ['aus'], particleAtEnd: true, context: CLOSABLE },

  { type: 'sanction', name: 'sanktion', pos: 'noun', forms: ['sanktion', 'sanktionen', '*sanktion', '*sanktionen', 'sanktions*', '*sanktions*', 'embargo', '*embargo', '*ausfuhrkontroll*', '*exportkontroll*', '*exportverbot*', '*ausfuhrverbot*', '*ausfuhrbeschränkung*', '*exportbeschränkung*'] },
  { type: 'sanction', name: 'sanktionieren', pos: 'verb', forms: ['sanktioniert', 'sanktionierte', 'sanktionierten', 'sanktionieren'] },
  { type: 'sanction', name: 'handelsverbot', pos: 'verb', forms: ['verbot', 'verboten', 'verbietet', 'stoppte', 'stoppten', 'gestoppt', 'ausgesetzt', 'beschränkt', 'beschränkte', 'eingeschränkt', 'einschränken', 'einschränkung', 'beschränkungen', 'beschränken'], context: ['*import*', '*einfuhr*', '*ausfuhr*', '*export*'] },

  { type: 'attack', name: 'angriff', pos: 'noun', forms: ['*angriff*', 'attacke*', '*attacke*', 'bombardement*', 'beschuss', 'abschuss', 'invasion', 'einmarsch', 'offensive', '*schlag', '*schläge'], except: ['durchschlag', 'vorschlag', 'vorschläge', 'anschlag', 'ratschlag', 'ratschläge', 'zuschlag', 'aufschlag', 'umschlag', 'ausschlag', 'abschlag', 'beschlag', 'niederschlag', 'niederschläge', 'rückschlag', 'rückschläge', 'zuschläge', 'aufschläge', 'totschlag'] },
  { type: 'attack', name: 'angreifen', pos: 'verb', forms: ['angegriffen', 'anzugreifen', 'angreifen', 'bombardier*', 'beschossen', 'beschoss', 'beschießt', 'beschießen', 'abgeschossen', 'abgefeuert', 'einmarschiert', 'attackiert', 'attackierte', 'attackierten'] },
  { type: 'attack', name: 'greift-an', pos: 'verb', forms: ['greift', 'griff', 'griffen', 'greifen'], particle: ['an'], particleAtEnd: true },
  { type: 'attack', name: 'schoss-ab', pos: 'verb', forms: ['schoss', 'schossen', 'schießt'], particle: ['ab'], particleAtEnd: true },
  { type: 'attack', name: 'feuerte-ab', pos: 'verb', forms: ['feuerte', 'feuerten', 'feuert'], particle: ['ab'] },

  { type: 'election', name: 'wahl', pos: 'noun', forms: ['wahl*', '*wahl', '*wahlen', 'referendum', 'volksabstimmung'], except: ['auswahl', 'auswahlen', 'wahlweise', 'wahllos', 'wahlloses'] },
  { type: 'election', name: 'gewaehlt', pos: 'verb', forms: ['gewählt', 'wiedergewählt'] },

  { type: 'disaster', name: 'brand', pos: 'noun', forms: ['brand', 'brände', 'bränden', 'brandes', '*brand', '*brände', '*bränden', 'feuersbrunst'], except: ['weinbrand'] },
  { type: 'disaster', name: 'flut', pos: 'noun', forms: ['hochwasser', '*überschwemmung*', '*überflutung*', 'flut', 'fluten', 'flutkatastrophe', '*flut'] },
  { type: 'disaster', name: 'erdbeben', pos: 'noun', forms: ['erdbeben', '*erdbeben', 'beben', 'tsunami', 'erdrutsch*', 'vulkanausbruch', 'lawine', 'lawinen', '*lawine', 'murenabgang', 'murenabgänge'] },
  { type: 'disaster', name: 'sturm', pos: 'noun', forms: ['hurrikan', 'hurrikans', 'taifun', 'taifuns', 'wirbelsturm', '*wirbelsturm', 'zyklon', 'sturm', 'stürme', 'tornado', 'tornados'] },
];
