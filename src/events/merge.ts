/**
 * Merging event mentions that report the same real event — across sentences, items and
 * languages — into {@link EventGroup}s: what `dossier events --format json` prints.
 *
 * Two mentions are the same event when they have the same type, the same negation, compatible
 * times (equal at the coarser precision of the two, or one unknown; two undated reports must be
 * published within {@link UNDATED_WINDOW_DAYS} days of each other when their publication dates
 * are given), compatible places (equal or one unknown) and either at least
 * {@link MIN_SHARED_ACTORS} actors in common or the same agent and the same target. Mentions
 * without actors (a fire in a city) match on the same place when both times are known.
 * Grouping is greedy in time order, and a mention must match one member of a group (not the
 * group's union of actors), so a chain of loose matches cannot join unrelated events.
 *
 * Speed: a mention is compared only with the members sharing one of its blocking keys (its type,
 * negation and one actor — or, without actors, its place), since no other member can match it, and
 * the search stops once a member reaches the highest score possible; the results equal those of
 * comparing every pair (the `exhaustive` option, tested).
 */
import type { EventMention, EventTime, Precision } from '../pipeline/types.js';
import { groupOf, type EventGroup, type EventInput } from './event-group.js';

export type { EventGroup, EventInput } from './event-group.js';

/**
 * Actors two mentions must share to be one event when agent and target do not both match: two,
 * since one shared actor (a country) is common to many different events of the same type.
 */
export const MIN_SHARED_ACTORS = 2;

/**
 * Two reports of one event without a stated date are published within this many days of each
 * other: wire briefs and follow-ups of one development appear within days, while a daily
 * repeated event (strikes on the same city) would otherwise chain across weeks.
 */
export const UNDATED_WINDOW_DAYS = 3;

const DAY_MS = 86_400_000;

const KEY_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10, hour: 10, minute: 10 };

type Time = EventMention['time'];

function compatible(a: Time, b: Time): boolean {
  if (!a || !b) return true;
  const length = Math.min(KEY_LENGTH[a.precision], KEY_LENGTH[b.precision]);
  return a.date.slice(0, length) === b.date.slice(0, length);
}

function ids(event: EventMention, role?: string): Set<string> {
  return new Set(event.actors.filter((a) => !role || a.role === role).map((a) => a.entity));
}

/** The actor sets of one mention, computed once per merge. */
interface Profile {
  event: EventMention;
  all: Set<string>;
  agents: Set<string>;
  targets: Set<string>;
  specific: string[];
  /** The report's publication day (days since the epoch), or null when unknown or unreadable. */
  day: number | null;
}

