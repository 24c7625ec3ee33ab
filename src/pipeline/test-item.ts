/**
 * Items for tests: every field empty or neutral unless given, so a test states only what the code
 * under test reads, and a field added to {@link Item} needs a default here only.
 */
import type { Item } from './types.js';

/** An article item with empty fields, overridden by `fields`. */
export function testItem(fields: Partial<Item> = {}): Item {
  return {
    source: 'test.txt',
    index: 0,
    documentHash: 'h',
    kind: 'article',
    title: null,
    text: '',
    url: null,
    id: null,
    byline: null,
    dateline: null,
    capturedAt: '2025-01-01T00:00:00.000Z',
    dateCandidates: [],
    fields: { captions: [], credits: [], sources: [], siteName: null },
    declaredLang: null,
    lang: null,
    published: null,
    times: [],
    mentions: [],
    events: [],
    messages: [],
    ...fields,
  };
}
