/**
 * Dutch trigger words per event type (see {@link TriggerSpec} for the pattern syntax).
 * Separable verbs (`roept … op`, `valt … aan`) use `particle`. Written for Dossier.
 */
import type { TriggerSpec } from '../../locale.js';

/** Things whose closing or suspension reduces relations. */
const CLOSABLE = ['consula*', 'ambassade*', 'luchthaven*', '*luchthaven*', 'vliegveld*', '*vliegveld*', 'vliegvelden', 'grens', 'grenzen', 'grensovergang*', 'luchtruim', 'vluchten', 'vliegverkeer', '*verkeer', 'gesprekken', 'onderhandelingen', 'vestiging', 'post', 'haven*'];
/** Military context for exercises. */
const MILITARY = ['militair*', '*marine*', 'gezamenlijk*', 'leger*', 'krijgsmacht*', 'lucht*', 'navo', 'mariniers', 'troepen', 'soldaten', 'militairen'];
/** Things that go with strengthening ties. */
const TIES = ['*samenwerking*', 'banden', 'band', '*partnerschap*', 'relatie*', 'betrekkingen'];
/** Forces that can be sent or stationed. */
const FORCES = ['troepen', '*troepen', 'soldaten', 'militairen', '*schepen', '*schip', 'gevechtsvliegtuig*', 'f-35*', 'mariniers', 'agenten', 'politieagenten', 'eenheden', 'fregat*', 'bataljon*', 'brigade*'];
/** Verbs of making things: `samen` with one of them is industrial cooperation. */
const MAKING = ['produceren', 'geproduceerd', 'bouwen', 'gebouwd', 'ontwikkelen', 'ontwikkeld', 'fabriceren'];

