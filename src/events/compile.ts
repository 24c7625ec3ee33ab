/**
 * Prepares each locale once at module load: trigger lookup tables, word sets, the participle
 * and future-form expressions, cue phrase indexes and casualty expressions.
 */
import type { EventLocale, ReferenceRules, TriggerSpec } from './locale.js';
import { EVENT_LOCALES, localeFor } from './locales/index.js';
import { compilePhrases, parseWord, type PhraseSet, type WordPattern } from './patterns.js';

/** One trigger spec ready for matching. */
export interface CompiledTrigger {
  spec: TriggerSpec;
  /** The trigger form's first word. */
  first: WordPattern;
  /** The words that must follow the first one, adjacent. */
  rest: WordPattern[];
  particle: ReadonlySet<string> | null;
  context: WordPattern[] | null;
  except: ReadonlySet<string>;
  notNext: ReadonlySet<string>;
  notPrev: ReadonlySet<string>;
}

/** Trigger forms indexed by the kind of their first word. */
export interface TriggerTable {
  exact: Map<string, CompiledTrigger[]>;
  prefix: Map<string, CompiledTrigger[]>;
  suffix: Map<string, CompiledTrigger[]>;
  contains: CompiledTrigger[];
  /** Distinct lengths of prefix and suffix keys, for the lookups by slice. */
  prefixLengths: number[];
  suffixLengths: number[];
}

/** A locale with every table prepared. */
export interface CompiledLocale {
  locale: EventLocale;
  triggers: TriggerTable;
  subordinators: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  lightVerbs: ReadonlySet<string>;
  clauseOpeners: ReadonlySet<string>;
  prepositions: ReadonlyMap<string, ReadonlySet<PrepositionRole>>;
  participle: RegExp;
  futureForm: RegExp | null;
  /** Bare infinitives (see {@link GrammarRules.infinitive}), or null. */
  infinitive: RegExp | null;
  regionNouns: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  negation: PhraseSet;
  planned: PhraseSet;
  decision: PhraseSet;
  reportedClause: PhraseSet;
  reportedSentence: PhraseSet;
  reportedTrailing: PhraseSet;
  cancelled: PhraseSet;
  /** Reference phrases: the same time as before, the two parties named before (see {@link ReferenceRules}). */
  sameTime: PhraseSet;
  bothParties: PhraseSet;
  deadline: PhraseSet;
  commitment: PhraseSet;
  pledge: PhraseSet;
  /** Progress cues by the status they give a commitment. */
  progress: { underWay: PhraseSet; done: PhraseSet; missed: PhraseSet };
  killed: RegExp[];
  injured: RegExp[];
  numbers: ReadonlyMap<string, number>;
}

