/**
 * Which file types ingest reads, by extension. Files whose type is not listed are skipped in
 * directory walks and sniffed when named explicitly (see {@link import('./sniff.js').sniffFormat}).
 */
import { extname } from 'node:path';

/** How the bytes of an input are read: as one HTML page, one text capture, one document per line, or by content. */
export type InputFormat = 'html' | 'text' | 'jsonl' | 'sniff';

/** Extensions (lower case, with the dot) Dossier reads, and how. */
export const EXTENSION_FORMATS: Readonly<Record<string, Exclude<InputFormat, 'sniff'>>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format of a path by its extension (case-insensitive), or null when Dossier does not read that type. */
export function formatForPath(path: string): Exclude<InputFormat, 'sniff'> | null {
  return EXTENSION_FORMATS[extname(path).toLowerCase()] ?? null;
}
