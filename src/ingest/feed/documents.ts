/**
 * A decoded feed → one raw document per entry that carries a body. Each document is keyed by
 * the entry (link, title, time, body), not by the file, so reading the same feed an hour later
 * stores only the entries that are new. Entries with a title and no body are teasers and are
 * passed over, as a row of teaser headlines on a page is navigation, not articles.
 */
import type { DocumentHints, Message, RawDocument } from '../../pipeline/types.js';
import { captureTime, type CaptureFallback } from '../capture.js';
import { failure, type IngestEvent } from '../events.js';
import { recordHash } from '../hash.js';
import { parseFeed, type FeedEntry } from './parse.js';

/** A decoded feed and what is known about where it came from. */
export interface FeedInput {
  /** The file (or `WARC#N`) the feed was read from. */
  source: string;
  content: string;
  encoding: RawDocument['encoding'];
  /** The capture time the feed's own container states (a WARC record's date), if any. */
  statedCapture: string | null;
  fallback: CaptureFallback;
  /** Problems met while decoding the feed, attached to each of its documents. */
  messages: Message[];
}

function hintsOf(entry: FeedEntry): DocumentHints {
  const hints: DocumentHints = {};
  if (entry.title) hints.title = entry.title;
  if (entry.lang) hints.lang = entry.lang;
  if (entry.published) hints.published = entry.published;
  if (entry.body && !entry.body.html) hints.bodyAsGiven = true;
  return hints;
}

/**
 * The events of a feed: one document per entry with a body; a `skipped` event when the feed has
 * entries but none with a body; a failure when the text is not a feed.
 * @param input the decoded feed
 * @param optionDate the normalised `--captured-at`, or null
 * @param notFeed what to yield when the XML is not a feed: a failure (a file named as a feed) or a skip (any `.xml`)
 */
export function* feedEvents(input: FeedInput, optionDate: string | null, notFeed: 'failure' | 'skip'): Generator<IngestEvent> {
  const feed = parseFeed(input.content);
  if (feed === null) {
    if (notFeed === 'skip') yield { kind: 'skipped', source: input.source, reason: `${input.source}: skipped, the XML is not an RSS or Atom feed.` };
    else yield failure(input.source, 'ingest/feed-syntax', `${input.source}: the file is not an RSS or Atom feed (its root element is not <rss>, <rdf:RDF> or <feed>).`);
    return;
  }
  let withBody = 0;
  for (const entry of feed.entries) {
    if (entry.body === null || entry.body.content.trim() === '') continue;
    withBody++;
    const where = `${input.source}#${entry.number}`;
    const capture = captureTime(optionDate, input.statedCapture, input.fallback, where, { source: input.source });
    const document: RawDocument = {
      source: entry.url ?? where,
      hash: recordHash({ feedEntry: true, url: entry.url, title: entry.title, published: entry.published, body: entry.body.content }),
      mediaType: entry.body.html ? 'text/html' : 'text/plain',
      content: entry.body.content,
      encoding: input.encoding,
      capturedAt: capture.capturedAt,
      url: entry.url,
      hints: hintsOf(entry),
      messages: [...input.messages, ...capture.messages],
    };
    yield { kind: 'document', document, size: Buffer.byteLength(entry.body.content) };
  }
  if (withBody === 0) {
    const reason = feed.entries.length === 0 ? 'the feed has no entries' : `none of its ${feed.entries.length} entries has a body (titles alone are teasers, not articles)`;
    yield { kind: 'skipped', source: input.source, reason: `${input.source}: skipped, ${reason}.` };
  }
}

