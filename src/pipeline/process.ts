/**
 * The main job: raw inputs → items → stages → store → stories. One transaction per document,
 * so a run killed mid-batch and started again ends with every document stored once.
 */
import { inferAcrossStories } from '../dates/across/index.js';
import { addDocumentDateCandidates } from '../dates/index.js';
import { entitiesForItems, resolveAcrossItems } from '../entities/index.js';
import { extractDocument } from '../extract/index.js';
import { readInputs, type ReadOptions } from '../ingest/index.js';
import type { DocumentRecord, Store } from '../store/store.js';
import { clusterStories } from '../stories/index.js';
import { message } from './codes.js';
import { runStages } from './runner.js';
import type { Stage } from './stage.js';
import { DEFAULT_STAGES } from './stages.js';
import type { Item, Message, RawDocument } from './types.js';

/** A source that could not be stored, with the reasons. */
export interface Failure {
  source: string;
  messages: Message[];
}

/** What an ingest run did. */
export interface IngestSummary {
  /** Documents read (JSONL lines count one each). */
  read: number;
  /** Documents newly stored. */
  added: number;
  /** Documents already stored (same hash), skipped. */
  duplicates: number;
  /** Items newly stored. */
  items: number;
  /** Files skipped in directory walks because Dossier does not read their type. */
  skipped: number;
  failures: Failure[];
  /** Warnings and notes on stored documents and items (info messages left out). */
  warnings: Message[];
}

/** Progress callback: called after each document with the running summary. */
export type ProgressListener = (summary: IngestSummary, source: string) => void;

/** Options of {@link ingestInputs}. */
export interface IngestOptions extends ReadOptions {
  stages?: readonly Stage[];
  onProgress?: ProgressListener;
  /** Recompute stories after the batch (default true). */
  cluster?: boolean;
}

/** Extraction, the document's own date candidates (read from its raw HTML), and the stages: its items, ready to store. */
export function processDocument(document: RawDocument, stages: readonly Stage[] = DEFAULT_STAGES): Item[] {
  const items = extractDocument(document);
  addDocumentDateCandidates(items, document);
  for (const item of items) runStages(item, stages);
  return items;
}

/** The store record of a raw document; `size` is the raw input's length in bytes. */
export function documentRecord(document: RawDocument, size: number): DocumentRecord {
  return {
    hash: document.hash,
    source: document.source,
    mediaType: document.mediaType,
    url: document.url,
    capturedAt: document.capturedAt.date,
    captureBasis: document.capturedAt.basis,
    encoding: document.encoding.name,
    size,
    messages: document.messages,
  };
}

/**
 * Reads `inputs` (files, directories, `-`), processes every new document and stores it, then
 * recomputes the stories. Bad inputs become failures; the rest of the batch goes on.
 */
export async function ingestInputs(store: Store, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const stages = options.stages ?? DEFAULT_STAGES;
  const summary: IngestSummary = { read: 0, added: 0, duplicates: 0, items: 0, skipped: 0, failures: [], warnings: [] };
  for await (const event of readInputs(inputs, options)) {
    if (event.kind === 'skipped') {
      summary.skipped++;
      continue;
    }
    if (event.kind === 'failure') {
      summary.failures.push({ source: event.source, messages: event.messages });
      options.onProgress?.(summary, event.source);
      continue;
    }
    summary.read++;
    await storeDocument(store, event.document, event.size, stages, summary);
    options.onProgress?.(summary, event.document.source);
  }
  if (options.cluster !== false) await recluster(store);
  return summary;
}

async function storeDocument(store: Store, document: RawDocument, size: number, stages: readonly Stage[], summary: IngestSummary): Promise<void> {
  try {
    if (await store.hasDocument(document.hash)) {
      summary.duplicates++;
      return;
    }
    const items = processDocument(document, stages);
    const result = await store.addDocument(documentRecord(document, size), items, entitiesForItems(items));
    if (!result.added) {
      summary.duplicates++;
      return;
    }
    summary.added++;
    summary.items += items.length;
    const notable = (m: Message) => m.severity !== 'info';
    summary.warnings.push(...document.messages.filter(notable), ...items.flatMap((item) => item.messages.filter(notable)));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    summary.failures.push({
      source: document.source,
      messages: [message('stage/failed', `${document.source}: could not be processed or stored: ${detail}`, { source: document.source })],
    });
  }
}

/**
 * Recomputes the whole story partition from the stored items, holding the store's story lock. Surname-only person mentions are
 * first linked across items (in memory, for clustering) where exactly one known person fits. Then
 * the open dates of undated items are inferred from their story (`src/dates/across/`) and stored.
 */
export async function recluster(store: Store): Promise<number> {
  // Under the story lock: concurrent ingests (workers on one PostgreSQL database) recompute one
  // after another, each from every item committed before it began, so the last partition written
  // is never older than the items stored.
  return store.withStoryLock(async () => {
    const items = await store.listItems();
    resolveAcrossItems(items);
    const stories = clusterStories(items);
    await store.replaceStories(stories);
    // Dates the text leaves open in undated items, worked out from the other reports of their story.
    await store.setEventTimes(inferAcrossStories(stories, items));
    return stories.length;
  });
}
