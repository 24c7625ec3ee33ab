/**
 * Decoding bytes to text: byte-order mark first; for HTML then the declared encoding
 * (XML declaration, `<meta>`); then UTF-8 when the bytes are valid UTF-8; else windows-1252
 * with a warning. Uses the WHATWG TextDecoder (Node with full ICU knows windows-125x,
 * iso-8859-x, shift_jis, euc-jp, gb18030, big5, euc-kr, koi8, utf-16le/be …), except for
 * windows-1252, which Node decodes wrongly and windows1252.ts decodes instead.
 */
import { TextDecoder } from 'node:util';
import { message } from '../pipeline/codes.js';
import type { Message } from '../pipeline/types.js';
import { bytesText } from './events.js';
import { LATE_PRESCAN_BYTES, prescanCharsets } from './prescan.js';
import { decodeUtf8Strict, firstInvalidUtf8Offset } from './utf8.js';
import { decodeWindows1252 } from './windows1252.js';

/** Why an encoding was chosen. */
export type EncodingRule = 'bom' | 'http' | 'meta' | 'xml' | 'utf8-valid' | 'fallback';

/** Decoded text with the encoding used, and any problems met on the way. */
export interface Decoded {
  content: string;
  encoding: { name: string; rule: EncodingRule };
  messages: Message[];
}

/**
 * Encoding for undeclared bytes that are not UTF-8. windows-1252 is the HTML standard's
 * default for Western locales and maps every byte to a character, so nothing is lost; most
 * non-UTF-8 news pages without a declaration are Latin-1 or windows-1252.
 */
export const FALLBACK_ENCODING = 'windows-1252';

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding a byte-order mark at the start names, and the mark's length; null without one. */
export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const bom = BOMS.find((b) => bytes.length >= b.bytes.length && b.bytes.every((byte, i) => bytes[i] === byte));
  return bom ? { encoding: bom.encoding, length: bom.bytes.length } : null;
}

/** What decoding needs of a decoder: its canonical name and a decode function. */
interface Decoder {
  encoding: string;
  decode(bytes: Uint8Array): string;
}

/** The decoder for a canonical encoding name; windows-1252 is decoded here (see windows1252.ts). */
function decoderFor(encoding: string): Decoder {
  if (encoding === FALLBACK_ENCODING) return { encoding, decode: decodeWindows1252 };
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return { encoding: decoder.encoding, decode: (bytes) => decoder.decode(bytes) };
}

/** A decoder for a declared label, with the HTML standard's overrides; null for labels TextDecoder does not know. */
function declaredDecoder(label: string): Decoder | null {
  const normalised = label.trim().toLowerCase();
  // A page that declares UTF-16 without a BOM was re-encoded as an ASCII-compatible encoding on
  // its way here (the declaration was readable as ASCII), so the standard reads it as UTF-8.
  if (['utf-16', 'utf-16le', 'utf-16be', 'unicode', 'ucs-2', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff', 'unicodefffe'].includes(normalised)) {
    return decoderFor('utf-8');
  }
  if (normalised === 'x-user-defined') return decoderFor(FALLBACK_ENCODING); // standard: x-user-defined → windows-1252
  try {
    return decoderFor(new TextDecoder(normalised).encoding);
  } catch {
    return null;
  }
}

/** Decodes with `decoder`, adding a warning when a UTF-8 decoder met invalid sequences. */
function decodeWith(decoder: Decoder, bytes: Uint8Array, rule: EncodingRule, source: string): Decoded {
  const messages: Message[] = [];
  if (decoder.encoding === 'utf-8') {
    const bad = firstInvalidUtf8Offset(bytes);
    if (bad >= 0) {
      messages.push(
        message('ingest/invalid-utf8', `${source}: the bytes are declared UTF-8 but are not valid UTF-8 (first bad byte at offset ${bad}); bad bytes became U+FFFD.`, { source, offset: bad }),
      );
    }
  }
  return { content: decoder.decode(bytes), encoding: { name: decoder.encoding, rule }, messages };
}

/**
 * Decodes the bytes of one input; the BOM is stripped from the content.
 * @param bytes the raw bytes
 * @param source the file name, for messages
 * @param html whether to look for `<meta>` and XML encoding declarations
 * @param transport the `charset` of the HTTP Content-Type the page came with (WARC), which the
 *   HTML standard ranks after a BOM and before the page's own declarations
 */
export function decodeBytes(bytes: Uint8Array, source: string, html: boolean, transport: string | null = null): Decoded {
  const bom = detectBom(bytes);
  if (bom) return decodeWith(decoderFor(bom.encoding), bytes.subarray(bom.length), 'bom', source);
  const notes: Message[] = [];
  if (transport !== null) {
    const decoder = declaredDecoder(transport);
    if (decoder) return decodeWith(decoder, bytes, 'http', source);
    notes.push(message('ingest/unknown-charset', `${source}: the HTTP Content-Type declares the unknown character encoding "${transport}", which was ignored.`, { source }));
  }
  if (html) {
    for (const declaration of prescanCharsets(bytes)) {
      const decoder = declaredDecoder(declaration.label);
      if (decoder) {
        const decoded = decodeWith(decoder, bytes, declaration.rule, source);
        return { ...decoded, messages: [...notes, ...decoded.messages] };
      }
      const where = declaration.rule === 'xml' ? 'XML declaration' : '<meta> element';
      notes.push(message('ingest/unknown-charset', `${source}: the ${where} declares the unknown character encoding "${declaration.label}", which was ignored.`, { source }));
    }
  }
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null) return { content: utf8, encoding: { name: 'utf-8', rule: 'utf8-valid' }, messages: notes };
  if (html && notes.length === 0) {
    // Not UTF-8 and nothing declared in the first KiB: a declaration further on, as a browser's parser would meet it.
    for (const declaration of prescanCharsets(bytes, LATE_PRESCAN_BYTES)) {
      const decoder = declaredDecoder(declaration.label);
      if (decoder) return decodeWith(decoder, bytes, declaration.rule, source);
    }
  }
  const bad = firstInvalidUtf8Offset(bytes);
  notes.push(
    message(
      'ingest/invalid-utf8',
      `${source}: the ${bytesText(bytes.length)} are not valid UTF-8 (first bad byte at offset ${bad}) and declare no encoding, so they were decoded as ${FALLBACK_ENCODING}.`,
      { source, offset: bad },
    ),
  );
  return { content: decodeWindows1252(bytes), encoding: { name: FALLBACK_ENCODING, rule: 'fallback' }, messages: notes };
}
