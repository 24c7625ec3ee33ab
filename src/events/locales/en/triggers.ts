/**
 * English trigger words per event type (see {@link TriggerSpec} for the pattern syntax).
 * Written for Dossier from general English vocabulary.
 */
import type { TriggerSpec } from '../../locale.js';

/** Context stems that make "close", "suspend" and "halt" a reduction of relations. */
const CLOSABLE = ['consulat*', 'embass*', 'airport*', 'airspace', 'airfield*', 'border*', 'crossing*', 'flight*', 'mission*', 'talks', 'office*', 'port', 'ports', 'strait*', 'waterway*', 'checkpoint*'];
/** Context stems for military uses of ambiguous words (exercise, strike, fired). */
const MILITARY = ['militar*', 'naval', 'navy', 'army', 'joint', 'drill*', 'war', 'air', 'troop*', 'missile*', 'drone*', 'rocket*', 'artillery', 'live', 'nato', 'soldiers', 'marines', 'warships'];
/** Context stems for ties being strengthened. */
const TIES = ['ties', 'cooperation', 'partnership*', 'relations', 'bond*', 'bilateral'];

/** Forces that can be sent or stationed. */
const FORCES = ['troop*', 'soldier*', 'warship*', 'forces', 'fighter*', 'police', 'officers', 'personnel', 'peacekeeper*', 'marines', 'jets', 'aircraft', 'battalion*', 'brigade*', 'units', 'warplanes', 'ships', 'frigate*', 'destroyer*', 'submarine*', 'missiles'];
/** Verbs of making things: `jointly` with one of them is industrial cooperation. */
const MAKING = ['build', 'building', 'built', 'develop*', 'produc*', 'manufactur*', 'design*'];

