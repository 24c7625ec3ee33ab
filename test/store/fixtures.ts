/**
 * Small made-up documents for the store conformance suite, written for these tests (places and
 * organisations are invented). Items are built with `newItem` and then given the fields the
 * later stages would add, so every part of an item goes through the store.
 */
import { createHash } from 'node:crypto';
import { message } from '../../src/pipeline/codes.js';
import { newItem } from '../../src/pipeline/item.js';
import { itemFullText, type Entity, type EntityType, type EventMention, type Item, type Mention, type RawDocument } from '../../src/pipeline/types.js';
import type { DocumentRecord } from '../../src/store/store.js';

/** A document as the store receives it. */
export interface Fixture {
  raw: RawDocument;
  record: DocumentRecord;
  items: Item[];
  entities: Entity[];
}

/** A raw plain-text document whose hash is the sha256 of its source and content. */
export function rawDocument(source: string, content: string, options: { capturedAt?: string; url?: string; lang?: string; id?: string } = {}): RawDocument {
  const hints: RawDocument['hints'] = {};
  if (options.lang) hints.lang = options.lang;
  if (options.id) hints.id = options.id;
  return {
    source,
    hash: createHash('sha256').update(`${source}\n${content}`).digest('hex'),
    mediaType: 'text/plain',
    content,
    encoding: { name: 'utf-8', rule: 'ingest/utf8' },
    capturedAt: { date: options.capturedAt ?? '2024-03-14T10:00:00Z', basis: 'option' },
    url: options.url ?? null,
    hints,
    messages: [],
  };
}

/** The document record of a raw document. */
export function documentRecord(raw: RawDocument, messages: DocumentRecord['messages'] = []): DocumentRecord {
  return {
    hash: raw.hash,
    source: raw.source,
    mediaType: raw.mediaType,
    url: raw.url,
    capturedAt: raw.capturedAt.date,
    captureBasis: raw.capturedAt.basis,
    encoding: raw.encoding.name,
    size: Buffer.byteLength(raw.content),
    messages,
  };
}

/** A mention of the first occurrence of `text` in the item's full text. */
export function mention(item: Item, text: string, type: EntityType, entity: string): Mention {
  const start = itemFullText(item).indexOf(text);
  if (start < 0) throw new Error(`fixture: "${text}" is not in item ${item.index}`);
  return { start, end: start + text.length, text, type, entity, provenance: { certainty: 'stated', rule: 'entities/gazetteer', evidence: text } };
}

/** An event on the sentence of the item's full text that contains `cue`. */
export function event(item: Item, cue: string, type: string, actors: EventMention['actors'], extra: Partial<EventMention> = {}): EventMention {
  const full = itemFullText(item);
  const at = full.indexOf(cue);
  if (at < 0) throw new Error(`fixture: "${cue}" is not in item ${item.index}`);
  const boundary = Math.max(full.lastIndexOf('. ', at), full.lastIndexOf('\n\n', at));
  const start = boundary < 0 ? 0 : boundary + 2;
  const stop = full.indexOf('.', at);
  const sentence = full.slice(start, stop < 0 ? undefined : stop + 1);
  return { type, actors, place: null, time: null, modality: 'happened', sentence, start, provenance: { certainty: 'inferred', rule: `events/${type}` }, ...extra };
}

/** The council of an invented harbour town; the town itself. */
export const COUNCIL: Entity = { id: 'org:harbour-council', type: 'ORG', name: 'Harbour Council', names: { en: ['Harbour Council'], nl: ['Havenraad'] } };
/** An invented town, named in Dutch, German and English. */
export const TOWN: Entity = { id: 'gpe:northcape', type: 'GPE', name: 'Northcape', names: { en: ['Northcape'], nl: ['Noordkaap'] } };
/** An invented island, with coordinates. */
export const ISLAND: Entity = { id: 'loc:westersand', type: 'LOC', name: 'Westersand', names: { nl: ['Westerzand'] }, geo: { lat: 53.4, lon: 5.1 } };

