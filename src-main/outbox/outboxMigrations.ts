// The offline queue's table (versions 400–499). One row per queued item, keyed by the client-minted UUID so a
// re-send after a crash is a no-op; `seq` keeps the queue's order (oldest first) independent of clocks.
import type { Migration } from '../store/Migration';

export const outboxMigrations: readonly Migration[] = [
  {
    version: 400,
    name: 'outbox: durable offline queue (client UUID, kind, payload, attempts, last error, expiry, status)',
    up(db) {
      db.exec(`
        CREATE TABLE outbox_items (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          kind TEXT NOT NULL CHECK (kind IN ('entity_change', 'message', 'pending_action', 'conversation')),
          payload TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('queued', 'parked', 'done', 'expired', 'discarded')),
          attempts INTEGER NOT NULL DEFAULT 0,
          last_error TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          expires_at TEXT
        );
        CREATE INDEX outbox_items_by_kind_status ON outbox_items (kind, status, seq);
        CREATE INDEX outbox_items_by_status ON outbox_items (status, seq);
      `);
    },
  },
  {
    version: 410,
    name: 'outbox: index finished items by last update, for retention',
    up(db) {
      db.exec(`CREATE INDEX outbox_items_finished ON outbox_items (updated_at) WHERE status IN ('done', 'discarded', 'expired');`);
    },
  },
];
