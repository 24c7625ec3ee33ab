/**
 * One JSONL record → a raw document, or a failure naming the file, the line and the field.
 * Shape: `{id?, url?, title?, text? | html?, lang?, published?, capturedAt?}` with exactly one
 * of `text` (the body as given) and `html` (a page to extract). `null` counts as absent;
 * fields not listed are ignored (but are part of the hash).
 */
import { message } from '../pipeline/codes.js';
import type { DocumentHints, Message, RawDocument } from '../pipeline/types.js';
import { captureTime, type CaptureFallback } from './capture.js';
import { failure, type IngestEvent } from './events.js';
import { recordHash } from './hash.js';
import { parseIsoInstant } from './iso.js';

/** What a record needs to know about the stream it came from. */
export interface RecordContext {
  /** The file path (or `<stdin>`), used in `PATH:LINE`. */
  path: string;
  optionDate: string | null;
  fallback: CaptureFallback;
}

/** A decoded line. */
export interface DecodedLine {
  number: number;
  text: string;
  size: number;
  encoding: RawDocument['encoding'];
  /** Problems met while decoding (invalid UTF-8). */
  messages: Message[];
}

const STRING_FIELDS = ['url', 'title', 'text', 'html', 'lang', 'published', 'capturedAt'] as const;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** The shape problems of a parsed record, as sentences (without the `PATH:LINE: ` prefix). */
function shapeProblems(record: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const id = record.id;
  if (id !== undefined && id !== null) {
    if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) problems.push(`the field "id" must be a string or a number, not ${typeName(id)}.`);
    else if (String(id).trim() === '') problems.push('the field "id" is empty.');
  }
  for (const field of STRING_FIELDS) {
    const value = record[field];
    if (value !== undefined && value !== null && typeof value !== 'string') problems.push(`the field "${field}" must be a string, not ${typeName(value)}.`);
  }
  const has = (field: string) => typeof record[field] === 'string';
  if (has('url') && (record.url as string).trim() === '') problems.push('the field "url" is empty.');
  if (has('text') && has('html')) problems.push('the record gives both "text" and "html"; give one (text for a body as given, html for a page to extract).');
  if (!has('text') && !has('html') && !problems.some((p) => p.includes('"text"') || p.includes('"html"'))) problems.push('the record has neither a "text" nor an "html" field.');
  if (has('capturedAt') && parseIsoInstant(record.capturedAt as string) === null) {
    problems.push(`the field "capturedAt" must be an ISO 8601 date-time with Z or an offset, not "${String(record.capturedAt)}".`);
  }
  return problems;
}

/** Copies the string fields a record states about itself into document hints. */
function hintsOf(record: Record<string, unknown>, id: string | undefined): DocumentHints {
  const hints: DocumentHints = {};
  if (id !== undefined) hints.id = id;
  for (const field of ['title', 'lang', 'published'] as const) {
    const value = record[field];
    if (typeof value === 'string') hints[field] = value;
  }
  if (typeof record.text === 'string') hints.bodyAsGiven = true;
  return hints;
}

/**
 * Turns one decoded, non-blank JSONL line into an ingest event.
 * @param line the decoded line
 * @param context the stream it came from
 */
export function recordEvent(line: DecodedLine, context: RecordContext): IngestEvent {
  const where = `${context.path}:${line.number}`;
  const place = { source: context.path, line: line.number };
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(where, 'ingest/jsonl-syntax', `${where}: the line is not valid JSON (${detail}).`, place);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failure(where, 'ingest/jsonl-shape', `${where}: the line is ${typeName(value)}, not a JSON object.`, place);
  }
  const record = value as Record<string, unknown>;
  const problems = shapeProblems(record);
  if (problems.length > 0) {
    return { kind: 'failure', source: where, messages: problems.map((p) => message('ingest/jsonl-shape', `${where}: ${p}`, place)) };
  }
  const bodyField = typeof record.text === 'string' ? 'text' : 'html';
  const content = record[bodyField] as string;
  if (content.trim() === '') return failure(where, 'ingest/empty', `${where}: the field "${bodyField}" is empty.`, place);
  const id = record.id === undefined || record.id === null ? undefined : String(record.id);
  const url = typeof record.url === 'string' ? record.url : null;
  const stated = typeof record.capturedAt === 'string' ? parseIsoInstant(record.capturedAt) : null;
  const capture = captureTime(context.optionDate, stated, context.fallback, where, place);
  const document: RawDocument = {
    source: id ?? url ?? where,
    hash: recordHash(record),
    mediaType: bodyField === 'text' ? 'text/plain' : 'text/html',
    content,
    encoding: line.encoding,
    capturedAt: capture.capturedAt,
    url,
    hints: hintsOf(record, id),
    messages: [...line.messages, ...capture.messages],
  };
  return { kind: 'document', document, size: line.size };
}
