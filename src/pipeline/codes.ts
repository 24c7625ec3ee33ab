/**
 * Stable message codes. Each names one kind of problem in the data; the reason text of a
 * {@link Message} says what happened to which file. Codes never change meaning once released.
 */
import type { Message, Severity } from './types.js';

/** Every message code Dossier emits, with its default severity and what it means. */
export const MESSAGE_CODES = {
  'ingest/empty': { severity: 'error', meaning: 'The file has no bytes.' },
  'ingest/binary': { severity: 'error', meaning: 'The file holds binary data (NUL bytes or a known binary signature), not text.' },
  'ingest/too-large': { severity: 'error', meaning: 'The file is larger than the ingest size limit.' },
  'ingest/invalid-utf8': { severity: 'warning', meaning: 'The bytes are not valid UTF-8; a fallback encoding or replacement characters were used.' },
  'ingest/unreadable': { severity: 'error', meaning: 'The file could not be read (missing, a directory, no permission).' },
  'ingest/unsupported': { severity: 'error', meaning: 'The file type is not one Dossier reads.' },
  'ingest/jsonl-syntax': { severity: 'error', meaning: 'A JSONL line is not valid JSON.' },
  'ingest/jsonl-shape': { severity: 'error', meaning: 'A JSONL line is valid JSON but lacks `text` or `html`, or has fields of the wrong type.' },
  'ingest/captured-at-mtime': { severity: 'info', meaning: 'No capture time was given; the file modification time was used.' },
  'extract/no-content': { severity: 'warning', meaning: 'No main text could be extracted.' },
  'extract/truncated': { severity: 'warning', meaning: 'The input was cut to the extraction limit.' },
  'extract/fallback': { severity: 'info', meaning: 'A later extraction attempt was used because an earlier one under-delivered.' },
  'language/undetermined': { severity: 'info', meaning: 'The language could not be determined with enough confidence.' },
  'dates/no-date': { severity: 'info', meaning: 'No publication date could be established; none was invented.' },
  'dates/future-clamped': { severity: 'warning', meaning: 'A date candidate lay after the capture time and was rejected.' },
  'dates/invalid': { severity: 'warning', meaning: 'A stated date is impossible (e.g. 31 February) and was ignored.' },
  'stage/failed': { severity: 'error', meaning: 'A stage threw on this item; its fields were left empty and the batch went on.' },
  'ingest/unknown-charset': { severity: 'warning', meaning: 'A declared character encoding label is not one Dossier knows; it was ignored and detection went on.' },
  'ingest/warc-syntax': { severity: 'error', meaning: 'A WARC record could not be read (a malformed head, or the file ends inside it); reading went on at the next record.' },
  'ingest/http-encoding': { severity: 'warning', meaning: 'The chunked transfer or content encoding of an archived HTTP response could not be undone.' },
  'ingest/feed-syntax': { severity: 'error', meaning: 'The file is not a readable RSS or Atom feed.' },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

/** A message code known to Dossier. */
export type MessageCode = keyof typeof MESSAGE_CODES;

/**
 * Builds a message with the code's default severity.
 * @param code one of {@link MESSAGE_CODES}
 * @param reason a sentence naming the file and the problem
 * @param place where in the source, if known
 */
export function message(code: MessageCode, reason: string, place?: Message['place']): Message {
  const built: Message = { code, reason, severity: MESSAGE_CODES[code].severity };
  if (place) built.place = place;
  return built;
}
