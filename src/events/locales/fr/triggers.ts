/**
 * French trigger words per event type (see {@link TriggerSpec} for the pattern syntax).
 * Elided articles are split off before matching (`l'accord` → `accord`). Written for Dossier.
 */
import type { TriggerSpec } from '../../locale.js';

/** Things whose closing or suspension reduces relations. */
const CLOSABLE = ['consulat*', 'ambassade*', 'aéroport*', 'espace', 'frontière*', 'vols', 'trafic', 'négociations', 'pourparlers', 'représentation*', 'port', 'détroit', 'douane*'];
/** Military context for exercises. */
const MILITARY = ['militaire*', 'naval*', 'navale*', 'conjoint*', 'aérien*', 'armée*', 'marine', 'otan', 'soldats', 'troupes', 'militaires'];
/** Things that go with strengthening ties. */
const TIES = ['coopération', 'liens', 'partenariat*', 'relations', 'coopér*'];
/** Forces that can be sent or stationed. */
const FORCES = ['troupe*', 'soldat*', 'navire*', 'forces', 'militaires', 'avions', 'policiers', 'gendarmes', 'casques', 'renforts', 'frégate*', 'bataillon*', 'brigade*', 'chasseurs'];
/** Verbs of making things: `conjointement` with one of them is industrial cooperation. */
const MAKING = ['produire', 'développer', 'construire', 'fabriquer', 'produit', 'développé', 'construit', 'fabriqué', 'concevoir'];
/** Weapons whose firing makes `frapper`/`viser` an attack. */
const WEAPONS = ['missile*', 'roquette*', 'obus', 'drone*', 'frappe*', 'bombe*', 'artillerie', 'aviation', 'avions', 'chasseurs'];

