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
  {
    version: 201,
    name: 'approvals: narrow remembered rules (tool, entity, keys and allowed values); proposals name the rule that approved them',
    up(db) {
      // The old rules covered any change to an entity by a tool (issue 8: a rename or content rewrite of a remembered
      // light ran with no card). They are dropped, not converted: nobody chose what they would now allow.
      db.exec(`
        DROP TABLE approval_rules;
        CREATE TABLE approval_rules (
          id TEXT PRIMARY KEY,
          tool TEXT NOT NULL,
          entity_id TEXT NOT NULL,
          entity_name TEXT NOT NULL,
          -- JSON {"power": ["on", "off"]}: the state keys the rule covers and the values each may take.
          allowed TEXT NOT NULL,
          created_by TEXT NOT NULL,
          created_at TEXT NOT NULL,
          UNIQUE (tool, entity_id)
        );
        -- JSON {id, description} of the rule that approved it without a click, so the card can say so after a revoke.
        ALTER TABLE action_proposals ADD COLUMN approved_by_rule TEXT;
      `);
    },
  },
  {
    // 220: the number issue #11's sync work was given (200–209 are taken by this feature's own changes).
    version: 220,
    name: 'approvals: synced through the home server (sync version, pending flag set by any local change)',
    up(db) {
      // sync_version: the version this row was last pushed or pulled at (NULL: changed locally since, a new version
      // is minted at the next push). The trigger catches every local write without touching the repository: sync
      // code always sets sync_version or sync_pending itself, local code never does.
      db.exec(`
        ALTER TABLE action_proposals ADD COLUMN sync_version TEXT;
        ALTER TABLE action_proposals ADD COLUMN sync_pending INTEGER NOT NULL DEFAULT 1;
        CREATE INDEX action_proposals_sync_pending ON action_proposals (sync_pending) WHERE sync_pending = 1;
        CREATE TRIGGER action_proposals_sync_dirty AFTER UPDATE ON action_proposals
          WHEN NEW.sync_version IS OLD.sync_version AND NEW.sync_pending IS OLD.sync_pending
          BEGIN UPDATE action_proposals SET sync_version = NULL, sync_pending = 1 WHERE seq = NEW.seq; END;
      `);
    },
  },
];
