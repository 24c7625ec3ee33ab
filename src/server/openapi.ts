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

const SCHEMAS: Record<string, Schema> = {
  Error: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string', description: 'Stable code, e.g. bad_parameter.' }, message: { type: 'string' } } },
  StorySummary: {
    type: 'object',
    required: ['id', 'title', 'languages', 'first', 'last', 'size'],
    properties: { id: { type: 'string' }, title: { type: 'string' }, languages: { type: 'array', items: { type: 'string' } }, first: { type: ['string', 'null'] }, last: { type: ['string', 'null'] }, size: { type: 'integer' } },
  },
  Span: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, kind: { enum: ['mention', 'evidence'] }, ref: { type: 'string' }, label: { type: 'string' } } },
  ItemView: {
    type: 'object',
    description: 'An item with the spans to mark in its body (offsets into `text`).',
    properties: { id: { type: 'string' }, source: { type: 'string' }, index: { type: 'integer' }, kind: { enum: ['article', 'brief'] }, title: { type: ['string', 'null'] }, text: { type: 'string' }, lang: { type: ['string', 'null'] }, published: { type: ['object', 'null'] }, capturedAt: { type: 'string' }, dateline: { type: ['object', 'null'] }, spans: { type: 'array', items: ref('Span') } },
  },
  EventGroup: {
    type: 'object',
    description: 'One real event merged from every sentence that reports it.',
    properties: { id: { type: 'string' }, type: { type: 'string' }, actors: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } }, place: { type: ['string', 'null'] }, time: { type: ['object', 'null'], properties: { date: { type: 'string' }, precision: { enum: ['minute', 'hour', 'day', 'month', 'year'] } } }, modality: { enum: ['happened', 'planned', 'reported', 'negated'] }, evidence: { type: 'array', items: { type: 'object' } } },
  },
  Entity: { type: 'object', properties: { id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' }, names: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } }, geo: { type: 'object', properties: { lat: { type: 'number' }, lon: { type: 'number' } } }, mentions: { type: 'integer' } } },
  ItemSummary: { type: 'object', properties: { id: { type: 'string' }, source: { type: 'string' }, index: { type: 'integer' }, kind: { enum: ['article', 'brief'] }, title: { type: ['string', 'null'] }, lang: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, capturedAt: { type: 'string' } } },
  ActorGraph: { type: 'object', description: 'Nodes are actors; an edge joins two actors of the same event.', properties: { nodes: { type: 'array' }, edges: { type: 'array' } } },
  StoryPlaces: { type: 'object', properties: { points: { type: 'array', description: 'Places with lat/lon, kinds (event, dateline) and counts.' }, unplaced: { type: 'array', items: { type: 'string' } } } },
  EntityNames: { type: 'object', description: 'Entity id → { type, name, names per language }.', additionalProperties: { type: 'object' } },
  SearchHit: { type: 'object', properties: { itemId: { type: 'string' }, source: { type: 'string' }, index: { type: 'integer' }, title: { type: ['string', 'null'] }, lang: { type: ['string', 'null'] }, snippet: { type: 'string' }, score: { type: 'number' } } },
  IngestSummary: { type: 'object', properties: { read: { type: 'integer' }, added: { type: 'integer' }, duplicates: { type: 'integer' }, items: { type: 'integer' }, skipped: { type: 'integer' }, failures: { type: 'array', items: { type: 'object' } }, warnings: { type: 'array', items: { type: 'object' } } } },
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
        200: json({ type: 'object', properties: { story: ref('StorySummary'), itemPage: { type: 'object', properties: { total: { type: 'integer' }, offset: { type: 'integer' }, limit: { type: 'integer' } } }, items: { type: 'array', items: ref('ItemView') }, timeline: { type: 'array', items: ref('EventGroup') }, graph: ref('ActorGraph'), places: ref('StoryPlaces'), entities: ref('EntityNames') } }),
        ...errors(400, 404),
      },
    },
  },
  '/api/stories/{id}/items': {
    get: {
      summary: "A page of a story's items in reading order (publication time, else capture time), with the names of the entities they mention.",
      parameters: [pathId('story'), ...page],
      responses: { 200: json({ ...list('items', ref('ItemView')), properties: { ...(list('items', ref('ItemView')).properties as Schema), story: ref('StorySummary'), entities: ref('EntityNames') } }), ...errors(400, 404) },
    },
  },
  '/api/stories/{id}/events': {
    get: {
      summary: "A story's merged events (timeline), actor graph and map points, with the names of actors and places and the item id of each evidence sentence.",
      parameters: [pathId('story')],
      responses: {
        200: json({ type: 'object', properties: { timeline: { type: 'array', items: ref('EventGroup') }, graph: ref('ActorGraph'), places: ref('StoryPlaces'), entities: ref('EntityNames'), evidenceItems: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, index: { type: 'integer' }, id: { type: 'string' } } } } } }),
        ...errors(404),
      },
    },
  },
  '/api/items': {
    get: { summary: 'Items in store order (document hash, then position), paged.', parameters: [...page], responses: { 200: json(list('items', ref('ItemSummary'))), ...errors(400) } },
  },
  '/api/items/{id}': {
    get: { summary: 'One item with its fields, messages, document record (with its hash), event mentions and stories.', parameters: [pathId('item')], responses: { 200: json({ type: 'object', properties: { item: ref('ItemView') } }), ...errors(404) } },
  },
  '/api/documents/{hash}': {
    delete: {
      summary: 'Delete a stored document with its items, their mentions and events, and entities no other item names; stories are recomputed. Needs the bearer token.',
      security: [{ bearer: [] }],
      parameters: [{ name: 'hash', in: 'path', required: true, description: 'The document hash: 64 hex digits (an item answers it as document.hash).', schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } }],
      responses: { 200: json({ type: 'object', properties: { deleted: { type: 'string' }, items: { type: 'array', items: { type: 'string' } }, stories: { type: 'integer', description: 'Stories after recomputing.' } } }), ...errors(400, 401, 403, 404) },
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
    get: { summary: 'One entity: names per language, its newest mentions with context, mentions per publication period (day, month or year as the dates are known), related stories.', parameters: [pathId('entity')], responses: { 200: json({ type: 'object', properties: { entity: ref('Entity'), items: { type: 'integer' }, mentions: { type: 'array' }, timeline: { type: 'array', items: { type: 'object', properties: { date: { type: 'string' }, count: { type: 'integer' }, items: { type: 'integer' } } } }, undated: { type: 'integer', description: 'Mentions in items without a publication date.' }, stories: { type: 'array', items: ref('StorySummary') } } }), ...errors(404) } },
  },
  '/api/events': {
    get: { summary: 'Events merged across items and ordered by time, of one story or all (without a story only while the store holds at most 20,000 event mentions; else 400 story_required).', parameters: [query('story', 'Story id.'), ...page], responses: { 200: json(list('events', ref('EventGroup'))), ...errors(400, 404) } },
  },
  '/api/search': {
    get: { summary: 'Full-text search over titles and texts, best first.', parameters: [query('q', 'Words to look for.', { type: 'string' }, true), query('limit', 'At most this many hits (1–200, default 20).', { type: 'integer', minimum: 1, maximum: 200 })], responses: { 200: json({ type: 'object', properties: { query: { type: 'string' }, hits: { type: 'array', items: ref('SearchHit') } } }), ...errors(400) } },
  },
  '/api/map/world': {
    get: { summary: 'Country outlines (Natural Earth 1:110m via world-atlas) as SVG paths in an equirectangular projection, 720×360 units.', responses: { 200: json({ type: 'object', properties: { width: { type: 'number' }, height: { type: 'number' }, countries: { type: 'array' } } }) } },
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
