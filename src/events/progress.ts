/**
 * Progress on commitments: later items that report how a commitment stands attach to it, and give
 * it a status — `announced`, `under way`, `done`, `missed` (or `due` when its deadline has passed by
 * the capture time and no later report says how it went).
 *
 * A sentence of another item reports on a commitment when it holds a progress cue of its language
 * (`src/events/locales/<lang>/progress.ts`), names one of the commitment's actors (its parties, or a
 * country, organisation or person its sentence names), and shares at least {@link MIN_TOPIC_OVERLAP}
 * marks with the commitment's sentence — entities, and content words outside names (compared by their
 * first {@link STEM_LENGTH} letters) — at least one of them not a country. It must not be older than the commitment (publication dates,
 * when both are known). The status is `done` when
 * any report says so, else `missed` when any says that or a report published after the deadline
 * exists, else `under way` when any report says work goes on.
 */
import { itemFullText, type Item } from '../pipeline/types.js';
import { findCommitments, type Commitment } from './commitments.js';
import { compiledFor, type CompiledLocale } from './compile.js';
import { phraseAt } from './patterns.js';
import { splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

/** Topic marks a progress sentence must share with a commitment: two, since one shared word or name is common across unrelated news of the same parties. */
export const MIN_TOPIC_OVERLAP = 2;
/** Letters compared of content words: enough to join inflected forms (`Hauptquartier`, `Hauptquartiers`) without a stemmer. */
export const STEM_LENGTH = 6;

/** What a progress report says of a commitment. */
export type ProgressStatus = 'under way' | 'done' | 'missed';

/** A commitment's status, given its progress reports. */
export type TrackedStatus = 'announced' | 'due' | ProgressStatus;

/** An item as progress tracking reads it. */
export type TrackedItem = Item & { id: string };

/** One sentence of a later item reporting on a commitment. */
export interface ProgressReport {
  itemId: string;
  source: string;
  index: number;
  sentence: string;
  status: ProgressStatus;
  /** The cue as written. */
  cue: string;
  /** Publication date of the reporting item, when known. */
  published: string | null;
}

/** A commitment with the item it was stated in, its progress reports and its status. */
export interface TrackedCommitment {
  commitment: Commitment;
  item: TrackedItem;
  status: TrackedStatus;
  /** How the status was reached: `stated` (no reports), `reported` (a report's cue), or `deadline-passed`. */
  basis: 'stated' | 'reported' | 'deadline-passed';
  progress: ProgressReport[];
}

interface Cued {
  item: TrackedItem;
  sentence: string;
  start: number;
  end: number;
  status: ProgressStatus;
  cue: string;
  stems: Set<string>;
}

/** Content-word stems of a sentence: words of at least {@link STEM_LENGTH} letters outside entity mentions, cut to that length. */
function stems(tokens: readonly Token[], mentions: Item['mentions']): Set<string> {
  const inName = (t: Token): boolean => mentions.some((m) => t.start < m.end && t.end > m.start);
  return new Set(tokens.filter((t) => t.word && t.norm.length >= STEM_LENGTH && !inName(t)).map((t) => t.norm.slice(0, STEM_LENGTH)));
}

function country(id: string): boolean {
  return id.startsWith('gpe:') && !id.startsWith('gpe:city:');
}

/** Countries, organisations and persons: entities that can act (not cities or other places). */
function actorLike(id: string): boolean {
  return id.startsWith('per:') || id.startsWith('org:') || (id.startsWith('gpe:') && !id.startsWith('gpe:city:'));
}

/** The progress cue of a sentence: longest match first; a negated `done` ("noch nicht abgeschlossen") is work under way, a negated start no cue. */
function cueOf(rules: CompiledLocale, tokens: readonly Token[]): { status: ProgressStatus; cue: string } | null {
  const found: { status: ProgressStatus; cue: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: { status: ProgressStatus; length: number } | null = null;
    for (const [status, set] of [['missed', rules.progress.missed], ['done', rules.progress.done], ['under way', rules.progress.underWay]] as const) {
      const length = phraseAt(set, tokens, i);
      if (length > (best?.length ?? 0)) best = { status, length };
    }
    if (!best) continue;
    const negated = [tokens[i - 1], tokens[i - 2]].some((t, k) => t && phraseAt(rules.negation, tokens, i - 1 - k) > 0);
    const cue = tokens.slice(i, i + best.length).map((t) => t.text).join(' ');
    if (!negated) found.push({ status: best.status, cue });
    else if (best.status === 'done') found.push({ status: 'under way', cue });
    i += best.length - 1;
  }
  return found.find((f) => f.status === 'missed') ?? found.find((f) => f.status === 'done') ?? found[0] ?? null;
}

function languageOf(item: Item): string {
  return item.lang?.code && item.lang.code !== 'und' ? item.lang.code : item.declaredLang ?? 'und';
}

/** The sentences of the items that hold a progress cue. */
function cuedSentences(items: readonly TrackedItem[]): Cued[] {
  const out: Cued[] = [];
  for (const item of items) {
    const rules = compiledFor(languageOf(item));
    if (!rules) continue;
    for (const sentence of splitSentences(itemFullText(item), rules.locale.code)) {
      const tokens = tokenize(sentence.text, sentence.start, rules.locale.grammar.elisions);
      const cue = cueOf(rules, tokens);
      if (cue) out.push({ item, sentence: sentence.text, start: sentence.start, end: sentence.end, ...cue, stems: stems(tokens, item.mentions) });
    }
  }
  return out;
}

function entitiesIn(item: Item, start: number, end: number): Set<string> {
  return new Set(item.mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.entity));
}

