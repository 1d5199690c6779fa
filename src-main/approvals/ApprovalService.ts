// The approval gate (ARCHITECTURE.md "Actions, approvals, audit"): a proposed change waits here until a person
// decides; approval re-checks every target against the current graph and only then runs `update_entity` through the
// tool registry, so versions, the pending flag and edge re-pinning are the tools' job, not ours. Every step is audited.
import { randomUUID } from 'node:crypto';
import type { ActionProposalView, EntityRef, ProposalStatus } from '../../src-preload/contract/views';
import { AppError } from '../../src-shared/errors';
import type { Entity } from '../../src-shared/protocol/entities';
import type { SqliteAuditLog } from '../audit/SqliteAuditLog';
import type { GraphStore } from '../graph/GraphStore';
import { Emitter } from '../lifecycle/Emitter';
import type { Event } from '../lifecycle/Emitter';
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import type { RiskTier, ToolContext } from '../tools/ToolDefinition';
import type { ToolRegistry } from '../tools/ToolRegistry';
import { buildEntityChanges } from './buildEntityChanges';
import { describeProposal } from './describeProposal';
import type { ProposalRequest, ProposalSummary, TargetPatch } from './ProposalRequest';

export const DEFAULT_PROPOSAL_TTL_MS = 10 * 60 * 1000;
/** More targets than this in one proposal is a bulk change: tier 3 whatever the entities are. */
export const BULK_TARGET_LIMIT = 5;
const MAX_TARGETS = 200;
const TOOL = 'update_entity';

export interface ApprovalServiceOptions {
  db: SqliteDatabase;
  store: GraphStore;
  registry: ToolRegistry;
  audit: SqliteAuditLog;
  /** Builds the context tools run in; executions are attributed to `userId`. */
  toolContext: (userId: string, correlationId: string) => ToolContext;
  now?: () => Date;
  ttlMs?: number;
}

export interface DecideOptions {
  userId: string;
  /** "Always allow" this tool for these entities; tier 2 only. */
  remember?: boolean;
  role?: 'admin' | 'guest';
}

interface StoredRequest {
  summary: ProposalSummary;
  minTier?: 2 | 3;
  patches: Array<{ entity_id: string; patch: TargetPatch }>;
}

interface ProposalRow {
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
}

type ProposalResult = NonNullable<ActionProposalView['result']>;

export class ApprovalService {
  private readonly changeEmitter = new Emitter<ActionProposalView>();
  /** Fires whenever a proposal is created or changes status (the UI's action cards listen). */
  readonly onDidChange: Event<ActionProposalView> = this.changeEmitter.event;
  private readonly now: () => Date;
  private readonly ttlMs: number;

  constructor(private readonly options: ApprovalServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.ttlMs = options.ttlMs ?? DEFAULT_PROPOSAL_TTL_MS;
  }

  /**
   * Records a pending proposal (audited). When every target has a remembered tier-2 rule for this tool, it is
   * approved and executed at once; the audit log still shows proposal → decision → execution.
   */
  async create(request: ProposalRequest): Promise<ActionProposalView> {
    const view = await this.insertProposal(request);
    if (view.tier === 2 && this.allRemembered(view.targets.map((t) => t.id))) {
      return this.approve(view.id, { userId: request.userId }, 'Approved automatically: "always allow" was chosen for these entities.');
    }
    return view;
  }

  async decide(id: string, decision: 'approve' | 'deny', options: DecideOptions): Promise<ActionProposalView> {
    if (options.role === 'guest') throw new AppError('forbidden', 'Guests cannot approve or deny changes to the home.');
    const row = this.requireRow(id);
    if (row.status !== 'pending') {
      throw new AppError('conflict', `This proposal is already ${row.status.replace('_', ' ')}; nothing was changed.`, { details: { status: row.status } });
    }
    if (decision === 'approve' && options.remember && row.tier !== 2) {
      throw new AppError(
        'forbidden',
        `"Always allow" is only for everyday changes (tier 2). "${row.description}" is security- or safety-relevant (tier ${row.tier}) and needs your confirmation every time.`,
        { details: { tier: row.tier } },
      );
    }
    if (this.isExpired(row)) {
      this.expire(row);
      throw new AppError('conflict', `This proposal expired at ${row.expires_at} and was not carried out. Ask again to get a fresh one.`, {
        details: { status: 'expired' },
      });
    }
    if (decision === 'deny') {
      this.setStatus(row.id, 'pending', 'denied', { decidedBy: options.userId });
      this.options.audit.append({
        kind: 'decision',
        correlationId: row.correlation_id,
        proposalId: row.id,
        actor: options.userId,
        proposer: row.proposer,
        tool: row.tool,
        arguments: { decision: 'deny' },
        message: `Denied: ${row.description}`,
      });
      return this.emit(row.id);
    }
    return this.approve(row.id, options, undefined);
  }

