/**
 * Byte-stream helpers: peeking at the head of a stream, and splitting a stream into lines
 * without ever holding more than one line (up to a limit) in memory. Lines are split on
 * bytes, not with `readline`, so an over-long line is counted and dropped rather than built
 * up as a huge string, and each line's bytes can be checked as UTF-8 on their own.
 */

/** Chunks as streams yield them (strings when a stream has an encoding set). */
export type Chunks = AsyncIterable<Uint8Array | string>;

function toBuffer(chunk: Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

/** A chunk source that yields one buffer (for content already in memory). */
export async function* fromBuffer(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

/** The head of a stream, and the whole stream again (head first) for reading on. */
export interface Peeked {
  head: Buffer;
  /** True when the stream ended within the head. */
  ended: boolean;
  /** The head followed by the rest of the stream; iterate at most once. */
  all: AsyncIterable<Buffer>;
  /** Releases the stream when `all` will not be read to its end. */
  close(): Promise<void>;
}

/**
 * Reads at least `bytes` bytes (or to the end) from the stream.
 * @param source the stream or other chunk source
 * @param bytes how many bytes to read ahead
 */
export async function peek(source: Chunks, bytes: number): Promise<Peeked> {
  const iterator = source[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let total = 0;
  let ended = false;
  while (total < bytes) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = toBuffer(next.value);
    parts.push(chunk);
    total += chunk.length;
  }
  const head = Buffer.concat(parts, total);
  const close = async (): Promise<void> => {
    if (!ended) await iterator.return?.();
  };
  async function* all(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      while (!ended) {
        const next = await iterator.next();
        if (next.done) ended = true;
        else yield toBuffer(next.value);
      }
    } finally {
      await close();
    }
  }
  return { head, ended, all: all(), close };
}

/** One line of a stream: 1-based number, its bytes without the line break (null when over the limit), and its size. */
export interface Line {
  number: number;
  bytes: Buffer | null;
  size: number;
}

/**
 * Splits a byte stream on `\n` (a `\r` before it is dropped too).
 * @param chunks the stream
 * @param maxLineBytes longer lines are yielded with `bytes: null` and their full size
 */
export async function* splitLines(chunks: Chunks, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let lastByte = -1;
  let number = 0;
  const add = (piece: Buffer): void => {
    if (piece.length === 0) return;
    // Keep at most the limit plus one byte (a trailing \r); longer lines are only counted.
    if (size + piece.length <= maxLineBytes + 1) parts.push(piece);
    size += piece.length;
    lastByte = piece[piece.length - 1]!;
  };
  const finish = (): Line => {
    number++;
    const length = lastByte === 0x0d ? size - 1 : size;
    const bytes = length > maxLineBytes ? null : Buffer.concat(parts, size).subarray(0, length);
    parts = [];
    size = 0;
    lastByte = -1;
    return { number, bytes, size: length };
  };
  for await (const raw of chunks) {
    const chunk = toBuffer(raw);
    let start = 0;
    for (let end = chunk.indexOf(0x0a, start); end >= 0; end = chunk.indexOf(0x0a, start)) {
      add(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    add(chunk.subarray(start));
  }
  if (size > 0) yield finish();
}