/** A Dutch page: an article on a ferry decision, and a brief on a library. */
export function harbourPage(): Fixture {
  const raw = rawDocument('captures/harbour.txt', 'havenraad veerdienst bibliotheek', { lang: 'nl', id: 'harbour-17', url: 'https://example.org/nl/haven' });
  const article = newItem(raw, {
    index: 0,
    kind: 'article',
    title: 'Havenraad stemt in met veerdienst',
    text: 'De Havenraad van Noordkaap heeft dinsdag ingestemd met een nieuwe veerdienst naar Westerzand. De eerste boot vaart volgens het plan in april.',
    byline: 'Door een verslaggever',
    dateline: { place: 'NOORDKAAP', agencies: ['ANP'] },
    dateCandidates: [{ text: '2024-03-12T09:30:00+01:00', origin: 'meta:article:published_time', own: true }],
    fields: { captions: ['De haven bij laag water.'], credits: ['Foto: archief'], siteName: 'Kustkrant' },
  });
  article.lang = { code: 'nl', confidence: 0.97, provenance: { certainty: 'inferred', rule: 'language/eld' } };
  article.published = { date: '2024-03-12T09:30:00+01:00', precision: 'minute', basis: 'metadata', evidence: '2024-03-12T09:30:00+01:00', provenance: { certainty: 'stated', rule: 'dates/meta' } };
  const tuesday = itemFullText(article).indexOf('dinsdag');
  article.times = [{ start: tuesday, end: tuesday + 7, text: 'dinsdag', date: '2024-03-12', precision: 'day', provenance: { certainty: 'inferred', rule: 'dates/relative/nl' } }];
  article.mentions = [mention(article, 'Havenraad', 'ORG', COUNCIL.id), mention(article, 'Noordkaap', 'GPE', TOWN.id), mention(article, 'Westerzand', 'LOC', ISLAND.id)];
  article.events = [
    event(article, 'ingestemd', 'agree', [{ entity: COUNCIL.id, role: 'agent' }], { place: TOWN.id, time: { date: '2024-03-12', precision: 'day' } }),
    event(article, 'eerste boot', 'travel', [], { modality: 'planned' }),
  ];
  const brief = newItem(raw, { index: 1, kind: 'brief', title: null, text: 'In Noordkaap opent de bibliotheek een nieuwe leeszaal voor scholieren.' });
  brief.lang = { code: 'nl', confidence: 0.91, provenance: { certainty: 'inferred', rule: 'language/eld' } };
  brief.published = { date: null, precision: null, basis: null, evidence: null };
  brief.messages = [message('dates/no-date', 'captures/harbour.txt: brief 1 has no date of its own.', { source: 'captures/harbour.txt', line: 4 })];
  brief.mentions = [mention(brief, 'Noordkaap', 'GPE', TOWN.id)];
  const record = documentRecord(raw, [message('ingest/captured-at-mtime', 'captures/harbour.txt: no capture time given; used the file time.')]);
  return { raw, record, items: [article, brief], entities: [COUNCIL, TOWN, ISLAND] };
}

/** A German page on the same ferry: names the council and town again, in German. */
export function ferryPage(): Fixture {
  const raw = rawDocument('captures/faehre.txt', 'faehre westerzand', { lang: 'de', capturedAt: '2024-03-15T08:00:00Z' });
  const article = newItem(raw, {
    index: 0,
    kind: 'article',
    title: 'Neue Fähre nach Westerzand',
    text: 'Der Hafenrat von Nordkap hat eine neue Fährverbindung beschlossen. Die Fähre soll ab April täglich fahren.',
  });
  article.lang = { code: 'de', confidence: 0.95, provenance: { certainty: 'inferred', rule: 'language/eld' } };
  article.mentions = [mention(article, 'Hafenrat', 'ORG', COUNCIL.id), mention(article, 'Nordkap', 'GPE', TOWN.id)];
  article.events = [event(article, 'beschlossen', 'agree', [{ entity: COUNCIL.id, role: 'agent' }], { place: TOWN.id })];
  const council: Entity = { id: COUNCIL.id, type: 'ORG', name: 'Port Board', names: { de: ['Hafenrat'], nl: ['Havenraad'] } };
  const town: Entity = { id: TOWN.id, type: 'GPE', name: 'Northcape', names: { de: ['Nordkap'], nl: ['Noordkaap', 'Noord-Kaap'] }, geo: { lat: 53.2, lon: 5.3 } };
  return { raw, record: documentRecord(raw), items: [article], entities: [council, town] };
}

/** An English page of three items for search: a title match, a body match, and neither. */
export function lighthousePage(): Fixture {
  const raw = rawDocument('captures/coast.txt', 'lighthouse keeper', { lang: 'en' });
  const items = [
    newItem(raw, { index: 0, kind: 'brief', title: 'Coastal notes', text: 'Volunteers repainted the benches along the promenade, and a lighthouse tour was added to the summer programme of the museum.' }),
    newItem(raw, { index: 1, kind: 'brief', title: 'Lighthouse keeper retires', text: 'After thirty years on the rock, the last keeper hands over the keys to the museum foundation.' }),
    newItem(raw, { index: 2, kind: 'brief', title: 'Market hours change', text: 'The Saturday market will open an hour earlier from May, the town office said.' }),
  ];
  for (const item of items) item.lang = { code: 'en', confidence: 0.99, provenance: { certainty: 'inferred', rule: 'language/eld' } };
  return { raw, record: documentRecord(raw), items, entities: [] };
}

/** A small document numbered `n`, for bulk and concurrency checks. */
export function numberedPage(n: number): Fixture {
  const raw = rawDocument(`captures/numbered-${n}.txt`, `numbered page ${n}`);
  const item = newItem(raw, { index: 0, kind: 'article', title: `Notice ${n}`, text: `Routine notice number ${n} about road works near the station.` });
  item.mentions = [mention(item, 'station', 'FAC', 'fac:station')];
  return { raw, record: documentRecord(raw), items: [item], entities: [{ id: 'fac:station', type: 'FAC', name: 'Station', names: { en: ['station'] } }] };
}
