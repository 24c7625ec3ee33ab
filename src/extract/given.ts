/**
 * JSONL records that give `text`: the body is taken as given (trimmed), the title and date
 * from the record's own fields.
 */
import { newItem } from '../pipeline/item.js';
import type { Item, RawDocument } from '../pipeline/types.js';
import { hintCandidates } from './build.js';

/** The single article of a record whose text is used as given, or [] when the text is blank. */
export function extractGiven(document: RawDocument): Item[] {
  const text = document.content.trim();
  if (text === '') return [];
  return [
    newItem(document, {
      index: 0,
      kind: 'article',
      title: document.hints.title?.trim() || null,
      text,
      dateCandidates: hintCandidates(document),
    }),
  ];
}
