/**
 * When a document was captured, and how we know: `--captured-at` (option), the JSONL line's
 * own `capturedAt` (stated), the file's modification time (mtime, with an info message), or
 * the time stdin was read (now).
 */
import { message } from '../pipeline/codes.js';
import type { CaptureBasis, Message, RawDocument } from '../pipeline/types.js';

/** The capture time to use when neither the option nor the record states one. */
export interface CaptureFallback {
  basis: Extract<CaptureBasis, 'mtime' | 'now'>;
  date: Date;
}

/**
 * Chooses the capture time of one document.
 * @param optionDate the normalised `--captured-at`, or null
 * @param stated the record's normalised `capturedAt`, or null
 * @param fallback the file's mtime, or the time stdin was read
 * @param where the file (or `PATH:LINE`) for the mtime message
 * @param place the message place
 */
export function captureTime(
  optionDate: string | null,
  stated: string | null,
  fallback: CaptureFallback,
  where: string,
  place: Message['place'],
): { capturedAt: RawDocument['capturedAt']; messages: Message[] } {
  if (optionDate !== null) return { capturedAt: { date: optionDate, basis: 'option' }, messages: [] };
  if (stated !== null) return { capturedAt: { date: stated, basis: 'stated' }, messages: [] };
  const date = fallback.date.toISOString();
  if (fallback.basis === 'now') return { capturedAt: { date, basis: 'now' }, messages: [] };
  return {
    capturedAt: { date, basis: 'mtime' },
    messages: [message('ingest/captured-at-mtime', `${where}: no capture time was given, so the file's modification time (${date}) was used.`, place)],
  };
}
