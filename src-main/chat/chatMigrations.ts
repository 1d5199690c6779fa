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
];