/** True when `cued` reports on the commitment `c` of `item` (see the module comment). */
function reportsOn(c: Commitment, item: TrackedItem, commitmentStems: Set<string>, cued: Cued): boolean {
  if (cued.item.id === item.id) return false;
  const own = item.published?.date;
  const other = cued.item.published?.date;
  if (own && other && other.slice(0, 10) < own.slice(0, 10)) return false;
  const entities = entitiesIn(cued.item, cued.start, cued.end);
  const commitmentEntities = new Set([...c.parties, ...entitiesIn(item, c.start, c.start + c.sentence.length)]);
  const shared = [...commitmentEntities].filter((id) => entities.has(id));
  if (!shared.some(actorLike)) return false;
  let words = 0;
  for (const stem of commitmentStems) if (cued.stems.has(stem)) words++;
  // Countries alone are shared by too many unrelated reports: a word, place, person or organisation must be too.
  const beyondCountries = words + shared.filter((id) => !country(id)).length;
  return beyondCountries > 0 && shared.length + words >= MIN_TOPIC_OVERLAP;
}

function byDate(a: ProgressReport, b: ProgressReport): number {
  const da = a.published ?? '9999';
  const db = b.published ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
}

/** The status of a commitment from its reports and its deadline. */
function statusFrom(c: Commitment, reports: readonly ProgressReport[]): Pick<TrackedCommitment, 'status' | 'basis'> {
  if (reports.length === 0) return { status: c.status, basis: 'stated' };
  if (reports.some((r) => r.status === 'done')) return { status: 'done', basis: 'reported' };
  if (reports.some((r) => r.status === 'missed')) return { status: 'missed', basis: 'reported' };
  const deadline = c.deadline;
  if (deadline && !deadline.open && reports.some((r) => r.published && r.published.slice(0, deadline.date.length) > deadline.date)) return { status: 'missed', basis: 'deadline-passed' };
  return { status: 'under way', basis: 'reported' };
}

/**
 * The commitments stated in `items`, each with the reports of the other items on it (oldest first)
 * and its status. Items in a language without an events locale state and report none.
 */
export function trackCommitments(items: readonly TrackedItem[]): TrackedCommitment[] {
  const cued = cuedSentences(items);
  const tracked: TrackedCommitment[] = [];
  for (const item of items) {
    const rules = compiledFor(languageOf(item));
    for (const commitment of findCommitments(item)) {
      const commitmentStems = rules ? stems(tokenize(commitment.sentence, commitment.start, rules.locale.grammar.elisions), item.mentions) : new Set<string>();
      const progress = cued
        .filter((c) => reportsOn(commitment, item, commitmentStems, c))
        .map((c) => ({ itemId: c.item.id, source: c.item.source, index: c.item.index, sentence: c.sentence, status: c.status, cue: c.cue, published: c.item.published?.date ?? null }))
        .sort(byDate);
      tracked.push({ commitment, item, progress, ...statusFrom(commitment, progress) });
    }
  }
  return tracked;
}
