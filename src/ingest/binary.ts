/**
 * Telling binary files from text: known file signatures, or NUL bytes near the start (text
 * in any encoding Dossier reads has none, except UTF-16, which a byte-order mark announces).
 */

/** How many leading bytes are searched for NUL bytes (the same window `git` and `file` use). */
export const BINARY_SNIFF_BYTES = 8 * 1024;

/** Leading byte signatures of common binary formats, with a name for messages. */
const SIGNATURES: readonly { name: string; bytes: readonly number[]; at?: number }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8(7|9)a
  { name: 'WebP image', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 }, // RIFF....WEBP
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'ZIP archive (or DOCX, XLSX, EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'bzip2 archive', bytes: [0x42, 0x5a, 0x68, 0x39] }, // BZh9 (the usual block size)
  { name: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00] },
  { name: 'OLE2 document (old Word or Excel)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

/** True when the bytes start with a UTF-16 byte-order mark (little or big endian). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * Says why the bytes look binary, or null when they may be text.
 * @param head the first bytes of the input (at least {@link BINARY_SNIFF_BYTES} when available)
 * @returns a short description such as `PNG image` or `NUL bytes`, or null
 */
export function binaryKind(head: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    const at = signature.at ?? 0;
    if (head.length >= at + signature.bytes.length && signature.bytes.every((byte, i) => head[at + i] === byte)) {
      return signature.name;
    }
  }
  if (hasUtf16Bom(head)) return null;
  const window = head.subarray(0, BINARY_SNIFF_BYTES);
  return window.includes(0) ? 'NUL bytes' : null;
}
