/**
 * The event types Dossier recognises, as data: each maps to a CAMEO root (or sub-) code.
 *
 * CAMEO (Conflict and Mediation Event Observations, Schrodt 2012) codes verbal and material
 * interactions between political actors. Dossier keeps a coarse subset that news digests report
 * most often; `election` and `disaster` have no CAMEO code (CAMEO codes interactions between
 * actors, not domestic votes or natural hazards) and carry `null`.
 */

/** How the parties of an event relate to each other, which decides the roles of later mentions. */
export type EventShape =
  /** Both sides do the same thing (meet, agree, cooperate): mentions after the trigger are counterparts. */
  | 'symmetric'
  /** One side acts on another (urge, attack): mentions after the trigger are targets. */
  | 'directed'
  /** Only the subject takes part (announce, election, disaster): mentions after the trigger are not actors. */
  | 'subject';

/** One event type: its CAMEO code, what it covers, and how its roles are read. */
export interface EventTypeInfo {
  /** CAMEO code (root or sub-code), or null when CAMEO has none. */
  cameo: string | null;
  description: string;
  shape: EventShape;
  /** True when a place alone (no actor) is enough to report the event (a fire in a city). */
  placeSuffices: boolean;
  /** True when a destination ("to", "nach", "naar") names the place, as for visits. */
  destinationIsPlace: boolean;
  /** True when casualty counts stated in the sentence belong to the event. */
  casualties: boolean;
  /** True when events named after this one in its clause group are not yet real (`urged X to cooperate`: the cooperation is planned). */
  irrealis: boolean;
  /** True when people and organisations named after the trigger take part as agents (`bei der Wahl gewann die Partei X`). */
  contenders: boolean;
}

/** The flags most types share; each entry below states only where it differs. */
const USUAL = { placeSuffices: false, destinationIsPlace: false, casualties: false, irrealis: false, contenders: false } as const;

/** Every event type, keyed by the `type` string stored on {@link import('../pipeline/types.js').EventMention}. */
export const EVENT_TYPES = {
  announce: { ...USUAL, cameo: '01', shape: 'subject', irrealis: true, description: 'Make public statement: announce, unveil, declare a plan.' },
  meet: { ...USUAL, cameo: '04', shape: 'symmetric', destinationIsPlace: true, description: 'Consult: meet, visit, receive a visitor, hold talks or a summit.' },
  support: { ...USUAL, cameo: '05', shape: 'directed', description: 'Engage in diplomatic cooperation: praise, support, thank, back.' },
  agree: { ...USUAL, cameo: '057', shape: 'symmetric', irrealis: true, description: 'Sign formal agreement: agree, sign, conclude a deal or accord (06 when it is material).' },
  cooperate: { ...USUAL, cameo: '06', shape: 'symmetric', description: 'Engage in material cooperation: military, economic or industrial cooperation, co-production.' },
  urge: { ...USUAL, cameo: '10', shape: 'directed', irrealis: true, description: 'Demand: urge, call on, appeal to, press another party to act.' },
  criticise: { ...USUAL, cameo: '11', shape: 'directed', description: 'Disapprove: criticise, condemn, accuse, denounce.' },
  threaten: { ...USUAL, cameo: '13', shape: 'directed', irrealis: true, description: 'Threaten: threaten, warn of consequences, give an ultimatum.' },
  exercise: { ...USUAL, cameo: '15', shape: 'symmetric', description: 'Exhibit military posture: joint military exercises, drills, manoeuvres.' },
  deploy: { ...USUAL, cameo: '15', shape: 'directed', destinationIsPlace: true, description: 'Exhibit military posture: deploy or station troops, ships, missiles.' },
  close: { ...USUAL, cameo: '16', shape: 'directed', description: 'Reduce relations: close a consulate, embassy, airport or border; suspend flights or talks.' },
  sanction: { ...USUAL, cameo: '163', shape: 'directed', description: 'Impose embargo, boycott or sanctions, including export controls and import bans.' },
  attack: {
    ...USUAL,
    cameo: '19',
    shape: 'directed',
    casualties: true,
    description: 'Fight: strikes, attacks, shelling, shooting down drones or missiles, invasion (18 assault when civilians are the stated target).',
  },
  election: { ...USUAL, cameo: null, shape: 'subject', placeSuffices: true, contenders: true, description: 'Election or vote held, won or scheduled (no CAMEO code: domestic politics).' },
  disaster: { ...USUAL, cameo: null, shape: 'subject', placeSuffices: true, casualties: true, description: 'Disaster: fire, flood, earthquake, storm (no CAMEO code: not an interaction).' },
} as const satisfies Record<string, EventTypeInfo>;

/** An event type name, e.g. `meet`. */
export type EventType = keyof typeof EVENT_TYPES;

/** The type info of `type`; throws when the name is not in {@link EVENT_TYPES}. */
export function eventTypeInfo(type: string): EventTypeInfo {
  const info = (EVENT_TYPES as Record<string, EventTypeInfo>)[type];
  if (!info) throw new Error(`Unknown event type "${type}"; use one of ${Object.keys(EVENT_TYPES).join(', ')} (src/events/cameo.ts).`);
  return info;
}
