/**
 * The OpenAPI 3.1 description of the API, written by hand as data. `test/server/openapi.test.ts`
 * checks that it lists exactly the routes the app serves.
 */

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const query = (name: string, description: string, schema: Schema = { type: 'string' }, required = false): Schema => ({ name, in: 'query', required, description, schema });
const pathId = (what: string): Schema => ({ name: 'id', in: 'path', required: true, description: `The ${what} id.`, schema: { type: 'string' } });
const page = [query('limit', 'Page size (1–500, default 50).', { type: 'integer', minimum: 1, maximum: 500 }), query('offset', 'Rows to skip (default 0).', { type: 'integer', minimum: 0 })];
const json = (schema: Schema, description = 'OK'): Schema => ({ description, content: { 'application/json': { schema } } });
const errors = (...codes: number[]): Record<string, Schema> => Object.fromEntries(codes.map((code) => [String(code), json(ref('Error'), ERROR_TEXT[code] ?? 'Error')]));
const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid parameter or body',
  401: 'Missing or wrong bearer token',
  403: 'Write endpoints disabled (no DOSSIER_TOKEN set)',
  404: 'Not found',
  413: 'Request too large',
  415: 'Unsupported media or file type',
};
const list = (key: string, item: Schema): Schema => ({
  type: 'object',
  required: ['total', 'offset', 'limit', key],
  properties: { total: { type: 'integer' }, offset: { type: 'integer' }, limit: { type: 'integer' }, [key]: { type: 'array', items: item } },
});

const str = { type: 'string' };
const int = { type: 'integer' };
const strOrNull = { type: ['string', 'null'] };
const strings = { type: 'array', items: str };
const PRECISION = { enum: ['minute', 'hour', 'day', 'month', 'year'], description: 'How much of the date is known.' };
const obj = (required: string[], properties: Record<string, Schema>, description?: string): Schema => ({ type: 'object', ...(description ? { description } : {}), required, properties });

const STORY_SUMMARY = obj(['id', 'title', 'languages', 'first', 'last', 'size'], { id: str, title: str, languages: strings, first: strOrNull, last: strOrNull, size: { type: 'integer', description: 'Items in the story.' } });

