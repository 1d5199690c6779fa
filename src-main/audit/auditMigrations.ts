// The audit log's table (versions 210–219; approvals own 200–209). Append-only by construction: the code only ever
// INSERTs, and triggers make an UPDATE or DELETE fail loudly, so a bug or a stray statement cannot rewrite history.
import type { Migration } from '../store/Migration';

export const auditMigrations: readonly Migration[] = [
  {
    version: 210,
    name: 'audit: append-only log of proposals, decisions, executions and failures',
    up(db) {
      db.exec(`
        CREATE TABLE audit_log (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          at TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('proposal', 'decision', 'execution', 'failure')),
          correlation_id TEXT NOT NULL,
          proposal_id TEXT,
          actor TEXT NOT NULL,
          proposer TEXT,
          tool TEXT,
          arguments TEXT NOT NULL,
          result TEXT NOT NULL,
          message TEXT NOT NULL
        );
        CREATE INDEX audit_log_proposal ON audit_log (proposal_id, seq);
        CREATE INDEX audit_log_kind ON audit_log (kind, seq);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      `);
    },
  },
  {
    version: 211,
    name: 'audit: imports and remembered-rule changes are audited too',
    up(db) {
      // SQLite cannot widen a CHECK in place: copy into a new table (the triggers only guard UPDATE and DELETE).
      db.exec(`
        CREATE TABLE audit_log_next (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          at TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('proposal', 'decision', 'execution', 'failure', 'import', 'rule')),
          correlation_id TEXT NOT NULL,
          proposal_id TEXT,
          actor TEXT NOT NULL,
          proposer TEXT,
          tool TEXT,
          arguments TEXT NOT NULL,
          result TEXT NOT NULL,
          message TEXT NOT NULL
        );
        INSERT INTO audit_log_next SELECT * FROM audit_log;
        DROP TABLE audit_log;
        ALTER TABLE audit_log_next RENAME TO audit_log;
        CREATE INDEX audit_log_proposal ON audit_log (proposal_id, seq);
        CREATE INDEX audit_log_kind ON audit_log (kind, seq);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      `);
    },
  },
  {
    // 215: the number issue #11's sync work was given.
    version: 215,
    name: 'audit: which entries the home server already has (pushed and acked, or pulled from it)',
    up(db) {
      // A side table: audit_log itself refuses updates, so "synced" cannot be a column there.
      db.exec(`
        CREATE TABLE audit_synced (id TEXT PRIMARY KEY) WITHOUT ROWID;
      `);
    },
  },
];
