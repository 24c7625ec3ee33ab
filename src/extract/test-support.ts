/**
 * Building raw documents in tests (kept out of the test files so each stays short).
 */
import type { DocumentHints, MediaType, RawDocument } from '../pipeline/types.js';

/** A raw document as ingest would produce it, for extraction tests. */
export function testDocument(content: string, mediaType: MediaType = 'text/html', hints: DocumentHints = {}, url: string | null = null): RawDocument {
  return {
    source: mediaType === 'text/html' ? 'fixture.html' : 'fixture.txt',
    hash: 'f'.repeat(64),
    mediaType,
    content,
    encoding: { name: 'utf-8', rule: 'test' },
    capturedAt: { date: '2024-04-11T12:00:00Z', basis: 'option' },
    url,
    hints,
    messages: [],
  };
}
