/**
 * UTF-8 validity, with the offset of the first bad byte for messages.
 */

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 strictly.
 * @returns the text, or null when the bytes are not valid UTF-8
 */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Length of the UTF-8 sequence a lead byte starts, and the allowed range of its second byte; null for a bad lead byte. */
function sequence(lead: number): { length: number; low: number; high: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf }; // no overlong forms
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f }; // no surrogates
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f }; // nothing above U+10FFFF
  return null;
}

/**
 * Finds the first byte that breaks UTF-8 (per the WHATWG decoder's rules).
 * @returns its offset, or -1 when the bytes are valid UTF-8
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const seq = sequence(lead);
    if (!seq || i + seq.length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < seq.low || second > seq.high) return i;
    for (let k = 2; k < seq.length; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += seq.length;
  }
  return -1;
}