/** French triggers. */
export const triggers: TriggerSpec[] = [
  { type: 'meet', name: 'rencontrer', pos: 'verb', forms: ['rencontr*', 'entretenu', 'entretenus', 'entretenue', 'entretiendra', 'entretient', 'réuni', 'réunis', 'réunies', 'réunira', 'réuniront', 'réunissent', 'visité', 'visitée', 'visiter', 'visitera', 'visiteront', 'visitent', 'discuté', 'négocié', 'négocient', 'négocier', 'se rendra', 'se rendront', 'se rend', 'se rendent', 'se rendre', 'se rendait', 'est rendu', 'est rendue', 'sont rendus', 'téléphoné'] },
  { type: 'meet', name: 'entretien', pos: 'noun', forms: ['entretien', 'entretiens', 'visite', 'visites', 'sommet', 'sommets', 'pourparlers', 'discussions', 'réunion', 'réunions', 'consultations', 'négociations', 'rencontre', 'rencontres', 'entrevue', 'déplacement', 'voyage', 'conversation téléphonique', 'appel téléphonique'] },
  { type: 'meet', name: 'recevoir', pos: 'verb', forms: ['reçu', 'reçoit', 'reçoivent', 'recevra', 'accueilli', 'accueille', 'accueillent'], objectActor: true },

  { type: 'agree', name: 'accord', pos: 'noun', forms: ['accord', 'accords', 'entente', 'pacte', 'traité', 'traités', 'ratifié', 'ratifiée', 'ratifier', 'ratification'] },
  { type: 'agree', name: 'signer', pos: 'verb', forms: ['signé', 'signée', 'signés', 'signées', 'signent', 'signera', 'signeront', 'signer', 'signature', 'signeraient', 'convenu', 'convenus', 'convenir', 'conviennent', 'conclu', 'conclue', 'conclure', 'concluent', 'entendus sur', 'entendues sur'] },
  { type: 'agree', name: 'signe', pos: 'verb', forms: ['signe'], notNext: ['de', 'du', 'des', "d'"] },

  { type: 'announce', name: 'annoncer', pos: 'verb', forms: ['annonc*', 'dévoil*'] },

  { type: 'urge', name: 'exhorter', pos: 'verb', forms: ['exhort*', 'sommé', 'exigé', 'exige', 'exigent', 'réclamé', 'réclame', 'réclament'] },
  { type: 'urge', name: 'appeler', pos: 'verb', forms: ['appelle', 'appellent', 'appelé', 'appelée', 'appelait', 'demandé', 'demande', 'demandent'], particle: ['à'] },

  { type: 'support', name: 'soutenir', pos: 'verb', forms: ['soutient', 'soutiennent', 'soutenu', 'soutenue', 'soutenir', 'remercié', 'remercie', 'remercient', 'salué', 'salue', 'saluent', 'félicité', 'félicite', 'félicitent', 'appuyé', 'appuie', 'appuient', 'loué', 'loue'] },
  { type: 'support', name: 'soutien', pos: 'noun', forms: ['soutien', 'appui'] },

  { type: 'criticise', name: 'critiquer', pos: 'verb', forms: ['critiqué', 'critiquée', 'critiquent', 'critiquer', 'condamné', 'condamne', 'condamnent', 'condamnée', 'dénoncé', 'dénonce', 'dénoncent', 'dénoncer', 'accusé', 'accusée', 'accuse', 'accusent', 'fustigé', 'fustige', 'protesté', 'proteste', 'protestent', 'reproché', 'reproche', 'déploré', 'déplore'] },
  { type: 'criticise', name: 'critique', pos: 'noun', forms: ['critiques', 'condamnation', 'protestation'] },

  { type: 'threaten', name: 'menacer', pos: 'verb', forms: ['menac*', 'averti', 'avertit', 'avertissement', 'ultimatum'] },

  { type: 'cooperate', name: 'cooperation', pos: 'noun', forms: ['coopération', 'collaboration', 'partenariat*', 'coproduction'] },
  { type: 'cooperate', name: 'cooperer', pos: 'verb', forms: ['coopérer', 'coopèrent', 'coopère', 'coopéré', 'collaborer', 'collaborent', 'coproduire', 'travailler ensemble', 'travaillent ensemble', 'travailleront ensemble'] },
  { type: 'cooperate', name: 'conjointement', pos: 'verb', forms: ['conjointement'], context: MAKING },
  { type: 'cooperate', name: 'ensemble', pos: 'verb', forms: ['ensemble'], context: MAKING, notNext: ['de', 'des', 'du', "d'"] },
  { type: 'cooperate', name: 'renforcer', pos: 'verb', forms: ['renforcer', 'renforcé', 'renforcent', 'renforce', 'renforcement', 'approfondir', 'approfondi'], context: TIES },

  { type: 'exercise', name: 'exercice', pos: 'noun', forms: ['exercice', 'exercices'], context: MILITARY },
  { type: 'exercise', name: 'manoeuvres', pos: 'noun', forms: ['manœuvres', 'manoeuvres'] },

  { type: 'deploy', name: 'deployer', pos: 'verb', forms: ['déplo*', 'stationné', 'stationnés', 'stationnées'] },
  { type: 'deploy', name: 'envoyer', pos: 'verb', forms: ['envoyé', 'envoyés', 'envoyée', 'envoyées', 'envoie', 'envoient', 'envoyer', 'enverra', 'enverront', 'enverrait', 'envoi', 'dépêché', 'dépêche', 'massé', 'massés'], context: FORCES },

  { type: 'close', name: 'fermer', pos: 'verb', forms: ['fermé', 'fermée', 'fermés', 'fermées', 'ferme', 'ferment', 'fermeture', 'fermer', 'suspendu', 'suspendus', 'suspend', 'suspendent', 'suspension'], context: CLOSABLE },

  { type: 'sanction', name: 'sanctions', pos: 'noun', forms: ['sanction', 'sanctions', 'embargo', 'contrôles à exportation', 'restrictions à exportation'] },
  { type: 'sanction', name: 'sanctionner', pos: 'verb', forms: ['sanctionné', 'sanctionnée', 'sanctionnés', 'sanctionne', 'sanctionnent', 'sanctionner'] },
  { type: 'sanction', name: 'interdiction', pos: 'verb', forms: ['suspendu', 'suspend', 'suspendent', 'interdit', 'interdite', 'interdisent', 'restreint'], context: ['importation*', 'exportation*', 'import*', 'export*'] },

  { type: 'attack', name: 'attaque', pos: 'noun', forms: ['attaque', 'attaques', 'frappe', 'frappes', 'bombardement', 'bombardements', 'invasion', 'offensive', 'raid', 'raids', 'tirs', 'assaut', 'incursion'] },
  { type: 'attack', name: 'tirer', pos: 'verb', forms: ['tiré', 'tirer', 'tire', 'tirent', 'lancé', 'lancés', 'lance', 'lancent'], context: ['missile*', 'roquette*', 'obus', 'drone*'] },
  { type: 'attack', name: 'attaquer', pos: 'verb', forms: ['attaqué', 'attaquée', 'attaquent', 'attaquer', 'bombardé', 'bombardée', 'bombardés', 'bombardées', 'bombarde', 'bombardent', 'abattu', 'abattus', 'abattue', 'abattues', 'pilonné', 'pilonnée', 'pilonnent', 'envahi', 'envahit', 'attaquera'] },
  { type: 'attack', name: 'frapper', pos: 'verb', forms: ['frappé', 'frappée', 'frappent', 'frappe', 'visé', 'visée', 'visent', 'vise'], context: WEAPONS },

  { type: 'election', name: 'election', pos: 'noun', forms: ['*élection*', 'scrutin', 'scrutins', 'référendum', 'législatives', 'présidentielle', 'municipales'] },
  { type: 'election', name: 'elu', pos: 'verb', forms: ['élu', 'élue', 'élus', 'réélu', 'réélue', 'élire', 'éliront', 'élira', 'élisent'] },

  { type: 'disaster', name: 'incendie', pos: 'noun', forms: ['incendie*', 'feux de forêt', 'feu de forêt'] },
  { type: 'disaster', name: 'inondation', pos: 'noun', forms: ['inondation*', 'crue', 'crues'] },
  { type: 'disaster', name: 'seisme', pos: 'noun', forms: ['séisme*', 'tremblement de terre', 'tremblements de terre', 'tsunami', 'glissement de terrain', 'glissements de terrain', 'avalanche', 'éboulement', 'coulée de boue'] },
  { type: 'disaster', name: 'tempete', pos: 'noun', forms: ['ouragan', 'ouragans', 'typhon', 'cyclone', 'tempête', 'tempêtes', 'tornade', 'tornades'] },
];
