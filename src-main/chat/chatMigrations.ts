// Conversations and messages (versions 100–199). Messages are append-only with client-minted UUIDs so that the
// conversation extension of the home server can sync them without merges (protocol §7).
import type { Migration } from '../store/Migration';

export const chatMigrations: readonly Migration[] = [
  {
    version: 100,
    name: 'chat: conversations, messages, message full-text index',
    up(db) {
      db.exec(`
        CREATE TABLE conversations (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          -- Metadata resolves last-writer-wins by version when synced; deleted conversations stay as tombstones.
          version TEXT NOT NULL,
          deleted INTEGER NOT NULL DEFAULT 0,
          pending INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX conversations_recent ON conversations (deleted, updated_at DESC);

        CREATE TABLE messages (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          conversation_id TEXT NOT NULL REFERENCES conversations (id),
          role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
          text TEXT NOT NULL,
          created_at TEXT NOT NULL,
          envelope TEXT,
          pending INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX messages_by_conversation ON messages (conversation_id, seq);

        CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
          INSERT INTO messages_fts (rowid, text) VALUES (new.seq, new.text);
        END;
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
          INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.seq, old.text);
        END;
      `);
    },
  },
  {
    version: 101,
    name: 'chat: conversation owner (guests see only their own)',
    up(db) {
      // Existing conversations belong to the household (NULL owner): visible to admins and users, never to guests.
      db.exec('ALTER TABLE conversations ADD COLUMN owner TEXT');
    },
  },
  {
    // 110, not 101: leaves room for other chat changes being made at the same time.
    version: 110,
    name: 'chat: message tree (parent ids, active branch), maintained message count, pinned and archived',
    up(db) {
      db.exec(`
        ALTER TABLE messages ADD COLUMN parent_id TEXT;
        -- Existing conversations were linear: each message's parent is the one before it.
        UPDATE messages SET parent_id = (
          SELECT p.id FROM messages p WHERE p.conversation_id = messages.conversation_id AND p.seq < messages.seq ORDER BY p.seq DESC LIMIT 1
        );
        CREATE INDEX messages_by_parent ON messages (conversation_id, parent_id, seq);

        ALTER TABLE conversations ADD COLUMN message_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE conversations ADD COLUMN active_leaf_id TEXT;
        ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE conversations ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
        UPDATE conversations SET
          message_count = (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = conversations.id),
          active_leaf_id = (SELECT m.id FROM messages m WHERE m.conversation_id = conversations.id ORDER BY m.seq DESC LIMIT 1);
      `);
    },
  },
  {
    version: 120,
    name: 'chat: message tombstones (deleted_at) instead of hard deletes, so conversation sync can propagate deletes',
    up(db) {
      db.exec(`
        ALTER TABLE messages ADD COLUMN deleted_at TEXT;
        -- A tombstone leaves the search index; its row (id, conversation, deleted_at) stays for sync.
        CREATE TRIGGER messages_fts_tombstone AFTER UPDATE OF deleted_at ON messages
          WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL BEGIN
          INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.seq, old.text);
        END;
        DROP TRIGGER messages_fts_delete;
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages WHEN old.deleted_at IS NULL BEGIN
          INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.seq, old.text);
        END;
      `);
    },
  },
  {
    // 140: leaves room for the chat changes made beside this one (sync).
    version: 140,
    name: 'chat: per-conversation system prompt (persona) and model',
    up(db) {
      db.exec(`
        ALTER TABLE conversations ADD COLUMN system_prompt TEXT;
        ALTER TABLE conversations ADD COLUMN model TEXT;
      `);
    },
  },
  {
    version: 150,
    name: 'chat: rolling summary of the older turns the model no longer sees',
    up(db) {
      // Derived locally from the messages (never synced): the extractive points as JSON, and the newest message they
      // cover, so the next update only reads the messages that dropped out of the model's window since.
      db.exec(`
        CREATE TABLE conversation_summaries (
          conversation_id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
          points TEXT NOT NULL,
          covered_through_id TEXT NOT NULL,
          covered_count INTEGER NOT NULL,
          updated_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 151,
    name: 'chat: entities each conversation mentions (topic chips)',
    up(db) {
      // Maintained by triggers, so every way a message arrives (a turn, an import, a synced message from another
      // client) counts its reply's citations, and a tombstoned message (delete, /clear) takes its counts back.
      // The name is the one cited at the time: a chip stays readable after the entity is renamed or deleted.
      db.exec(`
        CREATE TABLE conversation_entities (
          conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
          entity_id TEXT NOT NULL,
          name TEXT NOT NULL,
          entity_type TEXT NOT NULL,
          mentions INTEGER NOT NULL,
          last_mentioned_at TEXT NOT NULL,
          PRIMARY KEY (conversation_id, entity_id)
        ) WITHOUT ROWID;
        CREATE TRIGGER conversation_entities_on_insert AFTER INSERT ON messages
        WHEN NEW.envelope IS NOT NULL AND NEW.deleted_at IS NULL AND json_valid(NEW.envelope)
        BEGIN
          INSERT INTO conversation_entities (conversation_id, entity_id, name, entity_type, mentions, last_mentioned_at)
          SELECT NEW.conversation_id, json_extract(c.value, '$.entity_id'), json_extract(c.value, '$.name'), json_extract(c.value, '$.entity_type'), 1, NEW.created_at
          FROM json_each(NEW.envelope, '$.citations') c
          WHERE json_extract(c.value, '$.entity_id') IS NOT NULL AND json_extract(c.value, '$.name') IS NOT NULL AND json_extract(c.value, '$.entity_type') IS NOT NULL
          ON CONFLICT (conversation_id, entity_id) DO UPDATE SET
            mentions = mentions + 1, name = excluded.name, last_mentioned_at = max(last_mentioned_at, excluded.last_mentioned_at);
        END;
        CREATE TRIGGER conversation_entities_on_tombstone AFTER UPDATE OF deleted_at ON messages
        WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL AND OLD.envelope IS NOT NULL AND json_valid(OLD.envelope)
        BEGIN
          UPDATE conversation_entities SET mentions = mentions - 1
          WHERE conversation_id = OLD.conversation_id AND entity_id IN (SELECT json_extract(value, '$.entity_id') FROM json_each(OLD.envelope, '$.citations'));
          DELETE FROM conversation_entities WHERE conversation_id = OLD.conversation_id AND mentions <= 0;
        END;
        -- Conversations that exist already get their chips from their stored replies.
        INSERT INTO conversation_entities (conversation_id, entity_id, name, entity_type, mentions, last_mentioned_at)
        SELECT m.conversation_id, json_extract(c.value, '$.entity_id'), max(json_extract(c.value, '$.name')), max(json_extract(c.value, '$.entity_type')), count(*), max(m.created_at)
        FROM messages m, json_each(m.envelope, '$.citations') c
        WHERE m.envelope IS NOT NULL AND m.deleted_at IS NULL AND json_valid(m.envelope)
          AND json_extract(c.value, '$.entity_id') IS NOT NULL AND json_extract(c.value, '$.name') IS NOT NULL AND json_extract(c.value, '$.entity_type') IS NOT NULL
        GROUP BY m.conversation_id, json_extract(c.value, '$.entity_id');
      `);
    },
  },
];
