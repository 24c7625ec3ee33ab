/**
 * A synthetic corpus for scaling and sanity checks of story clustering: made-up events, each
 * reported by a few items in several languages, with invented names and words (no real news).
 * `bench/` calls {@link runClusteringBenchmark}; the tests use the counters, never the clock.
 */
import { performance } from 'node:perf_hooks';
import type { StoredItem, StoryRecord } from '../store/store.js';
import { clusterStoriesWithStats, type ClusterOptions } from './cluster.js';
import { sampleItem, type SampleMention } from './sample-items.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'be', 'do', 'fa', 'gu', 'ha', 'je', 'po', 'si'];
/** Endings that make one invented word look different per language while keeping its stem (like cognates). */
const LANGUAGE_ENDINGS: Record<string, string> = { en: '', de: 'en', nl: 'ij', fr: 'eux' };
const LANGUAGES = Object.keys(LANGUAGE_ENDINGS);

/** A deterministic pseudo-random generator (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An invented word for number `n` (distinct numbers give distinct words). */
export function inventedWord(n: number): string {
  let rest = n;
  let word = '';
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0 || word.length < 6);
  return word;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A synthetic corpus with its truth: item id → number of the event it reports. */
export interface SyntheticCorpus {
  items: StoredItem[];
  truth: Map<string, number>;
}

/**
 * About `count` items reporting made-up events (1–6 items each, mean about 3) over one
 * year (or, given `itemsPerDay`, over as many days as that arrival rate needs), in en/de/nl/fr. Each event has one or two countries (a few countries are popular),
 * three to five actors and four words of its own; items share filler words and also mention
 * a popular country in passing, so events overlap the way real coverage does.
 */
export function syntheticCorpus(count: number, seed = 1, itemsPerDay?: number): SyntheticCorpus {
  if (itemsPerDay !== undefined && !(itemsPerDay > 0)) throw new Error(`itemsPerDay must be a positive number (got ${itemsPerDay}); omit it to spread the items over one year.`);
  const spanDays = itemsPerDay === undefined ? 365 : Math.max(1, Math.ceil(count / itemsPerDay));
  const random = seededRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const country = (): number => Math.floor(30 * random() ** 3); // a few countries get most events
  const items: StoredItem[] = [];
  const truth = new Map<string, number>();
  for (let event = 0; items.length < count; event++) {
    const day = pick(spanDays);
    const countries = [...new Set([country(), country()].slice(0, 1 + pick(2)))];
    const actors = Array.from({ length: 3 + pick(3) }, () => 1000 + pick(count * 2));
    const topic = Array.from({ length: 4 }, () => 5000 + pick(count * 4));
    const size = Math.min(count - items.length, 1 + pick(3) + pick(3) + (random() < 0.2 ? 1 : 0));
    for (let k = 0; k < size; k++) {
      const lang = LANGUAGES[pick(LANGUAGES.length)] as string;
      const ending = LANGUAGE_ENDINGS[lang] ?? '';
      const word = (n: number): string => inventedWord(n) + ending;
      const own = actors.filter(() => random() < 0.7).slice(0, 3);
      if (own.length === 0) own.push(actors[0] as number);
      const passing = country();
      const names = own.map((n) => capital(inventedWord(n)));
      const places = countries.map((n) => capital(inventedWord(n)));
      const title = `${names[0]} ${places[0]} ${word(topic[0] as number)} ${word(topic[1] as number)}`;
      const filler = Array.from({ length: 6 }, () => word(100 + pick(60))).join(' ');
      const text = [
        `${names.join(' ')} ${places.join(' ')} ${topic.map(word).join(' ')}.`,
        `${filler} ${capital(inventedWord(passing))} ${word(topic[2] as number)}.`,
      ].join(' ');
      const mentions: SampleMention[] = [
        ...own.map((n, i): SampleMention => [names[i] as string, `per:${inventedWord(n)}`, 'PER']),
        ...countries.map((n, i): SampleMention => [places[i] as string, `gpe:X${String.fromCharCode(65 + n)}`, 'GPE']),
      ];
      if (!countries.includes(passing)) mentions.push([capital(inventedWord(passing)), `gpe:X${String.fromCharCode(65 + passing)}`, 'GPE']);
      const id = `syn${String(items.length).padStart(7, '0')}`;
      const hour = day * 24 + pick(72);
      const published = random() < 0.7 ? new Date(Date.UTC(2024, 0, 1) + hour * 3600_000).toISOString() : null;
      items.push(sampleItem({ id, title, text, lang, kind: random() < 0.2 ? 'brief' : 'article', published, capturedAt: '2025-01-15T12:00:00Z', mentions }));
      truth.set(id, event);
    }
  }
  return { items, truth };
}

/** Pairwise precision and recall of stories against a truth (item id → event). */
export function pairwiseAgreement(stories: readonly StoryRecord[], truth: ReadonlyMap<string, number>): { precision: number; recall: number } {
  let together = 0;
  let correct = 0;
  const perEvent = new Map<number, number>();
  for (const event of truth.values()) perEvent.set(event, (perEvent.get(event) ?? 0) + 1);
  for (const story of stories) {
    const counts = new Map<number, number>();
    for (const id of story.itemIds) counts.set(truth.get(id) ?? -1, (counts.get(truth.get(id) ?? -1) ?? 0) + 1);
    const n = story.itemIds.length;
    together += (n * (n - 1)) / 2;
    for (const c of counts.values()) correct += (c * (c - 1)) / 2;
  }
  let truePairs = 0;
  for (const c of perEvent.values()) truePairs += (c * (c - 1)) / 2;
  return { precision: together === 0 ? 1 : correct / together, recall: truePairs === 0 ? 1 : correct / truePairs };
}

/** Result of one benchmark run. */
export interface ClusteringBenchmark {
  items: number;
  stories: number;
  comparisons: number;
  comparisonsPerItem: number;
  precision: number;
  recall: number;
  /** Wall-clock time of the clustering. */
  milliseconds: number;
  /** Processor time (user + system) of the clustering: unlike wall time, not inflated when other processes share the cores. */
  cpuMilliseconds: number;
}

/**
 * Builds a synthetic corpus of about `count` items and clusters it, timing the clustering only.
 * `itemsPerDay` (see {@link syntheticCorpus}) keeps the arrival rate constant as `count` grows,
 * the way an archive grows; without it the items of any count share one year.
 */
export function runClusteringBenchmark(count: number, seed = 1, options: ClusterOptions = {}, itemsPerDay?: number): ClusteringBenchmark {
  if (!Number.isInteger(count) || count < 0) throw new Error(`runClusteringBenchmark needs a whole number of items ≥ 0 (got ${count}).`);
  const corpus = syntheticCorpus(count, seed, itemsPerDay);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { stories, stats } = clusterStoriesWithStats(corpus.items, options);
  const cpu = process.cpuUsage(cpuStarted);
  const milliseconds = performance.now() - started;
  const { precision, recall } = pairwiseAgreement(stories, corpus.truth);
  return {
    items: stats.items,
    stories: stats.stories,
    comparisons: stats.comparisons,
    comparisonsPerItem: stats.items === 0 ? 0 : stats.comparisons / stats.items,
    precision,
    recall,
    milliseconds,
    cpuMilliseconds: (cpu.user + cpu.system) / 1000,
  };
}
