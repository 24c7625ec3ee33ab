/**
 * Reading JSONL (one JSON record per line) as a stream: each line becomes a document or a
 * failure, and the rest of the stream goes on after a bad line. JSONL is UTF-8 (as JSON is);
 * a line that is not valid UTF-8 is decoded as windows-1252 with a warning.
 */
import { message } from '../pipeline/codes.js';
import type { Message, RawDocument } from '../pipeline/types.js';
import { binaryKind, BINARY_SNIFF_BYTES, hasUtf16Bom } from './binary.js';
import type { CaptureFallback } from './capture.js';
import { FALLBACK_ENCODING } from './charset.js';
import { bytesText, failure, type IngestEvent } from './events.js';
import { recordEvent, type DecodedLine } from './jsonl-record.js';
import type { ResolvedOptions } from './options.js';
import { peek, splitLines, type Chunks, type Line } from './stream.js';
import { decodeUtf8Strict, firstInvalidUtf8Offset } from './utf8.js';
import { decodeWindows1252 } from './windows1252.js';

/** A JSONL stream to read. */
export interface JsonlInput {
  /** The file path (or `<stdin>`), used in messages and in `PATH:LINE` sources. */
  path: string;
  chunks: Chunks;
  /** Capture time for records that state none when no option is given. */
  fallback: CaptureFallback;
  /** How messages call the stream: `file` (default) or `input` (stdin). */
  noun?: 'file' | 'input';
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Decodes one line's bytes: UTF-8, or windows-1252 with a warning. */
function decodeLine(line: Line & { bytes: Buffer }, path: string, hadBom: boolean): DecodedLine {
  const strict = decodeUtf8Strict(line.bytes);
  if (strict !== null) return { number: line.number, text: strict, size: line.size, encoding: { name: 'utf-8', rule: hadBom ? 'bom' : 'utf8-valid' }, messages: [] };
  const bad = firstInvalidUtf8Offset(line.bytes);
  const where = `${path}:${line.number}`;
  const warning: Message = message(
    'ingest/invalid-utf8',
    `${where}: the line is not valid UTF-8 (first bad byte at byte ${bad + 1} of the line), so it was decoded as ${FALLBACK_ENCODING}.`,
    { source: path, line: line.number },
  );
  const encoding: RawDocument['encoding'] = { name: FALLBACK_ENCODING, rule: 'fallback' };
  return { number: line.number, text: decodeWindows1252(line.bytes), size: line.size, encoding, messages: [warning] };
}

/**
 * Reads a JSONL stream line by line.
 * @param input the stream, its name and its fallback capture time
 * @param options the resolved read options (size limit per line, `--captured-at`)
 */
export async function* readJsonl(input: JsonlInput, options: ResolvedOptions): AsyncGenerator<IngestEvent> {
  const { path } = input;
  const noun = input.noun ?? 'file';
  let lastLine = 0;
  try {
    const peeked = await peek(input.chunks, BINARY_SNIFF_BYTES);
    if (peeked.head.length === 0) {
      yield failure(path, 'ingest/empty', `${path}: the ${noun} is empty (0 bytes).`);
      return;
    }
    const binary = binaryKind(peeked.head);
    if (binary !== null || hasUtf16Bom(peeked.head)) {
      await peeked.close();
      yield binary !== null
        ? failure(path, 'ingest/binary', `${path}: the ${noun} holds binary data (${binary}), not JSONL text.`)
        : failure(path, 'ingest/unsupported', `${path}: the ${noun} is UTF-16, but JSONL must be UTF-8; convert it (e.g. with iconv) and read it again.`);
      return;
    }
    const hadBom = peeked.head.subarray(0, 3).equals(UTF8_BOM);
    let nonBlank = 0;
    const context = { path, optionDate: options.capturedAt, fallback: input.fallback };
    for await (const line of splitLines(peeked.all, options.maxBytes)) {
      lastLine = line.number;
      if (line.bytes === null) {
        nonBlank++;
        const where = `${path}:${line.number}`;
        yield failure(where, 'ingest/too-large', `${where}: the line is ${bytesText(line.size)}, over the limit of ${bytesText(options.maxBytes)}.`, { source: path, line: line.number });
        continue;
      }
      const bytes = line.number === 1 && hadBom ? line.bytes.subarray(3) : line.bytes;
      const decoded = decodeLine({ ...line, bytes, size: bytes.length }, path, hadBom);
      if (decoded.text.trim() === '') continue;
      nonBlank++;
      yield recordEvent(decoded, context);
    }
    if (nonBlank === 0) yield failure(path, 'ingest/empty', `${path}: the ${noun} holds only blank lines, no records.`);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const after = lastLine > 0 ? ` after line ${lastLine}` : '';
    yield failure(path, 'ingest/unreadable', `${path}: reading failed${after} (${detail}).`);
  }
}