  get(id: string): ActionProposalView {
    return toView(this.requireRow(id));
  }

  /** Newest first; pending proposals past their expiry are marked expired on the way. */
  list(status?: ProposalStatus): ActionProposalView[] {
    this.expireDue();
    const rows = (status
      ? this.options.db.prepare('SELECT * FROM action_proposals WHERE status = ? ORDER BY seq DESC').all(status)
      : this.options.db.prepare('SELECT * FROM action_proposals ORDER BY seq DESC').all()) as unknown as ProposalRow[];
    return rows.map(toView);
  }

  /** The proposal that replaced a `needs_reapproval` one, if any. */
  replacementOf(id: string): ActionProposalView | undefined {
    const row = this.requireRow(id);
    return row.replaced_by ? this.get(row.replaced_by) : undefined;
  }

  isRemembered(tool: string, entityId: string): boolean {
    return this.options.db.prepare('SELECT 1 AS x FROM approval_rules WHERE tool = ? AND entity_id = ?').get(tool, entityId) !== undefined;
  }

  forget(tool: string, entityId: string): void {
    this.options.db.prepare('DELETE FROM approval_rules WHERE tool = ? AND entity_id = ?').run(tool, entityId);
  }

  expireDue(): void {
    const rows = this.options.db
      .prepare("SELECT * FROM action_proposals WHERE status = 'pending' AND expires_at <= ?")
      .all(this.now().toISOString()) as unknown as ProposalRow[];
    for (const row of rows) this.expire(row);
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }

