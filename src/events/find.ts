/**
 * The events stage: for each sentence of an item, triggers of the item's language, the entity
 * mentions acting in them, place, time, modality and casualties, as {@link EventMention}s.
 */
import { findTimeExpressions, itemZone, referenceOf } from '../dates/index.js';
import type { Stage } from '../pipeline/stage.js';
import { openTimeOf, openWhenUndated } from '../dates/across/open.js';
import { itemFullText, type EventMention, type EventTime, type Item, type Mention, type Modality, type Precision, type TimeExpression } from '../pipeline/types.js';
import { captionMentions } from './caption-names.js';
import { bothPartiesAt, coordinatedPairs, partiesFor, possessiveParties, refersToEarlierTime, timeForTrigger } from './anchor.js';
import { eventTypeInfo, type EventTypeInfo } from './cameo.js';
import { casualtiesIn } from './casualties.js';
import { compiledFor, type CompiledLocale } from './compile.js';
import { MIN_SHARED_ACTORS } from './merge.js';
import { analyseSentence, type SentenceContext } from './context.js';
import { primaryGovernor } from './mentions.js';
import { attributionVerbs, modalityOf } from './modality.js';
import { clauseGroup, sharedParties, symmetricActors } from './parties.js';
import { placeOf } from './place.js';
import { actorsOf, ROLE_RANK, type PlacedActor } from './roles.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { TriggerMatch } from './triggers.js';

/** Most captions of one item read for events: a gallery's captions beyond these rarely add events. */
const MAX_CAPTIONS = 8;
/** Offset distance between the stored starts of two captions' sentences (longer than any caption). */
const CAPTION_STRIDE = 100_000;

/** The event type of natural hazards (storms, floods, earthquakes). */
const DISASTER = 'disaster';
/** The event type of threats, whose subject a hazard may be (a forecast). */
const THREATEN = 'threaten';

/** One trigger's reading before triggers of the same type are merged. */
interface Reading {
  trigger: TriggerMatch;
  actors: PlacedActor[];
  place: string | null;
}

/** The language whose rules read `item`: the detected one, else the declared one. */
function languageOf(item: Item): string {
  const detected = item.lang?.code;
  if (detected && detected !== 'und') return detected;
  return item.declaredLang ?? 'und';
}

function agents(reading: Reading): Set<string> {
  return new Set(reading.actors.filter((a) => a.role === 'agent').map((a) => a.entity));
}

/**
 * Joins readings of one type in one sentence into events: several triggers of a type usually
 * describe one event (`the visit … where he met …`), unless each has its own, different agents
 * (`the Russian invasion and the Hamas attack`).
 */
function joinReadings(readings: readonly Reading[]): Reading[][] {
  const groups: Reading[][] = [];
  for (const reading of readings) {
    const own = agents(reading);
    const home = groups.find((group) => {
      const theirs = new Set(group.flatMap((r) => [...agents(r)]));
      return own.size === 0 || theirs.size === 0 || [...own].some((e) => theirs.has(e));
    });
    if (home) home.push(reading);
    else groups.push([reading]);
  }
  return groups;
}

/** The actors of joined readings, one per entity with its best role. */
function mergeActors(group: readonly Reading[]): PlacedActor[] {
  const byEntity = new Map<string, PlacedActor>();
  for (const actor of group.flatMap((r) => r.actors)) {
    const held = byEntity.get(actor.entity);
    if (!held || ROLE_RANK[actor.role] < ROLE_RANK[held.role]) byEntity.set(actor.entity, actor);
  }
  return [...byEntity.values()].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.at - b.at);
}

/** What earlier sentences of the same text leave for the next one to refer back to. */
interface Carry {
  /** The last coordinated group of actor names (for `the two countries`). */
  parties: string[];
  /** The events of the previous analysed sentence (for `that day`: its place). */
  previous: EventMention[];
}

/** Where a sentence's text lies: the item's full text, or one of its captions. */
interface Segment {
  text: string;
  mentions: Mention[];
  times: TimeExpression[];
  /** Maps a sentence offset in `text` to the stored `start` (full-text offset, or negative for captions). */
  startOf: (offset: number) => number;
  /** Suffix of the provenance rule (`/caption` for captions). */
  tag: string;
}

/**
 * Of the actors of earlier events, the place stated for the one sharing the most actors (at least
 * {@link MIN_SHARED_ACTORS}, or all of this event's): `die dag` borrows the occasion's place.
 */
function borrowedPlace(actors: readonly PlacedActor[], previous: readonly EventMention[]): string | null {
  const own = new Set(actors.map((a) => a.entity));
  let best: string | null = null;
  let bestShared = 0;
  for (const event of previous) {
    if (!event.place) continue;
    const shared = event.actors.filter((a) => own.has(a.entity)).length;
    if ((shared >= MIN_SHARED_ACTORS || (shared > 0 && shared === own.size)) && shared > bestShared) {
      best = event.place;
      bestShared = shared;
    }
  }
  return best;
}

/**
 * True for a verb of a symmetric type whose only actors are places it is directed at, with no
 * named subject: `„Melissa“ droht Jamaika zu treffen` is a storm hitting a country, not a meeting;
 * a meeting, agreement or cooperation names a person, organisation or subject.
 */
