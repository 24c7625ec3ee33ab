/**
 * windows-1252 decoding done here, because Node's TextDecoder gets it wrong: since Node
 * 20.18.3 / 22.13.0 it decodes windows-1252 (and the labels latin1, iso-8859-1, ascii that map
 * to it) as ISO-8859-1, so 0x80–0x9F become C1 control characters instead of € ‚ „ … – — ‘ ’ “ ”
 * (nodejs/node#56542, #60888). Table: WHATWG Encoding Standard, index-windows-1252.
 */

/** Code points of bytes 0x80–0x9F; the other bytes equal their code point. */
const HIGH_CONTROL_MAP: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes windows-1252 bytes per the WHATWG Encoding Standard (every byte maps to a character). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(HIGH_CONTROL_MAP[c.charCodeAt(0) - 0x80]!));
}
