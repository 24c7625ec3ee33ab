/**
 * The document model shared by every stage.
 *
 * A {@link RawDocument} is what ingest reads (bytes plus where and when they came from).
 * Extraction turns one raw document into one or more {@link Item}s: an article, or each
 * brief of a digest page. The per-item stages (language, dates, entities, events) then
 * add fields, each carrying its {@link Provenance}. Problems in the data never throw:
 * they become {@link Message}s attached to the document or item.
 */

/** Whether a value was read off the page or worked out from other values. */
export type Certainty = 'stated' | 'inferred';

/** Where a value came from: which rule produced it and which text supports it. */
export interface Provenance {
  certainty: Certainty;
  /** Stable rule name, e.g. `extract/text/dateline` or `dates/relative/nl`. */
  rule: string;
  /** The text the rule read (a sentence, a line, a meta tag's content), when there is one. */
  evidence?: string;
}

/** Severity of a message: `error` means the input (or part of it) could not be used. */
export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the data, attached to the document or item it concerns. */
export interface Message {
  /** Stable machine code from {@link import('./codes.js').MessageCode}. */
  code: string;
  /** One human sentence naming the problem (and the file where it helps). */
  reason: string;
  severity: Severity;
  /** Where it happened: the source, and a line and/or character offset inside it. */
  place?: { source: string; line?: number; column?: number; offset?: number };
}

/** How the capture time of a raw document is known. */
export type CaptureBasis = 'option' | 'stated' | 'mtime' | 'now';

/** The kinds of raw input Dossier reads. */
export type MediaType = 'text/html' | 'text/plain';

/** A raw capture as read by ingest, before extraction. */
export interface RawDocument {
  /** The file path as given or found under a given directory, a URL, or `PATH:LINE` for JSONL. */
  source: string;
  /** sha256 (hex) of the bytes plus any hints: the idempotency key of ingest. */
  hash: string;
  mediaType: MediaType;
  /** The decoded text (HTML source or plain text). */
  content: string;
  /** Which character encoding was used to decode the bytes, and why. */
  encoding: { name: string; rule: string };
  capturedAt: { date: string; basis: CaptureBasis };
  url: string | null;
  /** Fields a JSONL line states about itself; `text` there is taken as the article body as given. */
  hints: DocumentHints;
  messages: Message[];
}

/** Fields a JSONL record states about its document. */
export interface DocumentHints {
  id?: string;
  title?: string;
  lang?: string;
  published?: string;
  /** True when the JSONL line gave `text`: the body is used as given, without extraction. */
  bodyAsGiven?: boolean;
}

/** Granularity of a date value. */
export type Precision = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** How a publication date was found. */
export type DateBasis = 'metadata' | 'url' | 'text' | 'relative' | 'inferred';

/** A publication-date candidate found by extraction (meta tag, `<time>`, relative stamp …). */
export interface DateCandidate {
  /** The raw text as found, e.g. `2024-04-10T09:00:00+02:00` or `42 minuten geleden`. */
  text: string;
  /** Where it was found: `meta:article:published_time`, `jsonld:datePublished`, `time`, `url`, `stamp`, `dateline`, `hint`. */
  origin: string;
  /** True when the candidate belongs to this item (not to a sidebar or related item). */
  own: boolean;
}

/** The publication date of an item, or nulls with a message when nothing solid was found. */
export interface PublishedDate {
  /** ISO 8601; date-only (`2024-04-10`) or with time and offset, never later than the capture time. */
  date: string | null;
  precision: Precision | null;
  basis: DateBasis | null;
  /** The text the date was read from. */
  evidence: string | null;
  provenance?: Provenance;
}

/** A dateline such as `KYIV (ANP/RTR/AFP) -`. */
export interface Dateline {
  place: string;
  agencies: string[];
}

/** Language label of an item: ISO 639-1, or `und` when below the confidence floor. */
export interface LanguageLabel {
  code: string;
  /** Detector confidence in [0, 1]. */
  confidence: number;
  provenance: Provenance;
  /**
   * Paragraphs of a mixed item whose own language is surely another than the item's (a quotation,
   * a summary in a second language), by offset in `itemFullText(item)`; absent when there are none.
   */
  paragraphs?: ParagraphLanguage[];
}

/** The language of one paragraph of an item (see {@link LanguageLabel.paragraphs}). */
export interface ParagraphLanguage {
  start: number;
  end: number;
  /** ISO 639-1 (never `und`: undetermined paragraphs are not listed). */
  code: string;
  confidence: number;
}

/** Entity types recognised by Dossier. */
export type EntityType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'EQUIPMENT' | 'AGREEMENT' | 'EVENT' | 'MISC';

/** A mention of an entity in an item's text (offsets are JavaScript string indices into `title + "\n\n" + text`, see {@link itemFullText}). */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Canonical entity id, e.g. `gpe:JP`, `org:nato`, `per:joe-biden`. */
  entity: string;
  provenance: Provenance;
}