function unnamedSubject(info: EventTypeInfo, lead: Reading, actors: readonly PlacedActor[], ctx: SentenceContext): boolean {
  if (info.shape !== 'symmetric' || lead.trigger.spec.pos !== 'verb' || actors.length === 0) return false;
  if (actors.some((a) => a.role === 'agent')) return false;
  // Parties named with `between`/`with` are the sides of a meeting or signing, not an object hit.
  const comitative = ctx.mentions.some((m) => actors.some((a) => a.at === m.first) && (primaryGovernor(ctx.governors.get(m) ?? [])?.roles.has('comitative') ?? false));
  if (comitative) return false;
  const byEntity = new Map(ctx.mentions.map((m) => [m.mention.entity, m.mention.type]));
  return actors.every((a) => byEntity.get(a.entity) === 'GPE' || byEntity.get(a.entity) === 'LOC');
}

/**
 * True for a verb without a named agent whose clause names a natural hazard before it: in `De
 * orkaan dreigt Florida te treffen` or `El huracán amenaza con golpear …` the storm threatens,
 * not a country. The hazard words are the locale's disaster triggers.
 */
function hazardSubject(type: string, lead: Reading, actors: readonly PlacedActor[], ctx: SentenceContext): boolean {
  if (type === DISASTER || lead.trigger.spec.pos !== 'verb' || actors.some((a) => a.role === 'agent')) return false;
  const clause = ctx.clauses.clauseOf[lead.trigger.index];
  return ctx.triggers.some((t) => t.spec.type === DISASTER && t.index < lead.trigger.index && ctx.clauses.clauseOf[t.index] === clause);
}

/**
 * The modality of joined readings: the lead trigger's, unless another trigger naming the same
 * event is negated (`No agreement was reached`: the negation sits on the noun, the lead is the verb).
 */
function groupModality(ctx: SentenceContext, group: readonly Reading[], lead: Reading, time: EventTime | null, published: string | null): Modality {
  const own = modalityOf(ctx, lead.trigger, time, published);
  if (own === 'negated') return own;
  return group.some((r) => r !== lead && modalityOf(ctx, r.trigger, time, published) === 'negated') ? 'negated' : own;
}

/**
 * True for a natural hazard that only threatens (`El huracán amenaza con golpear …`, `De orkaan
 * dreigt … te treffen`): a verb of threatening follows it in its clause, so the storm is a forecast,
 * not yet a disaster.
 */
function forecastHazard(type: string, lead: Reading, ctx: SentenceContext): boolean {
  if (type !== DISASTER) return false;
  const clause = ctx.clauses.clauseOf[lead.trigger.index];
  return ctx.triggers.some((t) => t.spec.type === THREATEN && t.spec.pos === 'verb' && t.index > lead.trigger.last && ctx.clauses.clauseOf[t.index] === clause);
}

/** The events of one analysed sentence. */
function sentenceEvents(ctx: SentenceContext, item: Item, segment: Segment, lang: string, carry: Carry): EventMention[] {
  const sentence: Sentence = ctx.sentence;
  const inSentence = segment.times.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const earlierTime = inSentence.length === 0 && refersToEarlierTime(ctx) ? segment.times.filter((t) => t.end <= sentence.start).pop() ?? null : null;
  const byType = new Map<string, Reading[]>();
  // A verb of saying that names the source (`…, anunció el Pentágono`) is no announcement.
  const sources = new Set(attributionVerbs(ctx, Math.min(...ctx.triggers.map((t) => t.last))));
  for (const trigger of ctx.triggers) {
    if (trigger.spec.pos === 'verb' && sources.has(trigger.index)) continue;
    const info = eventTypeInfo(trigger.spec.type);
    const reading = { trigger, actors: actorsOf(ctx, trigger, info), place: placeOf(ctx, trigger, info)?.mention.entity ?? null };
    const list = byType.get(trigger.spec.type) ?? [];
    list.push(reading);
    byType.set(trigger.spec.type, list);
  }
  const events: EventMention[] = [];
  const grouped = [...byType].map(([type, readings]) => ({ type, groups: joinReadings(readings) }));
  const parties = sharedParties(
    grouped.flatMap(({ type, groups }) => groups.map((g) => ({ type, group: clauseGroup(ctx, (g[0] as Reading).trigger), actors: mergeActors(g) }))),
  );
  for (const { type, groups } of grouped) {
    const info = eventTypeInfo(type);
    for (const group of groups) {
      const lead = group.find((r) => r.trigger.spec.pos === 'verb') ?? (group[0] as Reading);
      let actors = mergeActors(group);
      if (!actors.some((a) => a.role === 'agent')) {
        const at = bothPartiesAt(ctx, lead.trigger);
        const both = at >= 0 ? partiesFor(ctx, at, carry.parties) : [];
        if (both.length >= 2) actors = [...both.map((entity) => ({ entity, role: 'agent' as const, at })), ...actors.filter((a) => !both.includes(a.entity))];
      }
      if (info.shape === 'symmetric' && !actors.some((a) => a.role === 'agent')) {
        const owners = possessiveParties(ctx, lead.trigger);
        if (owners.length > 0) actors = [...owners.map((entity) => ({ entity, role: 'agent' as const, at: lead.trigger.index })), ...actors.filter((a) => !owners.includes(a.entity))];
      }
      if (unnamedSubject(info, lead, actors, ctx) || hazardSubject(type, lead, actors, ctx) || forecastHazard(type, lead, ctx)) continue;
      if (info.shape === 'symmetric') actors = symmetricActors(type, clauseGroup(ctx, lead.trigger), actors, parties);
      let place = lead.place ?? group.find((r) => r.place !== null)?.place ?? null;
      if (actors.length === 0 && !(info.placeSuffices && place !== null)) continue;
      const expression = timeForTrigger(ctx, lead.trigger, inSentence) ?? earlierTime;
      if (expression === earlierTime && earlierTime && place === null) place = borrowedPlace(actors, carry.previous);
      // An open expression (the item's own date unknown) leaves the time unknown until other items date it.
      const time: EventTime | null = expression && !expression.open ? { date: expression.date, precision: expression.precision } : null;
      const event: EventMention = {
        type,
        actors: actors.map(({ entity, role }) => ({ entity, role })),
        place,
        time,
        modality: groupModality(ctx, group, lead, time, item.published?.date ?? null),
        sentence: sentence.text,
        start: segment.startOf(sentence.start),
        provenance: { certainty: 'inferred', rule: `events/${lang}/${type}/${lead.trigger.spec.name}${segment.tag}`, evidence: sentence.text },
      };
      if (expression?.open) event.openTime = openTimeOf(expression, segment.startOf(expression.start));
      const casualties = info.casualties ? casualtiesIn(sentence.text, ctx.rules) : null;
      if (casualties) event.casualties = casualties;
      events.push(event);
    }
  }
  return events;
}

