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
  {
    version: 2,
    name: 'graph: server head and local head per entity, edge revisions, change log, sync state, conflicts',
    up(db) {
      db.exec(`
        -- entity_current.version stays the version reads show (local head over server head), so every read path
        -- keeps one join. server_version is what the server says is current (NULL: never synced, e.g. a new local
        -- entity); local_version a pending edit on top of base_version (the server head it was made on).
        -- local_seq orders pending edits (the change_log seq of the write).
        ALTER TABLE entity_current ADD COLUMN server_version TEXT;
        ALTER TABLE entity_current ADD COLUMN local_version TEXT;
        ALTER TABLE entity_current ADD COLUMN base_version TEXT;
        ALTER TABLE entity_current ADD COLUMN local_seq INTEGER;
        UPDATE entity_current SET server_version = (
          SELECT MAX(v.version) FROM entity_versions v WHERE v.id = entity_current.id AND v.pending = 0
        );
        UPDATE entity_current SET local_version = version, base_version = server_version, local_seq = seq
          WHERE EXISTS (SELECT 1 FROM entity_versions v WHERE v.id = entity_current.id AND v.version = entity_current.version AND v.pending = 1);
        -- entity_versions.pending now means "is some id's local head": older pending versions were superseded.
        UPDATE entity_versions SET pending = 0 WHERE pending = 1
          AND NOT EXISTS (SELECT 1 FROM entity_current c WHERE c.id = entity_versions.id AND c.local_version = entity_versions.version);
        CREATE INDEX entity_current_local ON entity_current (local_seq) WHERE local_version IS NOT NULL;

        -- Grows on every local write of the edge, so an ack clears only the revision that was pushed.
        ALTER TABLE relationships ADD COLUMN local_rev INTEGER NOT NULL DEFAULT 0;
        UPDATE relationships SET local_rev = 1 WHERE pending = 1;

        -- One row per committed graph change, written in the same transaction. origin tells one connection's writes
        -- from another process's (PRAGMA data_version says "someone wrote", this says what).
        CREATE TABLE change_log (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          source TEXT NOT NULL CHECK (source IN ('local', 'remote', 'import')),
          origin TEXT NOT NULL,
          entity_ids TEXT NOT NULL,
          relationship_ids TEXT NOT NULL,
          at TEXT NOT NULL
        );

        CREATE TABLE sync_state (
          server_id TEXT PRIMARY KEY,
          cursor TEXT,
          server_time TEXT,
          last_digest TEXT,
          last_digest_matched INTEGER,
          last_sync_at TEXT
        );

        -- The server's answers to our pushes that it resolved against another version.
        CREATE TABLE conflicts (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          server_id TEXT NOT NULL,
          entity_id TEXT NOT NULL,
          entity_name TEXT NOT NULL,
          local_version TEXT NOT NULL,
          remote_version TEXT NOT NULL,
          winner TEXT NOT NULL CHECK (winner IN ('local', 'remote')),
          strategy TEXT NOT NULL,
          recorded_at TEXT NOT NULL,
          resolved_at TEXT,
          UNIQUE (server_id, entity_id, local_version, remote_version)
        );
        CREATE INDEX conflicts_open ON conflicts (entity_id) WHERE resolved_at IS NULL;
      `);
    },
  },
];