/** What a preposition says about the name it governs. */
export type PrepositionRole = 'locative' | 'destination' | 'comitative' | 'agentive' | 'targeting' | 'genitive' | 'attribution' | 'adverbial';

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compileTriggers(specs: readonly TriggerSpec[]): TriggerTable {
  const table: TriggerTable = { exact: new Map(), prefix: new Map(), suffix: new Map(), contains: [], prefixLengths: [], suffixLengths: [] };
  for (const spec of specs) {
    for (const form of spec.forms) {
      const words = form.toLowerCase().split(/\s+/u).map(parseWord);
      const [first, ...rest] = words;
      if (!first) throw new Error(`Empty trigger form in events locale spec "${spec.type}/${spec.name}".`);
      const compiled: CompiledTrigger = {
        spec,
        first,
        rest,
        particle: spec.particle ? new Set(spec.particle) : null,
        context: spec.context ? spec.context.map(parseWord) : null,
        except: new Set(spec.except ?? []),
        notNext: new Set(spec.notNext ?? []),
        notPrev: new Set(spec.notPrev ?? []),
      };
      if (first.kind === 'contains') table.contains.push(compiled);
      else addTo(table[first.kind], first.part, compiled);
    }
  }
  table.prefixLengths = [...new Set([...table.prefix.keys()].map((k) => k.length))].sort((a, b) => a - b);
  table.suffixLengths = [...new Set([...table.suffix.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return table;
}

/** Builds the number pattern of a locale: digits (with thousands separators) or a number word. */
function numberPattern(numbers: Record<string, number>): string {
  const words = Object.keys(numbers).sort((a, b) => b.length - a.length);
  return `(?<n>\\d{1,3}(?:[.,]\\d{3})+|\\d+|${words.join('|')})`;
}

function casualtyExpressions(sources: readonly string[], num: string): RegExp[] {
  return sources.map((source) => new RegExp(`(?<![\\p{L}\\p{N}])${source.replace('NUM', num)}`, 'giu'));
}

function compileLocale(locale: EventLocale): CompiledLocale {
  const g = locale.grammar;
  const prepositions = new Map<string, Set<PrepositionRole>>();
  const roles: [PrepositionRole, readonly string[]][] = [
    ['locative', g.locative], ['destination', g.destination], ['comitative', g.comitative],
    ['agentive', g.agentive], ['targeting', g.targeting], ['genitive', g.genitive], ['attribution', g.attribution], ['adverbial', g.adverbial],
  ];
  for (const [role, words] of roles) {
    for (const word of words) {
      const set = prepositions.get(word) ?? new Set<PrepositionRole>();
      set.add(role);
      prepositions.set(word, set);
    }
  }
  const num = numberPattern(locale.casualties.numbers);
  return {
    locale,
    triggers: compileTriggers(locale.triggers),
    subordinators: new Set(g.subordinators),
    conjunctions: new Set(g.conjunctions),
    auxiliaries: new Set(g.auxiliaries),
    passiveAuxiliaries: new Set(g.passiveAuxiliaries),
    lightVerbs: new Set(g.lightVerbs),
    clauseOpeners: new Set(g.clauseOpeners),
    prepositions,
    participle: new RegExp(`^(?:${g.participle})$`, 'u'),
    futureForm: locale.modality.futureForm ? new RegExp(`^(?:${locale.modality.futureForm})$`, 'u') : null,
    infinitive: g.infinitive ? new RegExp(`^(?:${g.infinitive})$`, 'u') : null,
    regionNouns: new Set(g.regionNouns ?? []),
    possessives: new Set(g.possessives ?? []),
    negation: compilePhrases(locale.modality.negation),
    planned: compilePhrases(locale.modality.planned),
    decision: compilePhrases(locale.modality.decision),
    reportedClause: compilePhrases(locale.modality.reportedClause),
    reportedSentence: compilePhrases(locale.modality.reportedSentence),
    reportedTrailing: compilePhrases(locale.modality.reportedTrailing),
    cancelled: compilePhrases(locale.modality.cancelled),
    sameTime: compilePhrases(locale.reference.sameTime),
    bothParties: compilePhrases(locale.reference.bothParties),
    deadline: compilePhrases(locale.reference.deadline),
    commitment: compilePhrases(locale.reference.commitment),
    pledge: compilePhrases(locale.reference.pledge),
    progress: { underWay: compilePhrases(locale.progress.underWay), done: compilePhrases(locale.progress.done), missed: compilePhrases(locale.progress.missed) },
    killed: casualtyExpressions(locale.casualties.killed, num),
    injured: casualtyExpressions(locale.casualties.injured, num),
    numbers: new Map(Object.entries(locale.casualties.numbers)),
  };
}

/** Every locale, compiled once when the module loads. */
const COMPILED: ReadonlyMap<string, CompiledLocale> = new Map(
  Object.entries(EVENT_LOCALES).map(([code, locale]) => [code, compileLocale(locale)]),
);

/** The compiled rules for `lang`, or null when the language has no events locale. */
export function compiledFor(lang: string): CompiledLocale | null {
  const locale = localeFor(lang);
  return locale ? (COMPILED.get(locale.code) ?? null) : null;
}