const SCHEMAS: Record<string, Schema> = {
  Error: obj(['error', 'message'], { error: { type: 'string', description: 'Stable code, e.g. bad_parameter.' }, message: str }),
  StorySummary: STORY_SUMMARY,
  Provenance: obj(['certainty', 'rule'], {
    certainty: { enum: ['stated', 'inferred'] },
    rule: { type: 'string', description: 'Stable rule name, e.g. `dates/across/coreferent-report`.' },
    evidence: { type: 'string', description: 'The text the rule read. For a date inferred across items: the chain of steps joined by " ← ", each `<rule> · <item id>:<index>: “<sentence>”`, from the report of the event back to the dated anchor.' },
  }, 'How a value is known: stated by the text, or inferred, with the rule and its evidence.'),
  EventTime: obj(['date', 'precision'], {
    date: { type: 'string', description: 'ISO 8601 at `precision` (e.g. `2024-04-10`).' },
    precision: PRECISION,
    provenance: { ...ref('Provenance'), description: 'Present when the date was inferred from other items of the story (`certainty: inferred`, rule `dates/across/…`); absent when the sentence states it.' },
  }),
  OpenDateText: obj(['text', 'date', 'precision'], {
    text: { type: 'string', description: 'The expression as written, e.g. `10 April`.' },
    date: { type: 'string', description: 'ISO 8601 truncated form of the stated parts: `--04-10` (a day without its year), `--03` (a month), `-W-4` (a weekday, 0 = Sunday), or empty.' },
    precision: PRECISION,
  }, 'A date the text gives only in part, its year (or week) unknown.'),
  Span: obj(['start', 'end', 'kind', 'ref', 'label'], { start: int, end: int, kind: { enum: ['mention', 'evidence'] }, ref: { type: 'string', description: 'Entity id (mention) or stored event id (evidence).' }, label: { type: 'string', description: 'Entity type or event type.' } }),
  ItemView: obj(['id', 'source', 'index', 'kind', 'title', 'text', 'url', 'lang', 'published', 'capturedAt', 'dateline', 'spans'], {
    id: str, source: str, index: int, kind: { enum: ['article', 'brief'] }, title: strOrNull, text: { type: 'string', description: 'The body (without the title).' }, url: strOrNull, lang: strOrNull,
    published: { type: ['object', 'null'], required: ['date', 'precision', 'basis'], properties: { date: strOrNull, precision: { type: ['string', 'null'] }, basis: { type: ['string', 'null'], description: 'metadata, url, text, relative or inferred.' } } },
    capturedAt: str,
    dateline: { type: ['object', 'null'], required: ['place', 'agencies'], properties: { place: str, agencies: strings } },
    spans: { type: 'array', items: ref('Span') },
    dropped: {
      type: 'array',
      description: 'What extraction left out of the text (navigation, related lists, comment sections, share bars, prompts, relative stamps, repeated lines, blocks outside the chosen container), at most 60, each text clipped to 300 characters. Only in `GET /api/items/:id`; absent for items stored before it was recorded.',
      items: obj(['text', 'role', 'rule'], { text: str, role: { type: 'string', description: 'e.g. `navigation`, `cookie prompt`, `relative stamp`, `outside main text`.' }, rule: { type: 'string', description: 'The rule that removed it, e.g. `extract/html/chrome/class`, `extract/text/repeat`.' } }),
    },
  }, 'An item with the spans to mark in its body (offsets into `text`).'),
  EventGroup: obj(['id', 'type', 'actors', 'place', 'time', 'modality', 'evidence'], {
    id: str,
    type: str,
    actors: { type: 'array', items: obj(['id', 'name'], { id: str, name: str }) },
    place: strOrNull,
    time: { oneOf: [{ type: 'null' }, ref('EventTime')], description: 'The most precise time its reports give, a stated one before an inferred one; null when none.' },
    open: { ...ref('OpenDateText'), description: 'Present when no report dates the event but one states part of its date ("on 10 April", year unknown).' },
    modality: { enum: ['happened', 'planned', 'reported', 'negated'] },
    casualties: ref('Casualties'),
    evidence: { type: 'array', items: obj(['source', 'item', 'sentence'], { source: str, item: { type: 'integer', description: 'The item index within its source.' }, sentence: str }) },
  }, 'One real event merged from every sentence that reports it.'),
  Casualties: obj(['killed', 'injured'], { killed: { type: ['integer', 'null'] }, injured: { type: ['integer', 'null'] } }, 'Dead and injured stated (the largest counts among the reports).'),
  StoredEvent: obj(['id', 'itemId', 'type', 'actors', 'place', 'time', 'modality', 'sentence', 'start', 'provenance'], {
    id: { type: 'string', description: '`<item id>:e<n>`.' },
    itemId: str,
    type: str,
    actors: { type: 'array', items: obj(['entity', 'role'], { entity: str, role: { enum: ['agent', 'counterpart', 'target'] } }) },
    place: strOrNull,
    time: { oneOf: [{ type: 'null' }, ref('EventTime')] },
    openTime: { ...obj(['text', 'date', 'precision', 'start', 'month', 'day', 'weekday'], { text: str, date: str, precision: PRECISION, start: int, month: { type: ['integer', 'null'] }, day: { type: ['integer', 'null'] }, weekday: { type: ['integer', 'null'] }, relativeYear: { type: 'boolean' } }), description: 'The expression the time was read from when the text gives it only in part.' },
    modality: { enum: ['happened', 'planned', 'reported', 'negated'] },
    sentence: str,
    start: { type: 'integer', description: 'Offset of the sentence in the full text (title, blank line, body); negative in a caption.' },
    provenance: ref('Provenance'),
    casualties: ref('Casualties'),
  }, 'An event mention as stored, in one sentence of one item.'),
  Message: obj(['code', 'reason', 'severity'], { code: str, reason: str, severity: { enum: ['error', 'warning', 'info'] }, place: obj(['source'], { source: str, line: int, column: int, offset: int }) }),
  Entity: obj(['id', 'type', 'name', 'names'], { id: str, type: str, name: str, names: { type: 'object', additionalProperties: strings }, geo: obj(['lat', 'lon'], { lat: { type: 'number' }, lon: { type: 'number' } }), mentions: int }),
  ItemSummary: obj(['id', 'source', 'index', 'kind', 'title', 'lang', 'published', 'capturedAt'], { id: str, source: str, index: int, kind: { enum: ['article', 'brief'] }, title: strOrNull, lang: strOrNull, published: strOrNull, capturedAt: str }),
  ActorGraph: obj(['nodes', 'edges'], {
    nodes: { type: 'array', items: obj(['id', 'name', 'events'], { id: str, name: str, events: { type: 'integer', description: 'Events the actor takes part in.' } }) },
    edges: { type: 'array', items: obj(['source', 'target', 'events', 'types'], { source: str, target: str, events: { ...strings, description: 'Ids of the event groups joining them.' }, types: strings }) },
  }, 'Nodes are actors; an edge joins two actors of the same event.'),
  StoryPlaces: obj(['points', 'unplaced'], {
    points: { type: 'array', items: obj(['entity', 'name', 'lat', 'lon', 'kinds', 'count'], { entity: str, name: str, lat: { type: 'number' }, lon: { type: 'number' }, kinds: { type: 'array', items: { enum: ['event', 'dateline'] } }, count: int }) },
    unplaced: strings,
  }),
  EntityNames: { type: 'object', description: 'Entity id → { type, name, names per language }.', additionalProperties: obj(['type', 'name', 'names'], { type: str, name: str, names: { type: 'object', additionalProperties: strings } }) },
  SearchHit: obj(['itemId', 'source', 'index', 'title', 'lang', 'snippet', 'score'], { itemId: str, source: str, index: int, title: strOrNull, lang: strOrNull, snippet: str, score: { type: 'number' } }),
  IngestSummary: obj(['read', 'added', 'duplicates', 'items', 'failures', 'warnings'], {
    read: int, added: int, duplicates: int, items: int, skipped: int,
    failures: { type: 'array', items: obj(['source', 'messages'], { source: str, messages: { type: 'array', items: ref('Message') } }) },
    warnings: { type: 'array', items: ref('Message') },
  }),
};

