// Persistence for the approval gate: the `action_proposals` and `approval_rules` tables (schema: ./approvalMigrations.ts)
// and the mapping from a stored row to the `ActionProposalView` the UI shows. No decisions are made here.
import type { ActionProposalView, EntityRef, ProposalStatus } from '../../src-preload/contract/views';
import { AppError } from '../../src-shared/errors';
import type { SqliteDatabase } from '../store/openDatabase';
import { prepareCached } from '../store/prepareCached';
import type { ProposalSummary, TargetPatch } from './ProposalRequest';
import { allowedByPatch } from './SqliteApprovalRules';

/** What the `request` column holds: enough to rebuild a stale proposal against the current graph. */
export interface StoredRequest {
  summary: ProposalSummary;
  minTier?: 2 | 3;
  patches: Array<{ entity_id: string; patch: TargetPatch }>;
  /** The exact arguments of a create_entity / create_relationship proposal (no patches then). */
  tool_args?: Record<string, unknown>;
}

export interface ProposalRow {
  id: string;
  conversation_id: string | null;
  correlation_id: string;
  requested_by: string;
  proposer: string;
  tool: string;
  tier: number;
  description: string;
  request: string;
  targets: string;
  changes: string;
  status: ProposalStatus;
  created_at: string;
  expires_at: string;
  decided_by: string | null;
  result: string | null;
  replaced_by: string | null;
  approved_by_rule: string | null;
}

export type ProposalResult = NonNullable<ActionProposalView['result']>;

export interface StatusExtra {
  decidedBy?: string;
  result?: ProposalResult;
  approvedByRule?: { id: string; description: string };
}

export interface NewProposal {
  id: string;
  conversationId: string | null;
  correlationId: string;
  requestedBy: string;
  proposer: string;
  tool: string;
  tier: number;
  description: string;
  request: StoredRequest;
  targets: EntityRef[];
  changes: ActionProposalView['changes'];
  createdAt: string;
  expiresAt: string;
}

/** Compiled once per connection (prepareCached.ts): every command the intent engine proposes writes this row and reads
 *  it back, on the path the user waits on. */
const INSERT_PROPOSAL = `INSERT INTO action_proposals (id, conversation_id, correlation_id, requested_by, proposer, tool, tier, description,
       request, targets, changes, status, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`;
const BY_ID = 'SELECT * FROM action_proposals WHERE id = ?';

export class SqliteProposalRepository {
  constructor(
    private readonly db: SqliteDatabase,
    /** Stamps `decided_at` and rule `created_at`. */
    private readonly now: () => Date,
  ) {}

  /** Always inserted as `pending`. */
  insert(p: NewProposal): void {
    prepareCached(this.db, INSERT_PROPOSAL).run(
      p.id,
      p.conversationId,
      p.correlationId,
      p.requestedBy,
      p.proposer,
      p.tool,
      p.tier,
      p.description,
      JSON.stringify(p.request),
      JSON.stringify(p.targets),
      JSON.stringify(p.changes),
      p.createdAt,
      p.expiresAt,
    );
  }

  setReplacedBy(id: string, replacementId: string): void {
    this.db.prepare('UPDATE action_proposals SET replaced_by = ? WHERE id = ?').run(replacementId, id);
  }

  find(id: string): ProposalRow | undefined {
    return prepareCached(this.db, BY_ID).get(id) as unknown as ProposalRow | undefined;
  }

  require(id: string): ProposalRow {
    const row = prepareCached(this.db, BY_ID).get(id) as unknown as ProposalRow | undefined;
    if (!row) throw new AppError('not_found', `No action proposal with id "${id.slice(0, 80)}".`);
    return row;
  }

  /** Newest first. */
  list(status?: ProposalStatus): ProposalRow[] {
    return (status
      ? this.db.prepare('SELECT * FROM action_proposals WHERE status = ? ORDER BY seq DESC').all(status)
      : this.db.prepare('SELECT * FROM action_proposals ORDER BY seq DESC').all()) as unknown as ProposalRow[];
  }

  /** Pending proposals whose expiry is at or before `nowIso`. */
  listDue(nowIso: string): ProposalRow[] {
    return this.db
      .prepare("SELECT * FROM action_proposals WHERE status = 'pending' AND expires_at <= ?")
      .all(nowIso) as unknown as ProposalRow[];
  }

  /**
   * Moves a proposal from `from` to `to` only if it is still in `from` (compare-and-set, so two deciders cannot both
   * win). Returns false when the row was not in `from`.
   */
  updateStatus(id: string, from: ProposalStatus, to: ProposalStatus, extra: StatusExtra = {}): boolean {
    const sets = ['status = ?'];
    const params: (string | null)[] = [to];
    if (extra.approvedByRule !== undefined) {
      sets.push('approved_by_rule = ?');
      params.push(JSON.stringify(extra.approvedByRule));
    }
    if (extra.decidedBy !== undefined) {
      sets.push('decided_by = ?', 'decided_at = ?');
      params.push(extra.decidedBy, this.now().toISOString());
    }
    if (extra.result !== undefined) {
      sets.push('result = ?');
      params.push(JSON.stringify(extra.result));
    }
    const changed = this.db.prepare(`UPDATE action_proposals SET ${sets.join(', ')} WHERE id = ? AND status = ?`).run(...params, id, from);
    return Number(changed.changes) > 0;
  }
}

export function parseStoredRequest(row: ProposalRow): StoredRequest {
  return JSON.parse(row.request) as StoredRequest;
}

export function parseChanges(row: ProposalRow): ActionProposalView['changes'] {
  return JSON.parse(row.changes) as ActionProposalView['changes'];
}

export function toProposalView(row: ProposalRow): ActionProposalView {
  const tier = (row.tier === 3 ? 3 : row.tier === 1 ? 1 : 2) as 1 | 2 | 3;
  return {
    id: row.id,
    conversation_id: row.conversation_id,
    description: row.description,
    tier,
    tool: row.tool,
    targets: JSON.parse(row.targets) as EntityRef[],
    changes: parseChanges(row),
    status: row.status,
    can_remember: tier === 2 && rememberable(parseStoredRequest(row)),
    approved_by_rule: row.approved_by_rule ? (JSON.parse(row.approved_by_rule) as { id: string; description: string }) : null,
    replaced_by: row.replaced_by,
    created_at: row.created_at,
    expires_at: row.expires_at,
    proposer: row.proposer,
    decided_by: row.decided_by,
    result: row.result ? (JSON.parse(row.result) as ProposalResult) : null,
  };
}

/** Only plain state changes can become a rule; a rename or content rewrite in any target makes the proposal unrememberable. */
export function rememberable(request: StoredRequest): boolean {
  return request.patches.length > 0 && request.patches.every((p) => allowedByPatch(p.patch) !== undefined);
}
