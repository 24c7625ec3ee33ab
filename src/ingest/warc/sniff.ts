/**
 * Telling a WARC file by its first bytes: `WARC/1.` plain, or a gzip member that opens with
 * it. Used for stdin and for files whose name does not say `.warc` / `.warc.gz`.
 */
import { constants, gunzipSync } from 'node:zlib';

/** Bytes read to recognise a WARC (a gzip header plus the first compressed block start). */
export const WARC_SNIFF_BYTES = 4096;

const VERSION = Buffer.from('WARC/1.');

/** Bound on what the sniffed head may inflate to (deflate expands at most ~1,032:1, so 4 KiB stays under 8 MiB). */
const MAX_SNIFF_OUTPUT = 8 * 1024 * 1024;

function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Whether `head` opens a WARC, and whether it is gzip-compressed; null when it does not.
 * @param head the first bytes of the input (up to {@link WARC_SNIFF_BYTES})
 */
export function sniffWarc(head: Uint8Array): { gzip: boolean } | null {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (bytes.subarray(0, VERSION.length).equals(VERSION)) return { gzip: false };
  if (!isGzip(bytes)) return null;
  try {
    const opened = gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_SNIFF_OUTPUT });
    return opened.subarray(0, VERSION.length).equals(VERSION) ? { gzip: true } : null;
  } catch {
    return null;
  }
}