/** English triggers. */
export const triggers: TriggerSpec[] = [
  { type: 'meet', name: 'meet', pos: 'verb', forms: ['meet', 'meets', 'met'] },
  { type: 'meet', name: 'meeting', pos: 'noun', forms: ['meeting', 'meetings', 'talks', 'summit', 'summits', 'consultations', 'negotiations', 'negotiation', 'phone call', 'telephone call', 'video call'] },
  { type: 'meet', name: 'visit', pos: 'verb', forms: ['visited', 'visits', 'visiting', 'travelled to', 'traveled to', 'travel to', 'travels to', 'travelling to', 'traveling to', 'flew to', 'flies to', 'fly to', 'negotiated', 'negotiating', 'met with'] },
  { type: 'meet', name: 'visit-noun', pos: 'noun', forms: ['visit', 'trip', 'state visit'] },
  { type: 'meet', name: 'receive', pos: 'verb', forms: ['received', 'receives', 'receive', 'hosted', 'hosts', 'host', 'welcomed', 'welcomes'], objectActor: true },
  { type: 'meet', name: 'talk', pos: 'verb', forms: ['held talks', 'hold talks', 'holds talks', 'discussed', 'discuss', 'discusses', 'spoke with', 'speaks with', 'spoke to', 'talked with', 'talked to', 'held a phone call', 'spoke by phone', 'spoke by telephone'] },

  { type: 'agree', name: 'agree', pos: 'verb', forms: ['agreed', 'agree', 'agrees'] },
  { type: 'agree', name: 'sign', pos: 'verb', forms: ['signed', 'sign', 'signs', 'signing'] },
  { type: 'agree', name: 'agreement', pos: 'noun', forms: ['agreement', 'agreements', 'accord', 'accords', 'pact', 'pacts', 'memorandum', 'treaty', 'treaties', 'ratified', 'ratify', 'ratifies', 'ratification'] },
  { type: 'agree', name: 'deal', pos: 'noun', forms: ['deal', 'deals'], notNext: ['with'] },
  { type: 'agree', name: 'conclude', pos: 'verb', forms: ['concluded', 'concludes', 'struck', 'sealed', 'reached'], context: ['agreement*', 'deal*', 'accord*', 'pact*'] },

  { type: 'announce', name: 'announce', pos: 'verb', forms: ['announced', 'announces', 'announce', 'announcing', 'unveiled', 'unveils', 'unveil'] },
  { type: 'announce', name: 'announcement', pos: 'noun', forms: ['announcement', 'announcements'] },

  { type: 'urge', name: 'urge', pos: 'verb', forms: ['urged', 'urges', 'urge', 'urging', 'demanded', 'demands', 'demand', 'pressed'] },
  { type: 'urge', name: 'ask', pos: 'verb', forms: ['asked', 'asks', 'ask', 'asking'], notNext: ['about', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who', 'questions', 'question'], objectActor: true, context: ['to'] },
  { type: 'urge', name: 'call-on', pos: 'verb', forms: ['called on', 'calls on', 'call on', 'calling on', 'called for', 'calls for', 'call for', 'calling for', 'appealed to', 'appeals to', 'appeal to'] },

  { type: 'support', name: 'support', pos: 'verb', forms: ['supports', 'supported', 'support', 'supporting', 'backed', 'backs', 'backing', 'endorsed', 'endorses', 'endorse'] },
  { type: 'support', name: 'thank', pos: 'verb', forms: ['thanked', 'thank', 'thanks', 'praised', 'praises', 'praise', 'praising', 'hailed', 'hails', 'commended', 'commends', 'lauded', 'applauded', 'congratulated', 'congratulates'], notNext: ['to'] },

  { type: 'criticise', name: 'criticise', pos: 'verb', forms: ['criticised', 'criticized', 'criticises', 'criticizes', 'criticise', 'criticize', 'condemned', 'condemns', 'condemn', 'denounced', 'denounces', 'rebuked', 'slammed', 'accused', 'accuses', 'accuse', 'accusing', 'blamed', 'blames', 'blaming', 'criticising', 'criticizing', 'condemning', 'denouncing', 'deplored', 'deplores', 'decried', 'lambasted', 'censured', 'protested', 'protests against', 'protest against', 'protesting against'] },
  { type: 'criticise', name: 'criticism', pos: 'noun', forms: ['criticism', 'condemnation'] },

  { type: 'threaten', name: 'threaten', pos: 'verb', forms: ['threatened', 'threatens', 'threaten', 'threatening', 'warned', 'warns', 'warn'] },
  { type: 'threaten', name: 'ultimatum', pos: 'noun', forms: ['ultimatum'] },

  { type: 'cooperate', name: 'cooperate', pos: 'verb', forms: ['cooperate', 'cooperates', 'cooperated', 'collaborate', 'collaborates', 'collaborated', 'work together', 'worked together', 'working together', 'co produce', 'co produced', 'co develop', 'co developed', 'jointly develop', 'jointly produce'] },
  { type: 'cooperate', name: 'jointly', pos: 'verb', forms: ['jointly'], context: MAKING },
  { type: 'cooperate', name: 'cooperation', pos: 'noun', forms: ['cooperation', 'co operation', 'collaboration', 'partnership', 'co production', 'coproduction', 'joint development', 'joint production'] },
  { type: 'cooperate', name: 'strengthen-ties', pos: 'verb', forms: ['strengthen', 'strengthens', 'strengthened', 'deepen', 'deepens', 'deepened', 'bolster', 'bolstered', 'expand', 'expanded'], context: TIES },

  { type: 'exercise', name: 'exercise', pos: 'noun', forms: ['exercise', 'exercises'], context: MILITARY },
  { type: 'exercise', name: 'drills', pos: 'noun', forms: ['drills', 'war games', 'wargames', 'manoeuvres', 'maneuvers', 'naval drill', 'military drill'] },

  { type: 'deploy', name: 'deploy', pos: 'verb', forms: ['deployed', 'deploys', 'deploy', 'deploying', 'stationed', 'stationing'] },
  { type: 'deploy', name: 'deployment', pos: 'noun', forms: ['deployment', 'deployments'] },
  { type: 'deploy', name: 'send-troops', pos: 'verb', forms: ['sent', 'sends', 'send', 'sending', 'dispatched', 'dispatch', 'dispatches', 'dispatching', 'massed', 'masses', 'amassed', 'moved', 'moves', 'rushed'], context: FORCES },

  { type: 'close', name: 'close', pos: 'verb', forms: ['closed', 'closes', 'close', 'closing', 'shut', 'shuts', 'suspended', 'suspends', 'suspend', 'halted', 'halts', 'halt'], context: CLOSABLE, notNext: ['to', 'ties', 'relations', 'ally', 'allies'] },
  { type: 'close', name: 'closure', pos: 'noun', forms: ['closure', 'closures', 'suspension'], context: CLOSABLE },

  { type: 'sanction', name: 'sanction', pos: 'noun', forms: ['sanction', 'sanctions', 'embargo', 'embargoes', 'export controls', 'export control', 'export ban', 'export restrictions'] },
  { type: 'sanction', name: 'sanctioned', pos: 'verb', forms: ['sanctioned', 'sanctioning', 'blacklisted', 'blacklists'] },
  { type: 'sanction', name: 'trade-ban', pos: 'verb', forms: ['banned', 'bans', 'ban', 'suspended', 'suspends', 'halted', 'halts', 'restricted', 'restricts'], context: ['import*', 'export*'] },

  { type: 'attack', name: 'attack', pos: 'noun', forms: ['attack', 'attacks', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'bombing', 'bombings', 'bombardment', 'bombardments', 'shelling', 'invasion', 'offensive', 'raid', 'raids', 'assault', 'assaults', 'incursion', 'incursions', 'ambush'] },
  { type: 'attack', name: 'attacked', pos: 'verb', forms: ['attacked', 'attacking', 'bombed', 'bombing', 'bombarded', 'pounded', 'shelled', 'invaded', 'invade', 'invades', 'raided', 'ambushed'] },
  { type: 'attack', name: 'strike', pos: 'noun', forms: ['strike', 'strikes'], context: MILITARY },
  { type: 'attack', name: 'struck', pos: 'verb', forms: ['struck', 'strike', 'strikes', 'hit', 'hits', 'fired', 'fires', 'launched', 'launches', 'targeted'], context: ['missile*', 'drone*', 'rocket*', 'shell*', 'bomb*', 'artillery'] },
  { type: 'attack', name: 'shot-down', pos: 'verb', forms: ['shot down', 'shoot down', 'shoots down', 'downed'] },
  { type: 'attack', name: 'shot-particle', pos: 'verb', forms: ['shot', 'shoot', 'shoots'], particle: ['down'] },

  { type: 'election', name: 'election', pos: 'noun', forms: ['election', 'elections', 'reelection', 're election', 'referendum', 'runoff', 'by election', 'ballot'] },
  { type: 'election', name: 'elected', pos: 'verb', forms: ['elected', 'reelected', 're elected', 'elect', 'elects', 'electing'] },

  { type: 'disaster', name: 'fire', pos: 'noun', forms: ['fire', 'fires', 'blaze', 'blazes', 'wildfire', 'wildfires', 'forest fire', 'bushfire', 'bushfires'], notPrev: ['opened', 'open', 'opens', 'under', 'cease', 'returned', 'exchanged'] },
  { type: 'disaster', name: 'flood', pos: 'noun', forms: ['flood', 'floods', 'flooding', 'flash flood', 'floodwaters'] },
  { type: 'disaster', name: 'earthquake', pos: 'noun', forms: ['earthquake', 'earthquakes', 'quake', 'quakes', 'tsunami', 'landslide', 'landslides', 'mudslide', 'mudslides', 'avalanche', 'eruption'] },
  { type: 'disaster', name: 'storm', pos: 'noun', forms: ['hurricane', 'hurricanes', 'typhoon', 'typhoons', 'cyclone', 'cyclones', 'storm', 'storms', 'tornado', 'tornadoes'] },
];
