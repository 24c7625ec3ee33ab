/**
 * The publication date of an item, from its date candidates; never later than the capture time,
 * never invented.
 */
import { message } from '../pipeline/codes.js';
import type { DateCandidate, Item, Message, PublishedDate } from '../pipeline/types.js';
import { coarsen, formatWritten, type DateValue } from './calendar.js';
import { chooseReading, type Reading } from './choose.js';
import { EXCLUDED_ORIGINS, originClass, readCandidate, type ReadCandidate } from './candidates.js';
import { statedOffset, UTC, wallToInstant, type ZoneSpec } from './zone.js';

/** What {@link examinePublished} decided, and the messages it has for the item. */
export interface PublishedResolution {
  published: PublishedDate;
  messages: Message[];
}

/** The empty publication date: nothing solid was found. */
export const NO_DATE: Readonly<PublishedDate> = { date: null, precision: null, basis: null, evidence: null };

/**
 * The zone for clock times written without an offset on this item's page: the offset of the first
 * candidate that states one (own candidates first), else that of the capture time, else UTC.
 * A fixed offset, so a page's summer offset is also used for its winter dates (documented limit).
 */
export function itemZone(item: Pick<Item, 'dateCandidates' | 'capturedAt'>): ZoneSpec {
  const ordered = [...item.dateCandidates].sort((a, b) => Number(b.own) - Number(a.own));
  for (const candidate of ordered) {
    const offset = statedOffset(candidate.text);
    if (offset !== null) return offset;
  }
  return statedOffset(item.capturedAt) ?? UTC;
}

/**
 * Distinct byline dates beyond which the bylines are a list of entries (a forum thread, an archive
 * page: each entry has its own byline), none of them the page's: two allow a "published … updated …"
 * pair; on htmldate's set every page with more had a byline per listed entry.
 */
export const MAX_BYLINE_DATES = 2;

/** Candidates in the order they are tried: own ones by origin rank, then page-level ones that are not own. */
function ordered(candidates: readonly DateCandidate[]): { candidate: DateCandidate; fallback: boolean }[] {
  const bylines = new Set(candidates.filter((c) => /^byline/i.test(c.origin)).map((c) => c.text.trim()));
  const listed = bylines.size > MAX_BYLINE_DATES;
  // With listed bylines, a date-named element repeating one of them is that entry's date too.
  const entryDate = (c: DateCandidate) => listed && (/^byline/i.test(c.origin) || (/^text:class$/i.test(c.origin) && bylines.has(c.text.trim())));
  const usable = candidates.filter((c) => !EXCLUDED_ORIGINS.test(c.origin) && c.text.trim() !== '' && !entryDate(c));
  const byRank = (a: DateCandidate, b: DateCandidate) => originClass(a.origin).rank - originClass(b.origin).rank;
  const own = usable.filter((c) => c.own).sort(byRank).map((candidate) => ({ candidate, fallback: false }));
  const page = usable
    .filter((c) => !c.own && originClass(c.origin).origin.pageLevel)
    .sort(byRank)
    .map((candidate) => ({ candidate, fallback: true }));
  return [...own, ...page];
}

/**
 * Decides the publication date of `item` from `item.dateCandidates` (see `candidates.ts` for the order
 * of origins). A candidate later than the capture time is rejected (`dates/future-clamped`; a day,
 * month or year is later when it starts after the capture in the page's zone, see {@link itemZone}), except
 * that a clock time read in an assumed zone falls back to its day when the day itself is not later;
 * an impossible date is rejected (`dates/invalid`). A page-level candidate that is not the item's own
 * (a digest page's date for one of its briefs) is used only when no own candidate serves, with basis
 * `inferred`. Among the candidates that serve, {@link chooseReading} picks the answer (the most trusted,
 * refined by a day inside its month, moved to the local day a UTC stamp stands for, or replaced by a
 * later date shown next to the headline; see `choose.ts`). A minute value is written in the offset the
 * page gave (`formatWritten`). When nothing serves: all nulls and `dates/no-date`.
 * @param item an item; `capturedAt` must be ISO 8601
 */
export function examinePublished(item: Item): PublishedResolution {
  const capture = Date.parse(item.capturedAt);
  if (Number.isNaN(capture)) throw new Error(`examinePublished: item.capturedAt "${item.capturedAt}" is not ISO 8601; ingest must set it (see RawDocument.capturedAt).`);
  const zone = itemZone(item);
  const place = { source: item.source };
  const where = `${item.source} item ${item.index}`;
  const messages: Message[] = [];
  const readings: Reading[] = [];
  for (const { candidate, fallback } of ordered(item.dateCandidates)) {
    const read = readCandidate(candidate, item.lang?.code ?? item.declaredLang, capture, zone);
    if (!read) continue;
    if ('invalid' in read) {
      messages.push(message('dates/invalid', `${where}: date candidate "${candidate.text}" (${candidate.origin}) ignored: ${read.invalid}.`, place));
      continue;
    }
    const accepted = notAfterCapture(read, capture, zone);
    if (!accepted) {
      messages.push(message('dates/future-clamped', `${where}: date candidate "${candidate.text}" (${candidate.origin}) lies after the capture time ${item.capturedAt} and was rejected.`, place));
      continue;
    }
    readings.push({ candidate, fallback, read: accepted });
  }
  const choice = chooseReading(readings);
  if (choice) {
    const { candidate, fallback, read } = choice.reading;
    const published: PublishedDate = {
      date: formatWritten(read.value),
      precision: read.value.precision,
      basis: fallback ? 'inferred' : read.basis,
      evidence: candidate.text,
      provenance: {
        certainty: fallback ? 'inferred' : read.certainty,
        rule: fallback ? 'dates/page-fallback' : choice.rule ?? read.rule,
        evidence: choice.rule && readings[0] ? `${candidate.origin}: ${candidate.text} (over ${readings[0].candidate.origin}: ${readings[0].candidate.text})` : `${candidate.origin}: ${candidate.text}`,
      },
    };
    return { published, messages };
  }
  messages.push(message('dates/no-date', `${where}: no publication date could be established from ${item.dateCandidates.length} candidate(s); none was invented.`, place));
  return { published: { ...NO_DATE }, messages };
}

/**
 * The first instant a value stands for: the instant itself at minute/hour precision, else the start
 * of its day, month or year in the page's zone. A value is after the capture when this is.
 */
function startOf(value: DateValue, zone: ZoneSpec): number {
  if (value.instant !== undefined) return value.instant;
  const { wall } = value;
  const month = value.precision === 'year' ? 1 : wall.month;
  const day = value.precision === 'day' ? wall.day : 1;
  return wallToInstant({ year: wall.year, month, day, hour: 0, minute: 0 }, zone);
}

/** The candidate as accepted (perhaps cut to its day), or null when it lies after the capture. */
function notAfterCapture(read: ReadCandidate, capture: number, zone: ZoneSpec): ReadCandidate | null {
  if (startOf(read.value, zone) <= capture) return read;
  if (!read.zoneAssumed) return null;
  const day = coarsen(read.value, 'day');
  return startOf(day, zone) <= capture ? { ...read, value: day } : null;
}

/**
 * The publication date of `item` (see {@link examinePublished}, which also returns the messages).
 * @param item an item with its date candidates and capture time
 */
export function resolvePublished(item: Item): PublishedDate {
  return examinePublished(item).published;
}