/** The events of one segment's sentences, in text order. */
function segmentEvents(item: Item, segment: Segment, rules: CompiledLocale): EventMention[] {
  const lang = rules.locale.code;
  const mentions = [...segment.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const events: EventMention[] = [];
  const carry: Carry = { parties: [], previous: [] };
  for (const sentence of splitSentences(segment.text, lang)) {
    const ctx = analyseSentence(sentence, mentions, rules);
    if (!ctx) continue;
    const found = sentenceEvents(ctx, item, segment, lang, carry);
    events.push(...found);
    const pairs = coordinatedPairs(ctx);
    const last = pairs[pairs.length - 1];
    if (last) carry.parties = [...new Set(last.map((m) => m.mention.entity))];
    carry.previous = found;
  }
  return events;
}

/**
 * The caption segments of an item that state a date: photo captions often state when and where an event took
 * place (`… während seines Besuchs … am 16. April 2024`). Captions lie outside the full text, so
 * their dates are read here with the dates stage's own function and their names by the names the
 * body mentions ({@link captionMentions}), and
 * their events get negative offsets: caption `k`'s sentence at offset `o` is stored at
 * `-(1 + CAPTION_STRIDE·k + o)`.
 */
function captionSegments(item: Item, lang: string): Segment[] {
  const captions = item.fields?.captions ?? [];
  if (captions.length === 0) return [];
  const zone = itemZone(item);
  const reference = (item.published ? referenceOf(item.published, zone) : null) ?? new Date(item.capturedAt);
  if (Number.isNaN(reference.getTime())) return [];
  const referencePrecision: Precision = item.published?.precision ?? 'minute';
  const segments: Segment[] = [];
  captions.slice(0, MAX_CAPTIONS).forEach((text, k) => {
    // A caption adds to the timeline by naming the article's actors with a date.
    const mentions = captionMentions(text, item.mentions);
    if (mentions.length === 0) return;
    const found = findTimeExpressions(text, lang, reference, { zone, referencePrecision });
    const times = item.published?.date ? found : openWhenUndated(found);
    if (times.length === 0) return;
    segments.push({ text, mentions, times, startOf: (offset: number) => -(1 + CAPTION_STRIDE * k + offset), tag: '/caption' });
  });
  return segments;
}

/**
 * The event mentions of an item, sentence by sentence in text order, then those of its captions.
 * Reads `item.mentions` and `item.times` (offsets into {@link itemFullText}); an item in a
 * language without an events locale yields none. Events read from a caption have a negative
 * `start` and a provenance rule ending in `/caption`.
 */
export function findEvents(item: Item): EventMention[] {
  const rules = compiledFor(languageOf(item));
  if (!rules) return [];
  const body: Segment = { text: itemFullText(item), mentions: item.mentions, times: [...item.times].sort((a, b) => a.start - b.start), startOf: (o) => o, tag: '' };
  const events = item.mentions.length > 0 ? segmentEvents(item, body, rules) : [];
  for (const segment of captionSegments(item, rules.locale.code)) events.push(...segmentEvents(item, segment, rules));
  return events;
}

/** The events stage: sets `item.events` from the item's sentences, mentions and times. */
export const eventsStage: Stage = {
  name: 'events',
  run(item: Item): void {
    item.events = findEvents(item);
  },
};
