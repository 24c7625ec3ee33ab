/**
 * The shape of one language's event rules, as data. Each `src/events/locales/<lang>/` folder
 * exports one {@link EventLocale}; code never branches on a language code, it reads these tables.
 *
 * Word forms in trigger and cue lists are lower case. In a trigger form, a trailing `*` matches
 * any ending (`angriff*`), a leading `*` any beginning (`*angriff`: Luftangriff), both any
 * word containing the part (`*gespräch*`); a space joins adjacent words (`shot down`).
 */
import type { EventType } from './cameo.js';

/** One trigger pattern of one event type. */
export interface TriggerSpec {
  type: EventType;
  /** Pattern name, used in provenance rules as `events/<lang>/<type>/<name>`. */
  name: string;
  /** Word forms (see the module comment for the `*` and space syntax). */
  forms: string[];
  /** A verb trigger carries the clause's roles and modality; a noun trigger names the event. */
  pos: 'verb' | 'noun';
  /** A separable particle that must follow later in the same clause (`forderte … auf`). */
  particle?: string[];
  /** True when the particle must end its clause (followed by punctuation, the end, or a clause opener). */
  particleAtEnd?: boolean;
  /** The clause must also hold a word beginning with one of these stems (`close` + consulate). */
  context?: string[];
  /** Words that the forms would match but that are not triggers (`auswahl` for `*wahl`). */
  except?: string[];
  /** The trigger does not fire when the next word is one of these (`deal` + `with`). */
  notNext?: string[];
  /** The trigger does not fire when the previous word is one of these (`opened` + `fire`). */
  notPrev?: string[];
  /** An actor name must begin within the next three words (`received Kishida`, not `received weapons`). */
  objectActor?: boolean;
  /** Prepositions that, with this trigger, name its target rather than a place (`drong er bij Turkije op aan`). */
  targetPrepositions?: string[];
}

/** Sentence-splitting data. */
export interface SentenceRules {
  /** Abbreviations with their dots, lower case: `z.b.`, `dr.`, `vs.`. */
  abbreviations: string[];
  /** Month names, lower case: a number with a dot before one is an ordinal date (`28. Juli`). */
  months: string[];
  /** Words after which `<number>.` is an ordinal, lower case (`am`, `im`, `der`). */
  ordinalLeaders: string[];
  /** Quotation mark pairs [open, close] used in the language. */
  quotes: [string, string][];
}

/** Grammar words that decide clauses and roles. */
export interface GrammarRules {
  /** Elided prefixes split off a word before matching (`l'`, `n'`). */
  elisions: string[];
  /** Words that open a subordinate clause (`that`, `dass`, `omdat`, `que`). */
  subordinators: string[];
  /** Words joining coordinated names (`and`, `und`, `en`, `et`). */
  conjunctions: string[];
  /** Prepositions that give a place (`in`, `im`, `à`). */
  locative: string[];
  /** Prepositions of destination; a place for visits (`to`, `nach`, `naar`). */
  destination: string[];
  /** Prepositions naming a counterpart (`with`, `mit`, `met`, `avec`, `between`). */
  comitative: string[];
  /** Prepositions naming the agent of a passive or a noun (`by`, `von`, `door`, `par`). */
  agentive: string[];
  /** Prepositions naming a target (`on`, `against`, `auf`, `gegen`, `op`, `contre`). */
  targeting: string[];
  /** Genitive prepositions (`of`, `von`, `van`, `de`): a name right after an event noun is its agent. */
  genitive: string[];
  /** Prepositions naming a source (`according`, `volgens`, `selon`): a name they govern is no actor. */
  attribution: string[];
  /** Prepositions of time, cause or concession (`after`, `während`, `tijdens`, `malgré`): a name they govern is no actor. */
  adverbial: string[];
  /** Auxiliaries of the passive (`was`, `wurde`, `werd`, `été`). */
  passiveAuxiliaries: string[];
  /** Regular expression source (unicode, whole word) for past participles of the language. */
  participle: string;
  /** Finite auxiliaries and modals that, in verb-final languages, open the middle field. */
  auxiliaries: string[];
  /** True when objects may stand before the verb (German, Dutch: `hat Japan aufgefordert`). */
  verbFinal: boolean;
  /** True when a bare name right after an event noun is its agent: a genitive (`Angriffe Russlands`) or an adjective (`frappes russes`). */
  postnominalAgent: boolean;
  /** True when names stand before the noun they modify (`Russian attacks`, `Russische aanvallen`), false where adjectives follow (`attaques russes`). */
  premodifiers: boolean;
  /** Verbs that take an event noun as object (`launched attacks`, `verhängte Sanktionen`). */
  lightVerbs: string[];
  /** Infinitive markers right before a verb (`zu`, `te`): in verb-final languages a name between a governing verb and `zu` + trigger is the trigger's object (`droht Jamaika zu treffen`). */
  infinitiveMarkers?: string[];
  /** Words that may follow a clause-final separable particle (`om`, `te`). */
  clauseOpeners: string[];
  /**
   * Nouns for a part of a territory (`south`, `Süden`, `zuiden`, `sud`, `sur`, `coast`): a place
   * named right after one, with at most a genitive and an article between (`the south of France`,
   * `den Süden Marokkos`, `el este de España`), is where the event happens.
   */
  regionNouns?: string[];
  /** Plural possessive determiners (`their`, `ihrem`, `hun`, `leur`, `su`): an event noun they precede belongs to the parties named next (`After their meeting, X and Y …`). */
  possessives?: string[];
  /** Regular expression source for a bare infinitive (`realizar`, `signer`): it opens the complement of a verb (`acordaron realizar …`). */
  infinitive?: string;
}

