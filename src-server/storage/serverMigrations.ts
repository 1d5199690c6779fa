// The home server's schema, one script per dialect (JSON is kept as TEXT in both, flags as 0/1 integers, times as
// epoch milliseconds), so one set of queries serves SQLite and PostgreSQL.
import type { SqlMigration } from '../../src-node-shared/sql/runMigrations';

const graph = (autoId: string): string => `
  CREATE TABLE sync_counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
  INSERT INTO sync_counters (name, value) VALUES ('graph', 0), ('chat', 0);

  -- Immutable entity versions. The latest version of an id carries is_latest = 1 and the sequence number (cursor)
  -- of the moment it became latest; older versions and conflict losers keep seq NULL.
  CREATE TABLE entity_versions (
    id TEXT NOT NULL,
    version TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    name TEXT NOT NULL,
    content TEXT NOT NULL,
    source_type TEXT NOT NULL,
    user_id TEXT NOT NULL,
    parent_versions TEXT NOT NULL,
    is_private INTEGER NOT NULL DEFAULT 0,
    is_deleted INTEGER NOT NULL DEFAULT 0,
    is_latest INTEGER NOT NULL DEFAULT 0,
    seq BIGINT,
    received_at_ms BIGINT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    PRIMARY KEY (id, version)
  );
  CREATE UNIQUE INDEX entity_versions_latest ON entity_versions (id) WHERE is_latest = 1;
  CREATE INDEX entity_versions_seq ON entity_versions (seq) WHERE is_latest = 1;

  -- Edges are not versioned: a re-sent id updates in place and takes a new sequence number.
  CREATE TABLE relationships (
    id TEXT PRIMARY KEY,
    from_entity_id TEXT NOT NULL,
    from_entity_version TEXT NOT NULL,
    to_entity_id TEXT NOT NULL,
    to_entity_version TEXT NOT NULL,
    relationship_type TEXT NOT NULL,
    properties TEXT NOT NULL,
    seq BIGINT NOT NULL,
    updated_at_ms BIGINT NOT NULL
  );
  CREATE INDEX relationships_seq ON relationships (seq);
  CREATE INDEX relationships_from ON relationships (from_entity_id);
  CREATE INDEX relationships_to ON relationships (to_entity_id);

  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    password_hash TEXT,
    created_at_ms BIGINT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE guest_tokens (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    redeemed_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    redeemed_at_ms BIGINT
  );

  -- Conversation extension (docs/protocol-conversations.md). One 'chat' sequence orders every row for cursors.
  CREATE TABLE chat_conversations (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL,
    title TEXT NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    shared_with TEXT NOT NULL DEFAULT '[]',
    version TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL
  );
  CREATE INDEX chat_conversations_seq ON chat_conversations (seq);
  CREATE INDEX chat_conversations_owner ON chat_conversations (owner_id);
  CREATE TABLE chat_conversation_members (
    conversation_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
  );
  CREATE INDEX chat_members_user ON chat_conversation_members (user_id);
  CREATE TABLE chat_messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    author_id TEXT NOT NULL,
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    envelope TEXT,
    created_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    seq BIGINT NOT NULL
  );
  CREATE INDEX chat_messages_seq ON chat_messages (seq);
  CREATE INDEX chat_messages_conversation ON chat_messages (conversation_id, created_at);
  CREATE TABLE chat_records (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    version TEXT NOT NULL,
    body TEXT NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (kind, owner_id, id)
  );
  CREATE INDEX chat_records_seq ON chat_records (seq);
  CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  INSERT INTO server_meta (key, value) VALUES ('schema', '${autoId}');
`;

// The message tree link (chatRows.ts: NULL = not sent, '' = a root message). Server migrations count on their own (1, 2, …).
const messageParent = 'ALTER TABLE chat_messages ADD COLUMN parent_id TEXT;';

export const serverMigrations: readonly SqlMigration[] = [
  { version: 1, name: 'graph, auth and conversation tables', sql: { sqlite: graph('sqlite'), postgres: graph('postgres') } },
  { version: 2, name: 'conversation extension: message parent (the message tree syncs)', sql: { sqlite: messageParent, postgres: messageParent } },
];
