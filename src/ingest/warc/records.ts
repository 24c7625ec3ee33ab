/**
 * Reading WARC records (ISO 28500, WARC/1.0 and 1.1) from a byte stream, one at a time: a
 * version line, named header fields, a blank line, a block of `Content-Length` bytes, two line
 * breaks. Blocks over the size limit are passed over without being held in memory. A record
 * whose head cannot be read is reported and the reader moves on to the next `WARC/` line, so
 * one damaged record does not lose the rest of the file.
 */
import { ByteQueue } from './byte-queue.js';

/**
 * Largest record head read, in bytes (64 KiB). Real WARC heads are a few hundred bytes
 * (a dozen fields); a head that has no blank line within 64 KiB is not a WARC head.
 */
export const MAX_WARC_HEAD_BYTES = 64 * 1024;

const HEAD_END = Buffer.from('\r\n\r\n');

/** One record read, or a problem where a record should have been. */
export type WarcEntry =
  | {
      kind: 'record';
      /** 1-based position of the record in the file. */
      number: number;
      /** Header fields with lower-case names (the last value wins when a name repeats). */
      fields: Map<string, string>;
      /** The block, or null when it is over the limit (then `size` says how large it was). */
      block: Buffer | null;
      size: number;
    }
  | { kind: 'problem'; number: number; reason: string };

/** Parses a record head (version line and fields) or says what is wrong with it. */
function parseHead(head: string): { fields: Map<string, string> } | { reason: string } {
  const lines = head.split('\r\n');
  const version = lines.shift() ?? '';
  if (!/^WARC\/1\.[01]$/.test(version.trim())) return { reason: `it does not start with a WARC/1.0 or WARC/1.1 version line (found "${version.slice(0, 40)}")` };
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last !== null) {
      fields.set(last, `${fields.get(last)} ${line.trim()}`); // a folded continuation line
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return { reason: `the header line "${line.slice(0, 60)}" has no field name` };
    last = line.slice(0, colon).trim().toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  return { fields };
}

/** Pulls chunks into the queue until it holds `count` bytes; false when the stream ended first. */
async function fill(queue: ByteQueue, source: AsyncIterator<Buffer>, count: number): Promise<boolean> {
  while (queue.length < count) {
    const next = await source.next();
    if (next.done) return false;
    queue.push(next.value);
  }
  return true;
}

/**
 * The offset of the blank line ending the head at the front of the queue, reading no further
 * than needed (a record is handed on as soon as its bytes are in); -1 when there is none
 * within {@link MAX_WARC_HEAD_BYTES}.
 */
async function findHeadEnd(queue: ByteQueue, source: AsyncIterator<Buffer>): Promise<number> {
  const within = MAX_WARC_HEAD_BYTES + HEAD_END.length;
  for (;;) {
    const at = queue.indexOf(HEAD_END, within);
    if (at >= 0) return at;
    if (queue.length >= within || !(await fill(queue, source, queue.length + 1))) return -1;
  }
}

/** Drops the line breaks between records; true when more bytes follow. */
async function skipBreaks(queue: ByteQueue, source: AsyncIterator<Buffer>): Promise<boolean> {
  for (;;) {
    if (!(await fill(queue, source, 1))) return false;
    const byte = queue.peek(1)[0];
    if (byte !== 0x0d && byte !== 0x0a) return true;
    queue.skip(1);
  }
}

/** Skips to the next line that starts a record head; false when there is none. */
async function resync(queue: ByteQueue, source: AsyncIterator<Buffer>): Promise<boolean> {
  const marker = Buffer.from('\nWARC/');
  for (;;) {
    const at = queue.indexOf(marker, queue.length);
    if (at >= 0) {
      queue.skip(at + 1);
      return true;
    }
    queue.skip(Math.max(0, queue.length - marker.length));
    if (!(await fill(queue, source, queue.length + 1))) return false;
  }
}

/**
 * Yields the records of a WARC stream (already decompressed) in order.
 * @param chunks the bytes
 * @param maxBlockBytes blocks larger than this are counted and skipped, not kept
 */
export async function* readWarcRecords(chunks: AsyncIterable<Buffer>, maxBlockBytes: number): AsyncGenerator<WarcEntry> {
  const source = chunks[Symbol.asyncIterator]();
  const queue = new ByteQueue();
  let number = 0;
  while (await skipBreaks(queue, source)) {
    number++;
    const end = await findHeadEnd(queue, source);
    const parsed = end < 0 ? { reason: queue.length <= MAX_WARC_HEAD_BYTES ? 'the file ends inside a record head' : 'no blank line ends its head within 64 KiB' } : parseHead(queue.peek(end).toString('latin1'));
    const length = 'fields' in parsed ? Number(parsed.fields.get('content-length') ?? NaN) : NaN;
    if (!('fields' in parsed) || !Number.isSafeInteger(length) || length < 0) {
      const reason = 'reason' in parsed ? parsed.reason : 'its Content-Length is missing or not a whole number';
      yield { kind: 'problem', number, reason };
      // A head that parsed (but has no usable length) is passed; an unreadable one may hide the next record's start.
      if ('fields' in parsed) queue.skip(end + HEAD_END.length);
      if (!(await resync(queue, source))) return;
      continue;
    }
    queue.skip(end + HEAD_END.length);
    if (length > maxBlockBytes) {
      let left = length - queue.skip(length);
      while (left > 0) {
        if (!(await fill(queue, source, 1))) break;
        left -= queue.skip(left);
      }
      if (left > 0) {
        yield { kind: 'problem', number, reason: `the file ends inside the record's block (${left} of ${length} bytes missing)` };
        return;
      }
      yield { kind: 'record', number, fields: parsed.fields, block: null, size: length };
      continue;
    }
    if (!(await fill(queue, source, length))) {
      yield { kind: 'problem', number, reason: `the file ends inside the record's block (${length - queue.length} of ${length} bytes missing)` };
      return;
    }
    yield { kind: 'record', number, fields: parsed.fields, block: Buffer.from(queue.take(length)), size: length };
  }
}