const PATHS: Record<string, Record<string, Schema>> = {
  '/api/openapi.json': { get: { summary: 'This document.', responses: { 200: json({ type: 'object' }) } } },
  '/api/stories': {
    get: {
      summary: 'Stories, largest first, with optional filters.',
      parameters: [
        query('q', 'Full-text words: keep stories with an item matching them.'),
        query('lang', 'ISO 639-1 code: keep stories with an item in this language.'),
        query('from', 'ISO date or date-time: keep stories whose last item is at or after it.'),
        query('to', 'ISO date or date-time (a date means the end of that day): keep stories whose first item is at or before it.'),
        query('entity', 'Entity id such as gpe:JP: keep stories with an item mentioning it.'),
        query('source', 'Substring of an item source (path or URL), any case.'),
        ...page,
      ],
      responses: { 200: json(list('stories', ref('StorySummary'))), ...errors(400) },
    },
  },
  '/api/stories/{id}': {
    get: {
      summary: 'One story: a page of its items (in reading order) with marked spans, the merged timeline, the actor graph and map points.',
      parameters: [pathId('story'), ...page],
      responses: {
        200: json(obj(['story', 'itemPage', 'items', 'timeline', 'graph', 'places', 'entities'], { story: ref('StorySummary'), itemPage: obj(['total', 'offset', 'limit'], { total: int, offset: int, limit: int }), items: { type: 'array', items: ref('ItemView') }, timeline: { type: 'array', items: ref('EventGroup') }, graph: ref('ActorGraph'), places: ref('StoryPlaces'), entities: ref('EntityNames') })),
        ...errors(400, 404),
      },
    },
  },
  '/api/stories/{id}/items': {
    get: {
      summary: "A page of a story's items in reading order (publication time, else capture time), with the names of the entities they mention.",
      parameters: [pathId('story'), ...page],
      responses: { 200: json(obj(['story', 'total', 'offset', 'limit', 'items', 'entities'], { story: ref('StorySummary'), total: int, offset: int, limit: int, items: { type: 'array', items: ref('ItemView') }, entities: ref('EntityNames') })), ...errors(400, 404) },
    },
  },
  '/api/stories/{id}/events': {
    get: {
      summary: "A story's merged events (timeline), actor graph and map points, with the names of actors and places and the item id of each evidence sentence.",
      parameters: [pathId('story')],
      responses: {
        200: json(obj(['timeline', 'graph', 'places', 'entities', 'evidenceItems'], { timeline: { type: 'array', items: ref('EventGroup') }, graph: ref('ActorGraph'), places: ref('StoryPlaces'), entities: ref('EntityNames'), evidenceItems: { type: 'array', items: obj(['source', 'index', 'id'], { source: str, index: int, id: str }) } })),
        ...errors(404),
      },
    },
  },
  '/api/items': {
    get: { summary: 'Items in store order (document hash, then position), paged.', parameters: [...page], responses: { 200: json(list('items', ref('ItemSummary'))), ...errors(400) } },
  },
  '/api/items/{id}': {
    get: { summary: 'One item with its fields, messages, document record (with its hash), event mentions and stories.', parameters: [pathId('item')], responses: {
        200: json(obj(['item', 'fields', 'byline', 'messages', 'document', 'events', 'stories'], {
          item: ref('ItemView'),
          fields: obj(['captions', 'credits', 'sources', 'siteName'], { captions: strings, credits: strings, sources: strings, siteName: strOrNull }, 'Text extraction moved out of the body.'),
          byline: strOrNull,
          messages: { type: 'array', items: ref('Message'), description: "The document's messages, then the item's." },
          document: { type: ['object', 'null'], required: ['hash', 'source', 'mediaType', 'capturedAt', 'captureBasis', 'encoding', 'size'], properties: { hash: { type: 'string', description: '64 hex digits; DELETE /api/documents/{hash} takes it.' }, source: str, mediaType: str, capturedAt: str, captureBasis: { enum: ['option', 'stated', 'mtime', 'now'] }, encoding: str, size: int } },
          events: { type: 'array', items: ref('StoredEvent') },
          stories: { type: 'array', items: obj(['id', 'title'], { id: str, title: str }) },
        })),
        ...errors(404),
      },
    },
  },
  '/api/documents/{hash}': {
    delete: {
      summary: 'Delete a stored document with its items, their mentions and events, and entities no other item names; stories are recomputed. Needs the bearer token.',
      security: [{ bearer: [] }],
      parameters: [{ name: 'hash', in: 'path', required: true, description: 'The document hash: 64 hex digits (an item answers it as document.hash).', schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } }],
      responses: { 200: json(obj(['deleted', 'items', 'stories'], { deleted: str, items: strings, stories: { type: 'integer', description: 'Stories after recomputing.' } })), ...errors(400, 401, 403, 404) },
    },
  },
  '/api/entities': {
    get: {
      summary: 'Entities by descending mention count.',
      parameters: [query('type', 'Entity type (PER, ORG, GPE, LOC, FAC, EQUIPMENT, AGREEMENT, EVENT, MISC).'), query('q', 'Substring of any of its names.'), query('minMentions', 'Only entities with at least this many mentions.', { type: 'integer', minimum: 0 }), ...page],
      responses: { 200: json(list('entities', ref('Entity'))), ...errors(400) },
    },
  },
  '/api/entities/{id}': {
    get: { summary: 'One entity: names per language, its newest 100 mentions with context, its roles in the events of those items, mentions per publication period (day, month or year as the dates are known), the 50 related stories with most items naming it. The chart and stories count at most 2,000 of its items (a uniform sample, see `sample`).', parameters: [pathId('entity')], responses: {
        200: json(obj(['entity', 'items', 'sample', 'mentions', 'roles', 'timeline', 'undated', 'stories'], {
          entity: ref('Entity'),
          items: { type: 'integer', description: 'Items counted for timeline, undated and stories: every item mentioning it, unless sample is set.' },
          sample: { oneOf: [{ type: 'null' }, obj(['items'], { items: int })], description: 'Set when the entity is named in more than 2,000 items: the chart and stories count the first 2,000 in id order (ids begin with the document hash, so a uniform sample).' },
          roles: { type: 'array', items: obj(['role', 'type', 'count'], { role: { enum: ['agent', 'counterpart', 'target', 'place'] }, type: str, count: int }), description: 'Roles in the events of the items listed in mentions, most frequent first.' },
          mentions: { type: 'array', items: obj(['itemId', 'title', 'lang', 'published', 'count', 'contexts'], { itemId: str, title: strOrNull, lang: strOrNull, published: strOrNull, count: int, contexts: { type: 'array', items: obj(['before', 'text', 'after'], { before: str, text: str, after: str }) } }) },
          timeline: { type: 'array', items: obj(['date', 'count', 'items'], { date: str, count: int, items: int }) },
          undated: { type: 'integer', description: 'Mentions in items without a publication date.' },
          stories: { type: 'array', items: { ...STORY_SUMMARY, required: [...(STORY_SUMMARY.required as string[]), 'mentioning'], properties: { ...(STORY_SUMMARY.properties as Schema), mentioning: { type: 'integer', description: 'Items of the story that name the entity.' } } } },
        })),
        ...errors(404),
      },
    },
  },
  '/api/events': {
    get: { summary: 'Events merged across items and ordered by time, of one story or all (without a story only while the store holds at most 20,000 event mentions; else 400 story_required).', parameters: [query('story', 'Story id.'), ...page], responses: { 200: json(list('events', ref('EventGroup'))), ...errors(400, 404) } },
  },
  '/api/commitments': {
    get: {
      summary: 'Commitments (who pledged or announced what, by when) of one story, or of the whole store while it holds at most 2,000 items (else 400 story_required); with the evidence sentence, later reports on each and its status, as `dossier commitments`, by deadline (none last).',
      parameters: [query('story', 'Story id.'), ...page],
      responses: {
        200: json(obj(['total', 'offset', 'limit', 'commitments', 'entities'], {
          total: int, offset: int, limit: int,
          commitments: { type: 'array', items: obj(['parties', 'subject', 'deadline', 'status', 'basis', 'evidence', 'progress'], {
            parties: { ...strings, description: 'Entity ids of the committing parties (names in entities).' },
            subject: str,
            deadline: { oneOf: [{ type: 'null' }, obj(['date', 'precision', 'text'], { date: { type: 'string', description: 'ISO date to its precision; --MM or --MM-DD when open.' }, precision: PRECISION, text: str, open: { type: 'boolean' } })] },
            status: { enum: ['announced', 'due', 'under way', 'done', 'missed'] },
            basis: { enum: ['stated', 'reported', 'deadline-passed'] },
            evidence: obj(['itemId', 'source', 'item', 'sentence'], { itemId: str, source: str, item: int, sentence: str }),
            progress: { type: 'array', items: obj(['status', 'cue', 'itemId', 'source', 'item', 'sentence', 'published'], { status: { enum: ['under way', 'done', 'missed'] }, cue: str, itemId: str, source: str, item: int, sentence: str, published: strOrNull }) },
          }) },
          entities: ref('EntityNames'),
        })),
        ...errors(400, 404),
      },
    },
  },
  '/api/search': {
    get: { summary: 'Full-text search over titles and texts, best first.', parameters: [query('q', 'Words to look for.', { type: 'string' }, true), query('limit', 'At most this many hits (1–200, default 20).', { type: 'integer', minimum: 1, maximum: 200 })], responses: { 200: json(obj(['query', 'hits'], { query: str, hits: { type: 'array', items: ref('SearchHit') } })), ...errors(400) } },
  },
  '/api/map/world': {
    get: { summary: 'Country outlines (Natural Earth 1:110m via world-atlas) as SVG paths in an equirectangular projection, 720×360 units.', responses: { 200: json(obj(['width', 'height', 'countries'], { width: { type: 'number' }, height: { type: 'number' }, countries: { type: 'array', items: obj(['id', 'name', 'd', 'centroid'], { id: { ...strOrNull, description: 'ISO 3166-1 alpha-2, when known.' }, name: str, d: { type: 'string', description: 'SVG path data in map units.' }, centroid: { type: ['array', 'null'], items: { type: 'number' }, description: '[lon, lat] of the largest polygon.' } }) } })) } },
  },
  '/api/ingest': {
    post: {
      summary: 'Store captures: multipart "file" fields (.html, .htm, .xhtml, .txt, .jsonl, .ndjson) or a JSONL body. Needs the bearer token.',
      security: [{ bearer: [] }],
      parameters: [query('capturedAt', 'Capture time of every upload (ISO 8601); default each file\'s own or now.')],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } } } } },
          'application/x-ndjson': { schema: { type: 'string', description: 'One JSON object per line: {"text": …, "title"?, "lang"?, "published"?, "url"?, "id"?}.' } },
        },
      },
      responses: { 200: json(ref('IngestSummary')), ...errors(400, 401, 403, 413, 415) },
    },
  },
};

/** The OpenAPI 3.1 document of the API. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Dossier API', version: '0.1.0', description: 'Stories, items, events and entities of a Dossier store. Reads are open; writes need `Authorization: Bearer $DOSSIER_TOKEN`.' },
    paths: PATHS,
    components: { schemas: SCHEMAS, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