/** A canonical entity: one real thing, with its names per language. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Display name (English where known). */
  name: string;
  /** Names seen or known per language code. */
  names: Record<string, string[]>;
  /** Coordinates for places, when known. */
  geo?: { lat: number; lon: number };
}

/**
 * What a time expression states when the rest must come from a date the item does not give
 * ("op 10 april", "im März", "am Dienstag" in an item whose own date is unknown): the month and day
 * (or the weekday) as written; the year (for a weekday, the week) stays open until some evidence
 * justifies one (see `src/dates/across/`). All null for a relative phrase ("vorige maand").
 */
export interface OpenDate {
  month: number | null;
  day: number | null;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number | null;
  /** True when the year is counted from the item's own date ("im März nächsten Jahres"), so no other date fixes it. */
  relativeYear?: true;
}

/** A time expression found inside the text (for events). */
export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  /**
   * ISO 8601 at `precision`; when {@link open} is set, the ISO 8601 truncated form of the stated
   * parts: `--04-10` (a day without its year), `--03` (a month), `-W-2` (a weekday), or `` (none).
   */
  date: string;
  precision: Precision;
  provenance: Provenance;
  /** Set when the item's own date is unknown and the text leaves the year (or week) open. */
  open?: OpenDate;
}

/** When an event happened; `provenance` is set when the date was inferred from other items (`dates/across/…`). */
export interface EventTime {
  date: string;
  precision: Precision;
  provenance?: Provenance;
}

/** The time expression of an event whose date the text gives only in part (see {@link OpenDate}). */
export interface OpenTime extends OpenDate {
  /** The expression as written, e.g. `op 10 april`. */
  text: string;
  /** The ISO 8601 truncated form of the stated parts (as {@link TimeExpression.date}). */
  date: string;
  precision: Precision;
  /** Offset of the expression in the item's full text (negative, like the event's, in a caption). */
  start: number;
}

/** Actor roles in an event. */
export type ActorRole = 'agent' | 'counterpart' | 'target';

/** Whether an event happened, is planned, is only reported, or is negated. */
export type Modality = 'happened' | 'planned' | 'reported' | 'negated';

/** An event found in one sentence of one item. */
export interface EventMention {
  /** CAMEO-like type, e.g. `meet`, `agree`, `urge`, `attack`. */
  type: string;
  actors: { entity: string; role: ActorRole }[];
  /** Entity id of where it happened (a GPE, LOC or FAC mention of the sentence), or null. */
  place: string | null;
  time: EventTime | null;
  /** The expression the event's time was read from when the text gives it only in part; `time` is then null unless inferred from other items. */
  openTime?: OpenTime;
  modality: Modality;
  sentence: string;
  /**
   * Offset of the sentence in the item's full text; negative for a sentence read from a photo
   * caption (captions are fields, not part of the full text; the rule then ends in `/caption`).
   */
  start: number;
  provenance: Provenance;
  /** Dead and injured stated in the sentence, for attacks and disasters that state them. */
  casualties?: { killed: number | null; injured: number | null };
}

/** A report extracted from a raw document: an article, or one brief of a digest page. */
export interface Item {
  source: string;
  /** 0-based index of the item within its source. */
  index: number;
  /** Hash of the raw document this item came from. */
  documentHash: string;
  kind: 'article' | 'brief';
  title: string | null;
  text: string;
  url: string | null;
  /** The JSONL line's `id`, when given. */
  id: string | null;
  byline: string | null;
  dateline: Dateline | null;
  capturedAt: string;
  /** Candidates for the publication date, gathered by extraction for the dates stage. */
  dateCandidates: DateCandidate[];
  /** Captions, credits, source lines and other text moved out of the body. */
  fields: { captions: string[]; credits: string[]; sources: string[]; siteName: string | null };
  /** Language declared by the page or JSONL line, if any (a hint for the language stage). */
  declaredLang: string | null;
  lang: LanguageLabel | null;
  published: PublishedDate | null;
  times: TimeExpression[];
  mentions: Mention[];
  events: EventMention[];
  messages: Message[];
  /**
   * What extraction left out of this item's text (navigation, related lists, comment sections,
   * share bars, prompts, relative stamps, repeated lines, blocks outside the chosen container),
   * clipped and capped (see `src/extract/dropped.ts`). Page-level drops are recorded on the
   * document's first item. Absent when not recorded (items stored before it existed, JSONL text).
   */
  dropped?: DroppedBlock[];
}

/** A block or line that extraction left out of an item's text, and why. */
export interface DroppedBlock {
  /** The text, whitespace collapsed and clipped (an ellipsis marks a cut). */
  text: string;
  /** What it was: `navigation`, `related list`, `comment section`, `share bar`, `cookie prompt`, `relative stamp`, `repeated line`, `outside main text` … */
  role: string;
  /** The rule that removed it, e.g. `extract/html/chrome/class` or `extract/text/repeat`. */
  rule: string;
}

/** The text that mention and event offsets point into: title, blank line, body. */
export function itemFullText(item: Pick<Item, 'title' | 'text'>): string {
  return item.title ? `${item.title}\n\n${item.text}` : item.text;
}