/** Cue lists for modality; a space joins adjacent words, `n'`-style entries match an elided prefix. */
export interface ModalityRules {
  /** Negation, attached to the nearest trigger of its clause. */
  negation: string[];
  /** Future or intention, scoped to the trigger's clause group. */
  planned: string[];
  /** Decision words: events named after them in the clause group are planned (`decision to close`, `beschloss … zu schließen`). */
  decision: string[];
  /** Regular expression source for a future verb form (`rencontrera`), matched against whole words of the trigger's clause group. */
  futureForm?: string;
  /** Hearsay in the trigger's clause group (`zou`, `soll`, `reportedly`). */
  reportedClause: string[];
  /** Attribution anywhere in the sentence (`according to`, `volgens`, `selon`). */
  reportedSentence: string[];
  /**
   * Verbs of saying that attribute a whole statement from a final comma clause (`…, the ministry
   * said`, `…, meldt de luchtmacht`, `…, a précisé la préfecture`): events before that comma are reported.
   */
  reportedTrailing: string[];
  /** Words saying an event was called off (`cancelled`, `abgesagt`, `afgelast`): they negate the event noun they speak of. */
  cancelled: string[];
}

/** Casualty counts: number words and patterns where `NUM` stands for a number. */
export interface CasualtyRules {
  /** Number words, lower case, with their values. */
  numbers: Record<string, number>;
  /** Regular expression sources (case-insensitive, unicode) for the dead; `NUM` marks the count. */
  killed: string[];
  /** The same for the injured. */
  injured: string[];
}

/**
 * Words that point back to something named before: they let an event borrow the actors or the
 * time it does not name itself. A space joins adjacent words.
 */
export interface ReferenceRules {
  /** Phrases for "the same day" as the previous sentence's date (`that day`, `die dag`, `am selben Tag`). */
  sameTime: string[];
  /** Phrases for "the two parties" named before (`the two countries`, `beide Länder`, `de twee landen`). */
  bothParties: string[];
  /** Words that bind an event to a deadline when a time expression follows (`by`, `bis`, `tegen`, `d'ici`). */
  deadline: string[];
  /** Words of intention or announcement that make a commitment when a deadline follows (`will`, `angekündigt`, `voraussichtlich`). */
  commitment: string[];
  /** Verbs of a firm pledge: a commitment even without a deadline (`pledged`, `verpflichtete sich`, `zegde toe`, `s'est engagé`). */
  pledge: string[];
}

/**
 * Cues that a sentence reports progress on a commitment made earlier, by the status they give it.
 * A space joins the words of a phrase.
 */
export interface ProgressCues {
  /** Work has begun or goes on (`under way`, `begonnen`, `en cours`). */
  underWay: string[];
  /** The commitment is fulfilled (`completed`, `abgeschlossen`, `voltooid`). */
  done: string[];
  /** It failed or slipped (`missed`, `verschoben`, `uitgesteld`). */
  missed: string[];
}

/** Everything the events stage knows about one language. */
export interface EventLocale {
  /** ISO 639-1 code. */
  code: string;
  sentences: SentenceRules;
  grammar: GrammarRules;
  modality: ModalityRules;
  casualties: CasualtyRules;
  reference: ReferenceRules;
  /** Progress on commitments (`src/events/locales/<lang>/progress.ts`). */
  progress: ProgressCues;
  triggers: TriggerSpec[];
}