/** Dutch triggers. */
export const triggers: TriggerSpec[] = [
  { type: 'meet', name: 'ontmoeten', pos: 'verb', forms: ['ontmoet', 'ontmoette', 'ontmoetten', 'ontmoeten', 'sprak met', 'spraken met', 'besprak', 'bespraken', 'besproken', 'overlegde', 'overlegden', 'overleggen', 'overlegt', 'overlegd', 'onderhandelden', 'onderhandelde', 'onderhandeld', 'onderhandelen', 'onderhandelt'] },
  { type: 'meet', name: 'spreken-met', pos: 'verb', forms: ['gesproken', 'sprak', 'spraken', 'spreekt', 'spreken', 'telefoneerde', 'telefoneerden', 'getelefoneerd', 'belde', 'belden', 'gebeld'], context: ['met'] },
  { type: 'meet', name: 'ontmoeting', pos: 'noun', forms: ['ontmoeting', 'ontmoetingen', '*ontmoeting', 'bespreking', 'besprekingen', 'gesprek', 'gesprekken', '*gesprek', '*gesprekken', 'overleg', '*overleg', 'onderhandelingen', 'topberaad'] },
  { type: 'meet', name: 'bezoek', pos: 'noun', forms: ['bezoek', '*bezoek', 'reis'], except: ['bezoeker', 'bezoekers'] },
  { type: 'meet', name: 'bezoeken', pos: 'verb', forms: ['bezocht', 'bezoekt', 'bezochten', 'bezoeken', 'reisde', 'reisden', 'reist', 'reizen', 'gereisd', 'afgereisd'] },
  { type: 'meet', name: 'ontvangen', pos: 'verb', forms: ['ontvangt', 'ontving', 'ontvingen', 'ontvangen'], objectActor: true },

  { type: 'agree', name: 'akkoord', pos: 'noun', forms: ['akkoord', '*akkoord', 'akkoorden', '*akkoorden', 'overeenkomst*', '*overeenkomst', 'deal', 'pact', 'verdrag', '*verdrag', 'verdragen', '*verdragen', 'afspraken', 'geratificeerd', 'ratificeerde', 'ratificatie'] },
  { type: 'agree', name: 'ondertekenen', pos: 'verb', forms: ['ondertek*', 'overeengekomen', 'tekende', 'tekenden', 'getekend', 'eens geworden'] },
  { type: 'agree', name: 'eens-worden', pos: 'verb', forms: ['werden', 'werd', 'worden', 'wordt'], particle: ['eens'] },
  { type: 'agree', name: 'overeenkomen', pos: 'verb', forms: ['kwamen', 'kwam', 'komen', 'komt'], particle: ['overeen'] },
  { type: 'agree', name: 'sluiten', pos: 'verb', forms: ['sloten', 'sloot', 'sluiten', 'sluit', 'gesloten'], context: ['*akkoord', 'akkoord', 'overeenkomst*', '*overeenkomst', '*verdrag*', '*partnerschap*', 'deal', 'pact'] },

  { type: 'announce', name: 'aankondigen', pos: 'verb', forms: ['kondigde', 'kondigden', 'kondigt', 'kondigen'], particle: ['aan'] },
  { type: 'announce', name: 'aangekondigd', pos: 'verb', forms: ['aangekondigd', 'aankondig*', 'bekendgemaakt', 'onthulde', 'onthulden', 'onthult', 'onthullen'] },
  { type: 'announce', name: 'bekendmaken', pos: 'verb', forms: ['maakte', 'maakten', 'maakt'], particle: ['bekend'] },

  { type: 'urge', name: 'oproepen', pos: 'verb', forms: ['roept', 'riep', 'riepen', 'roepen'], particle: ['op'], particleAtEnd: true },
  { type: 'urge', name: 'opgeroepen', pos: 'verb', forms: ['opgeroepen', 'oproep*', 'verzocht', 'verzoekt', 'verzoeken', 'aangedrongen', 'aandringen', 'aangespoord'] },
  { type: 'urge', name: 'eisen', pos: 'verb', forms: ['eiste', 'eisten', 'eist'], notNext: ['het', 'levens', 'slachtoffers', 'doden'] },
  { type: 'urge', name: 'aandringen', pos: 'verb', forms: ['dringt', 'dringen', 'drong', 'drongen', 'spoorde', 'spoorden', 'spoort'], particle: ['aan'], targetPrepositions: ['bij'] },

  { type: 'support', name: 'steunen', pos: 'verb', forms: ['steunt', 'steunde', 'steunden', 'steunen', 'gesteund', 'bedankte', 'bedankten', 'bedankt', 'dankte', 'dankten', 'prees', 'prezen', 'prijst', 'geprezen', 'loofde', 'loofden', 'verwelkomde', 'verwelkomden', 'feliciteerde', 'feliciteerden'] },
  { type: 'support', name: 'steun', pos: 'noun', forms: ['steun', 'steunbetuiging'] },

  { type: 'criticise', name: 'bekritiseren', pos: 'verb', forms: ['bekritiseer*', 'veroordeelde', 'veroordeelden', 'veroordeelt', 'veroordeeld', 'hekelde', 'hekelden', 'hekelt', 'gehekeld', 'beschuldig*', 'verweet', 'verweten', 'protesteerde', 'protesteerden', 'geprotesteerd', 'laakte', 'laakten', 'bekritiseerd'] },
  { type: 'criticise', name: 'kritiek', pos: 'noun', forms: ['kritiek', 'veroordeling'] },

  { type: 'threaten', name: 'dreigen', pos: 'verb', forms: ['dreigt', 'dreigde', 'dreigden', 'dreigen', 'gedreigd', 'waarschuwt', 'waarschuwde', 'waarschuwden', 'gewaarschuwd'] },
  { type: 'threaten', name: 'dreiging', pos: 'noun', forms: ['waarschuwing', 'waarschuwingen', 'ultimatum', 'dreigement', 'dreigementen'] },

  { type: 'cooperate', name: 'samenwerking', pos: 'noun', forms: ['*samenwerking*', 'coproductie', 'partnerschap', '*partnerschap'] },
  { type: 'cooperate', name: 'samenwerken', pos: 'verb', forms: ['samenwerken', 'samengewerkt', 'samen te werken', 'samen werken', 'coproduceren'] },
  { type: 'cooperate', name: 'samen', pos: 'verb', forms: ['samen', 'gezamenlijk'], context: MAKING },
  { type: 'cooperate', name: 'werken-samen', pos: 'verb', forms: ['werkt', 'werken', 'werkte', 'werkten'], particle: ['samen'] },
  { type: 'cooperate', name: 'versterken', pos: 'verb', forms: ['versterken', 'versterkt', 'versterkte', 'versterkten', 'verdiepen', 'verdiept', 'uitbreiden', 'opvoeren', 'opgevoerd', 'intensiveren'], context: TIES },

  { type: 'exercise', name: 'oefening', pos: 'noun', forms: ['oefening', 'oefeningen'], context: MILITARY },
  { type: 'exercise', name: 'manoeuvre', pos: 'noun', forms: ['manoeuvres', 'manoeuvre', '*oefening', '*oefeningen'] },

  { type: 'deploy', name: 'stationeren', pos: 'verb', forms: ['gestationeerd', 'stationeert', 'stationeerde', 'stationeerden', 'stationering', 'stationeren'] },
  { type: 'deploy', name: 'sturen', pos: 'verb', forms: ['stuurt', 'stuurde', 'stuurden', 'gestuurd', 'sturen', 'te sturen', 'ingezet', 'inzetten', 'zond', 'zonden', 'gezonden', 'samengetrokken', 'samentrekken'], context: FORCES },

  { type: 'close', name: 'sluiten', pos: 'verb', forms: ['sluit', 'sloot', 'sloten', 'sluiten', 'gesloten', 'sluiting', 'stilgelegd', 'opgeschort', 'opschorting', 'schort', 'dicht'], context: CLOSABLE },
  { type: 'close', name: 'stilleggen', pos: 'verb', forms: ['legt', 'legde', 'legden'], particle: ['stil'], context: CLOSABLE },

  { type: 'sanction', name: 'sancties', pos: 'noun', forms: ['sanctie', 'sancties', '*sancties', '*sanctie', 'embargo', '*embargo', '*exportbeperking*', '*exportcontrole*', '*exportverbod*'] },
  { type: 'sanction', name: 'sanctioneren', pos: 'verb', forms: ['sanctioneert', 'gesanctioneerd', 'sanctioneerde'] },
  { type: 'sanction', name: 'handelsverbod', pos: 'verb', forms: ['verbood', 'verboden', 'verbiedt', 'opgeschort', 'stopte', 'stopten', 'gestopt', 'beperkt', 'beperkte'], context: ['*import*', '*invoer*', '*uitvoer*', '*export*'] },

  { type: 'attack', name: 'aanval', pos: 'noun', forms: ['*aanval*', 'aanslag', '*aanslag', 'aanslagen', '*aanslagen', '*bombardement*', 'beschieting', 'beschietingen', 'invasie', 'inval', 'offensief'] },
  { type: 'attack', name: 'aanvallen', pos: 'verb', forms: ['aangevallen', 'aan te vallen', 'bombardeer*', 'gebombardeerd', 'beschoten', 'beschoot', 'beschiet', 'beschieten', 'neergeschoten', 'bestoken', 'bestookt', 'bestookte', 'binnengevallen', 'afgevuurd'] },
  { type: 'attack', name: 'valt-aan', pos: 'verb', forms: ['valt', 'vallen', 'viel', 'vielen'], particle: ['aan'] },
  { type: 'attack', name: 'schoot-neer', pos: 'verb', forms: ['schoot', 'schoten', 'schiet', 'schieten'], particle: ['neer'] },
  { type: 'attack', name: 'lanceren', pos: 'verb', forms: ['lanceerde', 'lanceerden', 'gelanceerd', 'lanceert'], context: ['raket*', '*raketten', 'drone*', 'projectiel*'] },
  { type: 'attack', name: 'vuurde-af', pos: 'verb', forms: ['vuurde', 'vuurden', 'vuurt', 'vuren'], particle: ['af'] },

  { type: 'election', name: 'verkiezing', pos: 'noun', forms: ['*verkiezing*', 'referendum', 'stembusgang'] },
  { type: 'election', name: 'gekozen', pos: 'verb', forms: ['verkozen', 'herkozen', 'gekozen'] },

  { type: 'disaster', name: 'brand', pos: 'noun', forms: ['brand', '*brand', '*branden'], except: ['aanbranden'] },
  { type: 'disaster', name: 'overstroming', pos: 'noun', forms: ['*overstroming*', 'watersnood'] },
  { type: 'disaster', name: 'aardbeving', pos: 'noun', forms: ['*aardbeving*', 'tsunami', 'aardverschuiving*', 'lawine', 'lawines', 'modderstroom', 'modderstromen'] },
  { type: 'disaster', name: 'storm', pos: 'noun', forms: ['orkaan', 'orkanen', 'tyfoon', 'storm', 'stormen', '*storm', 'wervelstorm', 'tornado'] },
];
