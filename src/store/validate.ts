/**
 * Checks on the arguments of `Store` methods. These catch misuse by the caller (an API error,
 * thrown with the fix); constraints on the data itself are left to the database, whose
 * rejection rolls back the whole document.
 */
import type { Entity, Item } from '../pipeline/types.js';
import type { DocumentRecord, StoryRecord } from './store.js';

/** Shortest accepted document hash: item ids use its first 16 characters. */
const MIN_HASH_LENGTH = 16;

/** Throws unless `document`, `items` and `entities` can be stored together. */
export function checkAddDocument(document: DocumentRecord, items: readonly Item[], entities: readonly Entity[]): void {
  if (typeof document?.hash !== 'string' || document.hash.length < MIN_HASH_LENGTH) {
    throw new Error(`addDocument needs document.hash to be the sha256 hex of the raw document (at least ${MIN_HASH_LENGTH} characters); pass RawDocument.hash.`);
  }
  if (!Array.isArray(items) || !Array.isArray(entities)) {
    throw new Error('addDocument takes (document, items, entities) with items and entities as arrays; pass [] when there are none.');
  }
  items.forEach((item, position) => {
    if (item.documentHash !== document.hash) {
      throw new Error(`addDocument got item ${position} of document ${item.documentHash} with document ${document.hash}; pass only the items extracted from this document.`);
    }
  });
  for (const entity of entities) {
    if (typeof entity?.id !== 'string' || entity.id === '' || typeof entity.names !== 'object' || entity.names === null) {
      throw new Error('addDocument got an entity without an id or names; pass entities as built by the entities stage ({ id, type, name, names }).');
    }
  }
}

/** Throws unless every story has an id and its items as an array of item ids, with unique story ids. */
export function checkStories(stories: readonly StoryRecord[]): void {
  if (!Array.isArray(stories)) throw new Error('replaceStories takes an array of stories; pass [] to remove all stories.');
  const ids = new Set<string>();
  for (const story of stories) {
    if (typeof story?.id !== 'string' || story.id === '' || !Array.isArray(story.itemIds)) {
      throw new Error('replaceStories got a story without an id or itemIds; pass StoryRecord objects as built by the stories stage.');
    }
    if (ids.has(story.id)) throw new Error(`replaceStories got story id ${story.id} twice; story ids must be unique.`);
    ids.add(story.id);
  }
}

/** `value` when it is undefined or a non-negative integer; otherwise throws naming the option. */
export function checkCount(option: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${option} must be a whole number of at least 0 (got ${String(value)}).`);
  return value;
}