function profileOf(input: EventInput): Profile {
  const { event } = input;
  const all = ids(event);
  const day = input.published ? Date.parse(input.published.slice(0, 10)) / DAY_MS : Number.NaN;
  return { event, all, agents: ids(event, 'agent'), targets: ids(event, 'target'), specific: [...all].filter(specific), day: Number.isFinite(day) ? day : null };
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** True for persons and organisations: actors specific enough to tell two events of the same countries apart. */
function specific(id: string): boolean {
  return id.startsWith('per:') || id.startsWith('org:');
}

/**
 * How strongly two mentions match (0: not the same event). When a time is missing, sharing only
 * countries is not enough if either mention names persons or organisations the other lacks: the
 * same two countries sign and meet many times (`the 1960 treaty` and an undated agreement signed
 * by two named leaders), so then a person or organisation must be shared too.
 */
function matchScore(pa: Profile, pb: Profile): number {
  const a = pa.event;
  const b = pb.event;
  const shared = overlap(pa.all, pb.all);
  const bothDated = a.time !== null && b.time !== null;
  const sharesSpecific = pa.specific.some((id) => pb.all.has(id));
  const countriesOnly = !bothDated && !sharesSpecific && pa.specific.length + pb.specific.length > 0;
  if (shared >= MIN_SHARED_ACTORS && !countriesOnly) return shared;
  if (overlap(pa.agents, pb.agents) > 0 && overlap(pa.targets, pb.targets) > 0) return 2;
  if (a.actors.length === 0 && b.actors.length === 0 && a.place !== null && a.place === b.place && a.time && b.time) return 1;
  return 0;
}

/**
 * The blocking keys of a mention: only mentions sharing a key can score above 0 in {@link matchScore}
 * (same type and negation, and a shared actor — or, without actors, the same place), so a mention
 * is compared only with the drafts holding a member under one of its keys.
 */
function blockKeys(event: EventMention): string[] {
  const block = `${event.type}\u0000${event.modality === 'negated' ? 'n' : 'y'}\u0000`;
  if (event.actors.length > 0) return [...new Set(event.actors.map((a) => `${block}a:${a.entity}`))];
  return event.place !== null ? [`${block}p:${event.place}`] : [];
}

/** True when two undated reports were published too far apart to be about one event. */
function publishedApart(a: Profile, b: Profile): boolean {
  if (a.event.time || b.event.time || a.day === null || b.day === null) return false;
  return Math.abs(a.day - b.day) > UNDATED_WINDOW_DAYS;
}

/** True when two mentions may be the same event at all (places and undated publication). */
function compatibleReports(a: Profile, b: Profile): boolean {
  if (a.event.place && b.event.place && a.event.place !== b.event.place) return false;
  return !publishedApart(a, b);
}

/** True when time `a` is more precise than `b`, or as precise and stated where `b` is inferred. */
function better(a: EventTime, b: EventTime): boolean {
  const diff = KEY_LENGTH[a.precision] - KEY_LENGTH[b.precision];
  return diff > 0 || (diff === 0 && b.provenance !== undefined && a.provenance === undefined);
}

interface Draft {
  members: EventInput[];
  time: Time;
}

function order(a: EventInput, b: EventInput): number {
  const ta = a.event.time?.date;
  const tb = b.event.time?.date;
  if (ta !== tb) return ta === undefined ? 1 : tb === undefined ? -1 : ta < tb ? -1 : 1;
  return a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : a.event.start - b.event.start || (a.event.type < b.event.type ? -1 : 1);
}

/**
 * Groups event mentions that report the same real event.
 * @param events event mentions with their items, in any order (the result does not depend on it)
 * @param entityName display name of an entity id (for actors and place)
 * @param options `exhaustive`: compare each mention with every draft, not only those sharing a
 *   blocking key (the quadratic reference the blocked merge must equal; for tests)
 * @returns groups ordered by time (unknown last), then id
 */
export function mergeEvents(events: readonly EventInput[], entityName: (id: string) => string, options: { exhaustive?: boolean } = {}): EventGroup[] {
  const drafts: Draft[] = [];
  const profiles = new Map<EventInput, Profile>(events.map((input) => [input, profileOf(input)]));
  /** By blocking key: the members under it (their profiles), per draft index. */
  const blocks = new Map<string, Map<number, Profile[]>>();
  for (const input of [...events].sort(order)) {
    const { event } = input;
    const profile = profiles.get(input) as Profile;
    const keys = blockKeys(event);
    // No member can score more than this (see matchScore), so a draft reaching it ends the search.
    const bound = event.actors.length > 0 ? Math.max(profile.all.size, 2) : 1;
    const candidates = new Set<number>();
    if (options.exhaustive) drafts.forEach((_, i) => candidates.add(i));
    else for (const key of keys) for (const i of blocks.get(key)?.keys() ?? []) candidates.add(i);
    let best = -1;
    let bestScore = 0;
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const draft = drafts[i] as Draft;
      const lead = draft.members[0] as EventInput;
      if (lead.event.type !== event.type || (lead.event.modality === 'negated') !== (event.modality === 'negated')) continue;
      if (!compatible(draft.time, event.time)) continue;
      let score = 0;
      const members = options.exhaustive ? [draft.members.map((m) => profiles.get(m) as Profile)] : keys.map((key) => blocks.get(key)?.get(i) ?? []);
      for (const list of members) {
        for (const other of list) {
          if (compatibleReports(other, profile)) score = Math.max(score, matchScore(other, profile));
          if (score >= bound) break;
        }
        if (score >= bound) break;
      }
      if (score > bestScore) {
        best = i;
        bestScore = score;
        if (score >= bound) break;
      }
    }
    if (best < 0) {
      best = drafts.length;
      drafts.push({ members: [input], time: event.time });
    } else {
      const draft = drafts[best] as Draft;
      draft.members.push(input);
      if (event.time && (!draft.time || better(event.time, draft.time))) draft.time = event.time;
    }
    for (const key of keys) {
      const byDraft = blocks.get(key) ?? new Map<number, Profile[]>();
      blocks.set(key, byDraft);
      const list = byDraft.get(best);
      if (list) list.push(profile);
      else byDraft.set(best, [profile]);
    }
  }
  return drafts
    .map((draft) => groupOf(draft.members, draft.time, entityName))
    .sort((a, b) => {
      const ta = a.time?.date;
      const tb = b.time?.date;
      if (ta !== tb) return ta === undefined ? 1 : tb === undefined ? -1 : ta < tb ? -1 : 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
}
