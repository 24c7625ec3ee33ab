/**
 * A queue of bytes fed by stream chunks, for parsers that read a few header lines and then a
 * counted block: bytes can be searched, taken and skipped without concatenating the whole
 * stream. Skipped bytes are never kept, so a block over the size limit costs no memory.
 */

/** Bytes received and not yet consumed, in order. */
export class ByteQueue {
  private parts: Buffer[] = [];
  private total = 0;

  /** How many bytes are queued. */
  get length(): number {
    return this.total;
  }

  /** Appends a chunk (kept by reference). */
  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.parts.push(chunk);
    this.total += chunk.length;
  }

  /** Joins the queued parts into one buffer (cheap when there is one part). */
  private flat(): Buffer {
    if (this.parts.length > 1) this.parts = [Buffer.concat(this.parts, this.total)];
    return this.parts[0] ?? Buffer.alloc(0);
  }

  /**
   * The offset of `needle` within the first `within` queued bytes, or -1.
   * @param needle the bytes to find
   * @param within how far to look (bounds the memory a search may join)
   */
  indexOf(needle: Buffer, within: number): number {
    const head = this.peek(Math.min(within, this.total));
    return head.indexOf(needle);
  }

  /** The first `count` bytes (or fewer when fewer are queued) without consuming them. */
  peek(count: number): Buffer {
    const first = this.parts[0];
    if (first !== undefined && first.length >= count) return first.subarray(0, count);
    return this.flat().subarray(0, count);
  }

  /**
   * Removes and returns the first `count` bytes.
   * @throws Error when fewer are queued (a caller bug: check {@link length} first)
   */
  take(count: number): Buffer {
    if (count > this.total) throw new Error(`ByteQueue.take: ${count} bytes asked, ${this.total} queued; wait for more input first.`);
    const taken = this.peek(count);
    this.skip(count);
    return taken;
  }

  /** Drops up to `count` bytes from the front; returns how many were dropped. */
  skip(count: number): number {
    let left = Math.min(count, this.total);
    const dropped = left;
    while (left > 0) {
      const first = this.parts[0]!;
      if (first.length <= left) {
        this.parts.shift();
        left -= first.length;
      } else {
        this.parts[0] = first.subarray(left);
        left = 0;
      }
    }
    this.total -= dropped;
    return dropped;
  }
}
