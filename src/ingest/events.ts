/**
 * What ingest produces: a document, a failure (an input or JSONL line that could not be
 * used, with the reasons), or a file skipped in a directory walk because of its type.
 */
import { message, type MessageCode } from '../pipeline/codes.js';
import type { Message, RawDocument } from '../pipeline/types.js';

/** One result of reading the inputs, in input order. */
export type IngestEvent =
  | {
      kind: 'document';
      document: RawDocument;
      /** Size of the raw input in bytes (the file, the stdin input, or the JSONL line). */
      size: number;
    }
  | { kind: 'failure'; source: string; messages: Message[] }
  | { kind: 'skipped'; source: string; reason: string };

/** The failure event of an input or JSONL line. */
export type FailureEvent = Extract<IngestEvent, { kind: 'failure' }>;

/**
 * A failure with one message.
 * @param source the path (or `PATH:LINE`) that failed
 * @param code the message code
 * @param reason one sentence naming the file (and line) and the problem
 * @param place where the problem is; defaults to `{ source }`
 */
export function failure(source: string, code: MessageCode, reason: string, place?: Message['place']): FailureEvent {
  return { kind: 'failure', source, messages: [message(code, reason, place ?? { source })] };
}

/** A sentence fragment for a byte count, e.g. `1,234 bytes`. */
export function bytesText(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'byte' : 'bytes'}`;
}
