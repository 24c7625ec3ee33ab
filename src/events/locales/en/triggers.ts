/**
 * English trigger words per event type (see {@link TriggerSpec} for the pattern syntax).
 * Written for Dossier from general English vocabulary.
 */
import type { TriggerSpec } from '../../locale.js';

/** Context stems that make "close", "suspend" and "halt" a reduction of relations. */
const CLOSABLE = ['consulat*', 'embass*', 'airport*', 'airspace', 'airfield*', 'border*', 'crossing*', 'flight*', 'mission*', 'talks', 'office*', 'port', 'ports'];
/** Context stems for military uses of ambiguous words (exercise, strike, fired). */
const MILITARY = ['militar*', 'naval', 'navy', 'army', 'joint', 'drill*', 'war', 'air', 'troop*', 'missile*', 'drone*', 'rocket*', 'artillery', 'live'];
/** Context stems for ties being strengthened. */
const TIES = ['ties', 'allian*', 'cooperation', 'partnership*', 'relations', 'bond*', 'bilateral'];

/** English triggers. */
export const triggers: TriggerSpec[] = [
  { type: 'meet', name: 'meet', pos: 'verb', forms: ['meet', 'meets', 'met'] },
  { type: 'meet', name: 'meeting', pos: 'noun', forms: ['meeting', 'meetings', 'talks', 'summit', 'summits', 'consultations'] },
  { type: 'meet', name: 'visit', pos: 'verb', forms: ['visited', 'visits', 'visiting'] },
  { type: 'meet', name: 'visit-noun', pos: 'noun', forms: ['visit', 'trip', 'state visit'] },
  { type: 'meet', name: 'receive', pos: 'verb', forms: ['received', 'receives', 'receive', 'hosted', 'hosts', 'host', 'welcomed', 'welcomes'], objectActor: true },
  { type: 'meet', name: 'talk', pos: 'verb', forms: ['held talks', 'hold talks', 'holds talks', 'discussed', 'discuss', 'discusses', 'spoke with', 'speaks with'] },

  { type: 'agree', name: 'agree', pos: 'verb', forms: ['agreed', 'agree', 'agrees'] },
  { type: 'agree', name: 'sign', pos: 'verb', forms: ['signed', 'sign', 'signs', 'signing'] },
  { type: 'agree', name: 'agreement', pos: 'noun', forms: ['agreement', 'agreements', 'accord', 'accords', 'pact', 'memorandum'] },
  { type: 'agree', name: 'deal', pos: 'noun', forms: ['deal', 'deals'], notNext: ['with'] },
  { type: 'agree', name: 'conclude', pos: 'verb', forms: ['concluded', 'concludes', 'struck', 'sealed', 'reached'], context: ['agreement*', 'deal*', 'accord*', 'pact*'] },

  { type: 'announce', name: 'announce', pos: 'verb', forms: ['announced', 'announces', 'announce', 'announcing', 'unveiled', 'unveils', 'unveil'] },
  { type: 'announce', name: 'announcement', pos: 'noun', forms: ['announcement', 'announcements'] },

  { type: 'urge', name: 'urge', pos: 'verb', forms: ['urged', 'urges', 'urge', 'urging', 'demanded', 'demands', 'demand', 'pressed'] },
  { type: 'urge', name: 'call-on', pos: 'verb', forms: ['called on', 'calls on', 'call on', 'calling on', 'called for', 'calls for', 'call for', 'calling for', 'appealed to', 'appeals to', 'appeal to'] },

  { type: 'support', name: 'support', pos: 'verb', forms: ['supports', 'supported', 'support', 'backed', 'backs', 'endorsed', 'endorses'] },
  { type: 'support', name: 'thank', pos: 'verb', forms: ['thanked', 'thank', 'thanks', 'praised', 'praises', 'praise', 'hailed'], notNext: ['to'] },

  { type: 'criticise', name: 'criticise', pos: 'verb', forms: ['criticised', 'criticized', 'criticises', 'criticizes', 'criticise', 'criticize', 'condemned', 'condemns', 'condemn', 'denounced', 'denounces', 'rebuked', 'slammed', 'accused', 'accuses', 'accuse', 'blamed', 'blames'] },
  { type: 'criticise', name: 'criticism', pos: 'noun', forms: ['criticism', 'condemnation'] },

  { type: 'threaten', name: 'threaten', pos: 'verb', forms: ['threatened', 'threatens', 'threaten', 'warned', 'warns', 'warn'] },
  { type: 'threaten', name: 'ultimatum', pos: 'noun', forms: ['ultimatum'] },

  { type: 'cooperate', name: 'cooperate', pos: 'verb', forms: ['cooperate', 'cooperates', 'cooperated', 'collaborate', 'collaborates', 'collaborated', 'work together', 'worked together', 'working together', 'co produce', 'co produced', 'jointly develop', 'jointly produce'] },
  { type: 'cooperate', name: 'cooperation', pos: 'noun', forms: ['cooperation', 'co operation', 'collaboration', 'partnership', 'co production', 'coproduction', 'joint development', 'joint production'] },
  { type: 'cooperate', name: 'strengthen-ties', pos: 'verb', forms: ['strengthen', 'strengthens', 'strengthened', 'deepen', 'deepens', 'deepened', 'bolster', 'bolstered', 'expand', 'expanded'], context: TIES },

  { type: 'exercise', name: 'exercise', pos: 'noun', forms: ['exercise', 'exercises'], context: MILITARY },
  { type: 'exercise', name: 'drills', pos: 'noun', forms: ['drills', 'war games', 'wargames', 'manoeuvres', 'maneuvers'] },

  { type: 'deploy', name: 'deploy', pos: 'verb', forms: ['deployed', 'deploys', 'deploy', 'deploying', 'stationed'] },
  { type: 'deploy', name: 'deployment', pos: 'noun', forms: ['deployment', 'deployments'] },
  { type: 'deploy', name: 'send-troops', pos: 'verb', forms: ['sent', 'sends', 'send', 'dispatched'], context: ['troop*', 'soldier*', 'warship*', 'forces', 'fighter*'] },

  { type: 'close', name: 'close', pos: 'verb', forms: ['closed', 'closes', 'close', 'closing', 'shut', 'shuts', 'suspended', 'suspends', 'suspend', 'halted', 'halts', 'halt'], context: CLOSABLE, notNext: ['to', 'ties', 'relations', 'ally', 'allies'] },
  { type: 'close', name: 'closure', pos: 'noun', forms: ['closure', 'closures', 'suspension'], context: CLOSABLE },

  { type: 'sanction', name: 'sanction', pos: 'noun', forms: ['sanction', 'sanctions', 'embargo', 'embargoes', 'export controls', 'export control', 'export ban', 'export restrictions'] },
  { type: 'sanction', name: 'sanctioned', pos: 'verb', forms: ['sanctioned', 'blacklisted', 'blacklists'] },
  { type: 'sanction', name: 'trade-ban', pos: 'verb', forms: ['banned', 'bans', 'ban', 'suspended', 'suspends', 'halted', 'halts', 'restricted', 'restricts'], context: ['import*', 'export*'] },

  { type: 'attack', name: 'attack', pos: 'noun', forms: ['attack', 'attacks', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'bombing', 'bombings', 'bombardment', 'shelling', 'invasion', 'offensive', 'raid', 'raids'] },
  { type: 'attack', name: 'attacked', pos: 'verb', forms: ['attacked', 'bombed', 'shelled', 'invaded', 'invade', 'invades', 'raided'] },
  { type: 'attack', name: 'strike', pos: 'noun', forms: ['strike', 'strikes'], context: MILITARY },
  { type: 'attack', name: 'struck', pos: 'verb', forms: ['struck', 'hit', 'fired', 'launched'], context: ['missile*', 'drone*', 'rocket*', 'shell*', 'bomb*', 'artillery'] },
  { type: 'attack', name: 'shot-down', pos: 'verb', forms: ['shot down', 'shoot down', 'shoots down', 'downed'] },
  { type: 'attack', name: 'shot-particle', pos: 'verb', forms: ['shot', 'shoot', 'shoots'], particle: ['down'] },

  { type: 'election', name: 'election', pos: 'noun', forms: ['election', 'elections', 'reelection', 're election', 'referendum', 'runoff', 'by election'] },
  { type: 'election', name: 'elected', pos: 'verb', forms: ['elected', 'reelected', 're elected'] },

  { type: 'disaster', name: 'fire', pos: 'noun', forms: ['fire', 'fires', 'blaze', 'wildfire', 'wildfires', 'forest fire'], notPrev: ['opened', 'open', 'opens', 'under', 'cease', 'returned', 'exchanged'] },
  { type: 'disaster', name: 'flood', pos: 'noun', forms: ['flood', 'floods', 'flooding', 'flash flood'] },
  { type: 'disaster', name: 'earthquake', pos: 'noun', forms: ['earthquake', 'earthquakes', 'quake', 'tsunami', 'landslide', 'landslides', 'eruption'] },
  { type: 'disaster', name: 'storm', pos: 'noun', forms: ['hurricane', 'typhoon', 'cyclone', 'storm', 'tornado'] },
];
