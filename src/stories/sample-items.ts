/**
 * Building made-up stored items by hand, for this directory's tests and the synthetic
 * benchmark corpus: give the text and the entity surfaces, get offsets and provenance filled in.
 */
import type { EntityType, Mention } from '../pipeline/types.js';
import type { StoredItem } from '../store/store.js';

/** An entity to mark in a sample item: every whole-word occurrence of `surface` becomes a mention. */
export type SampleMention = [surface: string, entity: string, type: EntityType];

/** What a sample item is made of; everything but `id` and `text` has a default. */
export interface SampleItemInit {
  id: string;
  text: string;
  title?: string | null;
  kind?: StoredItem['kind'];
  /** ISO 639-1 code set as the detected language (default `en`); `und` for undetermined. */
  lang?: string;
  /** Publication date (default none). */
  published?: string | null;
  /** Capture time (default `2025-01-15T12:00:00Z`). */
  capturedAt?: string;
  mentions?: SampleMention[];
  /** Agencies of a dateline, e.g. `['ANP']` (default: no dateline). */
  agencies?: string[];
}

const LETTER = /[\p{L}\p{N}]/u;

function occurrences(full: string, surface: string): number[] {
  const found: number[] = [];
  for (let at = full.indexOf(surface); at >= 0; at = full.indexOf(surface, at + surface.length)) {
    const before = at > 0 ? full[at - 1] ?? '' : '';
    const after = full[at + surface.length] ?? '';
    if (!LETTER.test(before) && !LETTER.test(after)) found.push(at);
  }
  return found;
}

/**
 * A stored item with the given text and mentions.
 * @throws when a mention surface does not occur in the title or text (a typo in the sample)
 */
export function sampleItem(init: SampleItemInit): StoredItem {
  const title = init.title ?? null;
  const full = title ? `${title}\n\n${init.text}` : init.text;
  const mentions: Mention[] = [];
  for (const [surface, entity, type] of init.mentions ?? []) {
    const starts = occurrences(full, surface);
    if (starts.length === 0) throw new Error(`Sample item ${init.id}: mention "${surface}" does not occur in its title or text; fix the sample.`);
    for (const start of starts) {
      mentions.push({ start, end: start + surface.length, text: surface, type, entity, provenance: { certainty: 'stated', rule: 'stories/sample' } });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const published = init.published ?? null;
  const lang = init.lang ?? 'en';
  return {
    id: init.id,
    givenId: null,
    source: `sample/${init.id}`,
    index: 0,
    documentHash: init.id,
    kind: init.kind ?? 'article',
    title,
    text: init.text,
    url: null,
    byline: null,
    dateline: init.agencies ? { place: '', agencies: init.agencies } : null,
    capturedAt: init.capturedAt ?? '2025-01-15T12:00:00Z',
    dateCandidates: [],
    fields: { captions: [], credits: [], sources: [], siteName: null },
    declaredLang: null,
    lang: { code: lang, confidence: lang === 'und' ? 0 : 0.9, provenance: { certainty: 'inferred', rule: 'stories/sample' } },
    published: published
      ? { date: published, precision: 'day', basis: 'metadata', evidence: published }
      : { date: null, precision: null, basis: null, evidence: null },
    times: [],
    mentions,
    events: [],
    messages: [],
  };
}
