// The local graph cache, shaped like the home server's tables (Inbetweenies v2 §1–§2). Versions 1–99 belong to the graph.
import type { Migration } from './Migration';

export const graphMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'graph: entity versions, current pointer, relationships, meta, full-text index',
    up(db) {
      db.exec(`
        -- Every version ever seen, immutable except for the pending flag (1 = local edit not yet acked by a server).
        CREATE TABLE entity_versions (
          id TEXT NOT NULL,
          version TEXT NOT NULL,
          entity_type TEXT NOT NULL,
          name TEXT NOT NULL,
          content TEXT NOT NULL,
          source_type TEXT NOT NULL,
          user_id TEXT NOT NULL,
          parent_versions TEXT NOT NULL,
          checksum TEXT,
          pending INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (id, version)
        ) WITHOUT ROWID;
        CREATE INDEX entity_versions_pending ON entity_versions (pending) WHERE pending = 1;

        -- One row per id: the lexically greatest version. seq doubles as the rowid of entity_fts, so keeping the
        -- index in step is a rowid delete + insert instead of a scan.
        CREATE TABLE entity_current (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          version TEXT NOT NULL,
          entity_type TEXT NOT NULL,
          deleted INTEGER NOT NULL,
          FOREIGN KEY (id, version) REFERENCES entity_versions (id, version)
        );
        CREATE INDEX entity_current_type ON entity_current (entity_type, deleted);

        -- Edges are not versioned on the wire: a re-sent id updates in place. Endpoints are not foreign keys because
        -- the server hands out edges whose pins (and sometimes endpoints) we have not pulled yet.
        CREATE TABLE relationships (
          id TEXT PRIMARY KEY,
          from_id TEXT NOT NULL,
          from_version TEXT NOT NULL,
          to_id TEXT NOT NULL,
          to_version TEXT NOT NULL,
          type TEXT NOT NULL,
          properties TEXT NOT NULL,
          pending INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX relationships_from ON relationships (from_id, type);
        CREATE INDEX relationships_to ON relationships (to_id, type);
        CREATE INDEX relationships_pending ON relationships (pending) WHERE pending = 1;

        CREATE TABLE graph_meta (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        );

        -- Current, non-deleted entities only; body is the flattened text of content (see flattenContent.ts).
        CREATE VIRTUAL TABLE entity_fts USING fts5 (name, body, tokenize = 'unicode61 remove_diacritics 2');
      `);
    },
  },
];
