/**
 * Reading stdin (the input `-`). Input within the size limit is read whole and sniffed like a
 * file of unknown type. Longer input is read on only when it is JSONL (its first line is a JSON
 * object), streamed line by line with the limit per line; otherwise it is refused as too large.
 */
import { wholeInputEvents } from './document.js';
import { bytesText, failure, type IngestEvent } from './events.js';
import { readJsonl } from './jsonl.js';
import type { ResolvedOptions } from './options.js';
import { firstLineOpensJsonObject } from './sniff.js';
import { peek } from './stream.js';

/** The source name of documents read from stdin (a name no real path is likely to have). */
export const STDIN_SOURCE = '<stdin>';

/**
 * The events of stdin; documents get the capture time `options.capturedAt`, else the time
 * reading began (basis `now`).
 * @param options the resolved read options
 */
export async function* stdinEvents(options: ResolvedOptions): AsyncGenerator<IngestEvent> {
  const fallback = { basis: 'now', date: options.now() } as const;
  let peeked: Awaited<ReturnType<typeof peek>>;
  try {
    peeked = await peek(options.stdin(), options.maxBytes + 1);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    yield failure(STDIN_SOURCE, 'ingest/unreadable', `${STDIN_SOURCE}: reading standard input failed (${detail}).`);
    return;
  }
  if (peeked.ended) {
    yield* wholeInputEvents({ source: STDIN_SOURCE, bytes: peeked.head, format: 'sniff', fallback, noun: 'input' }, options);
    return;
  }
  if (firstLineOpensJsonObject(new TextDecoder().decode(peeked.head))) {
    yield* readJsonl({ path: STDIN_SOURCE, chunks: peeked.all, fallback, noun: 'input' }, options);
    return;
  }
  await peeked.close();
  yield failure(
    STDIN_SOURCE,
    'ingest/too-large',
    `${STDIN_SOURCE}: the input is over the limit of ${bytesText(options.maxBytes)} and is not JSONL, so reading stopped.`,
  );
}
