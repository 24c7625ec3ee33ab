/**
 * The PostgreSQL schema, as migrations. Scalars live in columns, structured parts as jsonb.
 * Ids use the "C" collation so they sort by code point, as on SQLite. Full-text search uses a
 * generated `tsvector` (config 'simple': no stemming, so it serves every language alike) with
 * the title weighted A and the text D, under a GIN index. Entity names are merged in SQL by
 * `dossier_merge_names`, so a whole document is stored by one statement.
 */
import type { Migration } from '../migration.js';

const initial = `
CREATE TABLE documents (
  hash text COLLATE "C" PRIMARY KEY,
  source text NOT NULL,
  media_type text NOT NULL,
  url text,
  captured_at text NOT NULL,
  capture_basis text NOT NULL,
  encoding text NOT NULL,
  size bigint NOT NULL CHECK (size >= 0),
  messages jsonb NOT NULL
);

CREATE TABLE items (
  id text COLLATE "C" PRIMARY KEY,
  document_hash text COLLATE "C" NOT NULL REFERENCES documents (hash) ON DELETE CASCADE,
  idx integer NOT NULL CHECK (idx >= 0),
  source text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('article', 'brief')),
  title text,
  text text NOT NULL,
  url text,
  given_id text,
  byline text,
  captured_at text NOT NULL,
  declared_lang text,
  lang text,
  published_date text,
  published_precision text,
  published_basis text,
  dateline jsonb,
  fields jsonb NOT NULL,
  date_candidates jsonb NOT NULL,
  lang_label jsonb,
  published jsonb,
  times jsonb NOT NULL,
  messages jsonb NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', text), 'D')
  ) STORED,
  UNIQUE (document_hash, idx)
);
CREATE INDEX items_search ON items USING gin (search);
CREATE INDEX items_lang ON items (lang);
CREATE INDEX items_published ON items (published_date);

CREATE TABLE entities (
  id text COLLATE "C" PRIMARY KEY,
  type text NOT NULL,
  name text NOT NULL,
  names jsonb NOT NULL,
  geo jsonb
);
CREATE INDEX entities_type ON entities (type);

CREATE TABLE mentions (
  item_id text COLLATE "C" NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  n integer NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  text text NOT NULL,
  type text NOT NULL,
  entity_id text COLLATE "C" NOT NULL,
  provenance jsonb NOT NULL,
  PRIMARY KEY (item_id, n)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE events (
  id text COLLATE "C" PRIMARY KEY,
  item_id text COLLATE "C" NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  n integer NOT NULL,
  type text NOT NULL,
  actors jsonb NOT NULL,
  place text,
  "time" jsonb,
  modality text NOT NULL,
  sentence text NOT NULL,
  start integer NOT NULL,
  provenance jsonb NOT NULL,
  UNIQUE (item_id, n)
);

CREATE TABLE stories (
  id text COLLATE "C" PRIMARY KEY,
  title text NOT NULL,
  languages jsonb NOT NULL,
  first text,
  last text,
  last_ms double precision,
  size integer NOT NULL
);
CREATE TABLE story_items (
  story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  n integer NOT NULL,
  item_id text COLLATE "C" NOT NULL REFERENCES items (id),
  PRIMARY KEY (story_id, n)
);
CREATE INDEX story_items_item ON story_items (item_id);

-- The union of two per-language name maps, each list sorted by code point without duplicates
-- (the rules of src/store/entity-merge.ts, which SQLite uses).
CREATE FUNCTION dossier_merge_names(a jsonb, b jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_object_agg(lang, names), '{}'::jsonb)
  FROM (
    SELECT lang, coalesce(jsonb_agg(DISTINCT name ORDER BY name) FILTER (WHERE name IS NOT NULL), '[]'::jsonb) AS names
    FROM (
      SELECT l.key AS lang, n.value COLLATE "C" AS name
      FROM (SELECT * FROM jsonb_each(coalesce(a, '{}'::jsonb)) UNION ALL SELECT * FROM jsonb_each(coalesce(b, '{}'::jsonb))) l
      LEFT JOIN LATERAL jsonb_array_elements_text(l.value) n (value) ON true
    ) pairs
    GROUP BY lang
  ) per_lang
$$;
`;

/** The PostgreSQL migrations, in order. Append new ones; never edit a released one. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: initial },
  // What extraction left out of each item (Item.dropped), as jsonb; NULL for items stored before.
  { version: 2, name: 'items.dropped', sql: 'ALTER TABLE items ADD COLUMN dropped jsonb;' },
  // Search ranks only the newest SEARCH_RANKED_MATCHES matches of a common word, newest by capture
  // time: this index lets the planner walk items newest first and stop once it has them, instead of
  // reading and sorting every match. items_id_period: as on SQLite, an entity's mentions over time
  // read the publication period of each item from the index alone.
  {
    version: 3,
    name: 'items_captured and items_id_period indexes',
    sql: 'CREATE INDEX items_captured ON items ((captured_at COLLATE "C"), id); CREATE INDEX items_id_period ON items (id) INCLUDE (published_date, published_precision);',
  },
];