  private async insertProposal(request: ProposalRequest, replaces?: string): Promise<ActionProposalView> {
    if (request.targets.length === 0) throw new AppError('validation', 'A proposal needs at least one entity to change.');
    if (request.targets.length > MAX_TARGETS) {
      throw new AppError('too_large', `A proposal can change at most ${MAX_TARGETS} entities at once (got ${request.targets.length}).`);
    }
    const ctx = this.options.toolContext(request.userId, request.correlationId);
    const targets: EntityRef[] = [];
    const changes: ActionProposalView['changes'] = [];
    let tier: RiskTier = 1;
    for (const { entity, patch } of request.targets) {
      const entityChanges = buildEntityChanges(entity, patch);
      // The tool computes the tier of each call from the entity and the change (locks, heating, deletes → 3).
      const prepared = await this.options.registry.prepare(TOOL, { entity_id: entity.id, changes: entityChanges }, ctx);
      tier = Math.max(tier, prepared.tier) as RiskTier;
      targets.push(entityRef(entity));
      changes.push({ entity_id: entity.id, entity_name: entity.name, base_version: entity.version, changes: entityChanges });
    }
    if (request.targets.length > BULK_TARGET_LIMIT) tier = 3;
    if (request.minTier !== undefined && request.minTier > tier) tier = request.minTier;
    if (tier < 2) tier = 2; // a write is never read-only

    const id = randomUUID();
    const created = this.now();
    const stored: StoredRequest = {
      summary: request.summary,
      ...(request.minTier !== undefined ? { minTier: request.minTier } : {}),
      patches: request.targets.map((t) => ({ entity_id: t.entity.id, patch: t.patch })),
    };
    const description = describeProposal(request.summary, targets.map((t) => t.name));
    transaction(this.options.db, () => {
      this.options.db
        .prepare(
          `INSERT INTO action_proposals (id, conversation_id, correlation_id, requested_by, proposer, tool, tier, description,
             request, targets, changes, status, created_at, expires_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
        )
        .run(
          id,
          request.conversationId,
          request.correlationId,
          request.userId,
          request.proposer,
          TOOL,
          tier,
          description,
          JSON.stringify(stored),
          JSON.stringify(targets),
          JSON.stringify(changes),
          created.toISOString(),
          new Date(created.getTime() + this.ttlMs).toISOString(),
        );
      if (replaces) this.options.db.prepare('UPDATE action_proposals SET replaced_by = ? WHERE id = ?').run(id, replaces);
      this.options.audit.append({
        kind: 'proposal',
        correlationId: request.correlationId,
        proposalId: id,
        actor: request.proposer,
        proposer: request.proposer,
        tool: TOOL,
        arguments: changes.map((c) => ({ entity_id: c.entity_id, base_version: c.base_version, changes: c.changes })),
        result: { tier, requested_by: request.userId, ...(replaces ? { replaces } : {}) },
        message: `Proposed (tier ${tier}): ${description}`,
      });
    });
    return this.emit(id);
  }

  private async approve(id: string, options: DecideOptions, automatic: string | undefined): Promise<ActionProposalView> {
    // Claiming the row first means two clicks (or two windows) cannot both execute the same proposal.
    const row = this.setStatus(id, 'pending', 'approved', { decidedBy: options.userId });
    const remember = options.remember === true && row.tier === 2;
    this.options.audit.append({
      kind: 'decision',
      correlationId: row.correlation_id,
      proposalId: row.id,
      actor: options.userId,
      proposer: row.proposer,
      tool: row.tool,
      arguments: { decision: 'approve', remember, automatic: automatic !== undefined },
      message: automatic ?? `Approved${remember ? ' (always allow)' : ''}: ${row.description}`,
    });

    const changes = JSON.parse(row.changes) as ActionProposalView['changes'];
    const current = await this.options.store.getEntities(changes.map((c) => c.entity_id));
    const missing = changes.filter((c) => !current.has(c.entity_id));
    if (missing.length > 0) {
      const names = missing.map((c) => c.entity_name).join(', ');
      return this.fail(row, { new_versions: [], error: `${names} no longer exist${missing.length === 1 ? 's' : ''} in the home; nothing was changed.` });
    }
    const stale = changes.filter((c) => current.get(c.entity_id)?.version !== c.base_version);
    if (stale.length > 0) return this.reproposeStale(row, stale.map((c) => c.entity_name), current);

    if (remember) {
      const insert = this.options.db.prepare(
        'INSERT OR REPLACE INTO approval_rules (tool, entity_id, created_by, created_at) VALUES (?, ?, ?, ?)',
      );
      for (const change of changes) insert.run(row.tool, change.entity_id, options.userId, this.now().toISOString());
    }

    const ctx = this.options.toolContext(options.userId, row.correlation_id);
    const newVersions: ProposalResult['new_versions'] = [];
    for (const change of changes) {
      try {
        const run = await this.options.registry.run(row.tool, { entity_id: change.entity_id, changes: change.changes }, ctx);
        const result = run.result as { new_version?: unknown };
        if (typeof result.new_version === 'string') newVersions.push({ entity_id: change.entity_id, version: result.new_version });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const done = newVersions.length > 0 ? ` (${newVersions.length} of ${changes.length} changes were made before it)` : '';
        return this.fail(row, { new_versions: newVersions, error: `Changing ${change.entity_name} failed: ${reason}${done}` });
      }
    }
    const result: ProposalResult = { new_versions: newVersions, error: null };
    this.setStatus(row.id, 'approved', 'executed', { result });
    this.options.audit.append({
      kind: 'execution',
      correlationId: row.correlation_id,
      proposalId: row.id,
      actor: 'app',
      proposer: row.proposer,
      tool: row.tool,
      arguments: changes.map((c) => ({ entity_id: c.entity_id, changes: c.changes })),
      result,
      message: `Done: ${row.description}`,
    });
    return this.emit(row.id);
  }

  /** A target moved on since the card was shown: nothing is written, and a fresh card shows the change against now. */
  private async reproposeStale(row: ProposalRow, staleNames: string[], current: Map<string, Entity>): Promise<ActionProposalView> {
    const stored = JSON.parse(row.request) as StoredRequest;
    const error = `${staleNames.join(', ')} changed since this was proposed; nothing was changed. Please review the updated proposal.`;
    this.setStatus(row.id, 'approved', 'needs_reapproval', { result: { new_versions: [], error } });
    this.options.audit.append({
      kind: 'failure',
      correlationId: row.correlation_id,
      proposalId: row.id,
      actor: 'app',
      proposer: row.proposer,
      tool: row.tool,
      arguments: { stale: staleNames },
      result: { status: 'needs_reapproval' },
      message: error,
    });
    const old = this.emit(row.id);
    const targets = stored.patches.flatMap((p) => {
      const entity = current.get(p.entity_id);
      return entity ? [{ entity, patch: p.patch }] : [];
    });
    await this.insertProposal(
      {
        conversationId: row.conversation_id,
        correlationId: row.correlation_id,
        proposer: row.proposer,
        userId: row.requested_by,
        summary: stored.summary,
        ...(stored.minTier !== undefined ? { minTier: stored.minTier } : {}),
        targets,
      },
      row.id,
    );
    return old;
  }

  private fail(row: ProposalRow, result: ProposalResult): ActionProposalView {
    this.setStatus(row.id, 'approved', 'failed', { result });
    this.options.audit.append({
      kind: 'failure',
      correlationId: row.correlation_id,
      proposalId: row.id,
      actor: 'app',
      proposer: row.proposer,
      tool: row.tool,
      arguments: null,
      result,
      message: result.error ?? 'Failed',
    });
    return this.emit(row.id);
  }

  private expire(row: ProposalRow): void {
    const changed = this.options.db
      .prepare("UPDATE action_proposals SET status = 'expired' WHERE id = ? AND status = 'pending'")
      .run(row.id);
    if (Number(changed.changes) === 0) return;
    this.options.audit.append({
      kind: 'failure',
      correlationId: row.correlation_id,
      proposalId: row.id,
      actor: 'app',
      proposer: row.proposer,
      tool: row.tool,
      result: { status: 'expired', expires_at: row.expires_at },
      message: `Expired without a decision: ${row.description}`,
    });
    this.emit(row.id);
  }

  private isExpired(row: ProposalRow): boolean {
    return this.now().getTime() >= Date.parse(row.expires_at);
  }

  private allRemembered(entityIds: readonly string[]): boolean {
    return entityIds.length > 0 && entityIds.every((entityId) => this.isRemembered(TOOL, entityId));
  }

  private setStatus(
    id: string,
    from: ProposalStatus,
    to: ProposalStatus,
    extra: { decidedBy?: string; result?: ProposalResult },
  ): ProposalRow {
    const sets = ['status = ?'];
    const params: (string | null)[] = [to];
    if (extra.decidedBy !== undefined) {
      sets.push('decided_by = ?', 'decided_at = ?');
      params.push(extra.decidedBy, this.now().toISOString());
    }
    if (extra.result !== undefined) {
      sets.push('result = ?');
      params.push(JSON.stringify(extra.result));
    }
    const changed = this.options.db
      .prepare(`UPDATE action_proposals SET ${sets.join(', ')} WHERE id = ? AND status = ?`)
      .run(...params, id, from);
    if (Number(changed.changes) === 0) {
      const now = this.requireRow(id);
      throw new AppError('conflict', `This proposal is already ${now.status.replace('_', ' ')}; nothing was changed.`, { details: { status: now.status } });
    }
    return this.requireRow(id);
  }

  private requireRow(id: string): ProposalRow {
    const row = this.options.db.prepare('SELECT * FROM action_proposals WHERE id = ?').get(id) as unknown as ProposalRow | undefined;
    if (!row) throw new AppError('not_found', `No action proposal with id "${id.slice(0, 80)}".`);
    return row;
  }

  private emit(id: string): ActionProposalView {
    const view = this.get(id);
    this.changeEmitter.fire(view);
    return view;
  }
}

function entityRef(entity: Entity): EntityRef {
  return { id: entity.id, name: entity.name, entity_type: entity.entity_type, version: entity.version };
}

function toView(row: ProposalRow): ActionProposalView {
  const tier = (row.tier === 3 ? 3 : row.tier === 1 ? 1 : 2) as 1 | 2 | 3;
  return {
    id: row.id,
    conversation_id: row.conversation_id,
    description: row.description,
    tier,
    tool: row.tool,
    targets: JSON.parse(row.targets) as EntityRef[],
    changes: JSON.parse(row.changes) as ActionProposalView['changes'],
    status: row.status,
    can_remember: tier === 2,
    created_at: row.created_at,
    expires_at: row.expires_at,
    proposer: row.proposer,
    decided_by: row.decided_by,
    result: row.result ? (JSON.parse(row.result) as ProposalResult) : null,
  };
}
