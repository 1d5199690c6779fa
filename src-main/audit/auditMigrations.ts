// The audit log's table (versions 210–219; approvals own 200–209). Append-only by construction: the code only ever
// INSERTs, and triggers make an UPDATE or DELETE fail loudly, so a bug or a stray statement cannot rewrite history.
import type { Migration } from '../store/Migration';

// The two statements below are shared by migrations 210 and 211 (211 rebuilds the table to widen its CHECK, which drops
// the indexes and triggers with the old table). They are part of migrations already run on people's machines: never
// edit them; a change to the table is a new migration.

/** The audit_log table, named `table`, whose kind may be one of `kinds`. */
const auditLogTable = (table: string, kinds: readonly string[]): string => `
        CREATE TABLE ${table} (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          at TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN (${kinds.map((kind) => `'${kind}'`).join(', ')})),
          correlation_id TEXT NOT NULL,
          proposal_id TEXT,
          actor TEXT NOT NULL,
          proposer TEXT,
          tool TEXT,
          arguments TEXT NOT NULL,
          result TEXT NOT NULL,
          message TEXT NOT NULL
        );
`;

/** Its indexes, and the triggers that make an UPDATE or DELETE fail loudly. */
const AUDIT_LOG_INDEXES_AND_TRIGGERS = `
        CREATE INDEX audit_log_proposal ON audit_log (proposal_id, seq);
        CREATE INDEX audit_log_kind ON audit_log (kind, seq);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;

export const auditMigrations: readonly Migration[] = [
  {
    version: 210,
    name: 'audit: append-only log of proposals, decisions, executions and failures',
    up(db) {
      db.exec(auditLogTable('audit_log', ['proposal', 'decision', 'execution', 'failure']) + AUDIT_LOG_INDEXES_AND_TRIGGERS);
    },
  },
  {
    version: 211,
    name: 'audit: imports and remembered-rule changes are audited too',
    up(db) {
      // SQLite cannot widen a CHECK in place: copy into a new table (the triggers only guard UPDATE and DELETE).
      db.exec(auditLogTable('audit_log_next', ['proposal', 'decision', 'execution', 'failure', 'import', 'rule']));
      db.exec(`
        INSERT INTO audit_log_next SELECT * FROM audit_log;
        DROP TABLE audit_log;
        ALTER TABLE audit_log_next RENAME TO audit_log;
      `);
      db.exec(AUDIT_LOG_INDEXES_AND_TRIGGERS);
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
