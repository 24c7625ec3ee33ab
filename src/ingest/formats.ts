/**
 * Which file types ingest reads, by extension. Files whose type is not listed are skipped in
 * directory walks and sniffed when named explicitly (see {@link import('./sniff.js').sniffFormat}).
 */
import { extname } from 'node:path';

/**
 * How the bytes of an input are read: as one HTML page, one text capture, one document per line,
 * a web archive (one document per archived page), a feed (one document per entry), XML that is
 * read when it is a feed and skipped otherwise, or by content.
 */
export type InputFormat = 'html' | 'text' | 'jsonl' | 'warc' | 'feed' | 'xml' | 'sniff';

/** Extensions (lower case, with the dot) Dossier reads, and how. */
export const EXTENSION_FORMATS: Readonly<Record<string, Exclude<InputFormat, 'sniff'>>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.warc': 'warc',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'xml',
};

/** Compressed WARC names, whose last extension (`.gz`) alone does not say what they hold. */
const COMPRESSED_WARC = /\.warc\.gz(ip)?$/i;

/** The format of a path by its extension (case-insensitive), or null when Dossier does not read that type. */
export function formatForPath(path: string): Exclude<InputFormat, 'sniff'> | null {
  if (COMPRESSED_WARC.test(path)) return 'warc';
  return EXTENSION_FORMATS[extname(path).toLowerCase()] ?? null;
}
