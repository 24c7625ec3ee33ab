/**
 * The events stage: for each sentence of an item, triggers of the item's language, the entity
 * mentions acting in them, place, time, modality and casualties, as {@link EventMention}s.
 */
import type { Stage } from '../pipeline/stage.js';
import { itemFullText, type EventMention, type Item, type Precision } from '../pipeline/types.js';
import { eventTypeInfo } from './cameo.js';
import { casualtiesIn } from './casualties.js';
import { compiledFor } from './compile.js';
import { analyseSentence, type SentenceContext } from './context.js';
import { modalityOf } from './modality.js';
import { placeOf } from './place.js';
import { actorsOf, ROLE_RANK, type PlacedActor } from './roles.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { TriggerMatch } from './triggers.js';

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

/** The events of one analysed sentence. */
function sentenceEvents(ctx: SentenceContext, item: Item, times: Item['times'], lang: string): EventMention[] {
  const sentence: Sentence = ctx.sentence;
  const timeExpression = times.find((t) => t.start >= sentence.start && t.end <= sentence.end);
  const time: { date: string; precision: Precision } | null = timeExpression ? { date: timeExpression.date, precision: timeExpression.precision } : null;
  const byType = new Map<string, Reading[]>();
  for (const trigger of ctx.triggers) {
    const info = eventTypeInfo(trigger.spec.type);
    const reading = { trigger, actors: actorsOf(ctx, trigger, info), place: placeOf(ctx, trigger, info)?.mention.entity ?? null };
    const list = byType.get(trigger.spec.type) ?? [];
    list.push(reading);
    byType.set(trigger.spec.type, list);
  }
  const events: EventMention[] = [];
  for (const [type, readings] of byType) {
    const info = eventTypeInfo(type);
    for (const group of joinReadings(readings)) {
      const lead = group.find((r) => r.trigger.spec.pos === 'verb') ?? (group[0] as Reading);
      const actors = mergeActors(group);
      const place = lead.place ?? group.find((r) => r.place !== null)?.place ?? null;
      if (actors.length === 0 && !(info.placeSuffices && place !== null)) continue;
      const event: EventMention = {
        type,
        actors: actors.map(({ entity, role }) => ({ entity, role })),
        place,
        time,
        modality: modalityOf(ctx, lead.trigger, time, item.published?.date ?? null),
        sentence: sentence.text,
        start: sentence.start,
        provenance: { certainty: 'inferred', rule: `events/${lang}/${type}/${lead.trigger.spec.name}`, evidence: sentence.text },
      };
      const casualties = info.casualties ? casualtiesIn(sentence.text, ctx.rules) : null;
      if (casualties) event.casualties = casualties;
      events.push(event);
    }
  }
  return events;
}

/**
 * The event mentions of an item, sentence by sentence in text order. Reads `item.mentions` and
 * `item.times` (offsets into {@link itemFullText}); an item in a language without an events
 * locale yields none.
 */
export function findEvents(item: Item): EventMention[] {
  const rules = compiledFor(languageOf(item));
  if (!rules || item.mentions.length === 0) return [];
  const lang = rules.locale.code;
  const text = itemFullText(item);
  const mentions = [...item.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const times = [...item.times].sort((a, b) => a.start - b.start);
  const events: EventMention[] = [];
  for (const sentence of splitSentences(text, lang)) {
    const ctx = analyseSentence(sentence, mentions, rules);
    if (ctx) events.push(...sentenceEvents(ctx, item, times, lang));
  }
  return events;
}

/** The events stage: sets `item.events` from the item's sentences, mentions and times. */
export const eventsStage: Stage = {
  name: 'events',
  run(item: Item): void {
    item.events = findEvents(item);
  },
};
