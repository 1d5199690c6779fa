// Action proposals and remembered "always allow" rules (versions 200–209; the audit log owns 210–219).
// Proposals are mutable workflow rows (pending → executed, …); the immutable history lives in the audit log.
import type { Migration } from '../store/Migration';

export const approvalMigrations: readonly Migration[] = [
  {
    version: 200,
    name: 'approvals: proposals and remembered tier-2 rules',
    up(db) {
      db.exec(`
        CREATE TABLE action_proposals (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          conversation_id TEXT,
          correlation_id TEXT NOT NULL,
          requested_by TEXT NOT NULL,
          proposer TEXT NOT NULL,
          tool TEXT NOT NULL,
          tier INTEGER NOT NULL CHECK (tier IN (1, 2, 3)),
          description TEXT NOT NULL,
          -- JSON: the request (summary + per-target patches), kept so a stale proposal can be rebuilt against the
          -- current graph; targets and changes are what the card shows and what execution sends.
          request TEXT NOT NULL,
          targets TEXT NOT NULL,
          changes TEXT NOT NULL,
          status TEXT NOT NULL,
          created_at TEXT NOT NULL,
          expires_at TEXT NOT NULL,
          decided_by TEXT,
          decided_at TEXT,
          result TEXT,
          replaced_by TEXT
        );
        CREATE INDEX action_proposals_status ON action_proposals (status, seq);

        -- Only tier-2 calls are ever inserted here (the service refuses the rest).
        CREATE TABLE approval_rules (
          tool TEXT NOT NULL,
          entity_id TEXT NOT NULL,
          created_by TEXT NOT NULL,
          created_at TEXT NOT NULL,
          PRIMARY KEY (tool, entity_id)
        ) WITHOUT ROWID;
      `);
    },
  },
];
