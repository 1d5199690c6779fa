// The approval gate (ARCHITECTURE.md "Actions, approvals, audit"): a proposed change waits here until a person
// decides; approval re-checks every target against the current graph and only then runs `update_entity` through the
// tool registry, so versions, the pending flag and edge re-pinning are the tools' job, not ours. Every step is audited.
// Storage is SqliteProposalRepository's job; this file holds the decisions.
import { randomUUID } from 'node:crypto';
import type { ActionProposalView, ProposalStatus } from '../../src-preload/contract/views';
import { AppError } from '../../src-shared/errors';
import type { Entity } from '../../src-shared/protocol/entities';
import type { AuditRecord, SqliteAuditLog } from '../audit/SqliteAuditLog';
import type { GraphStore } from '../graph/GraphStore';
import { Emitter } from '../lifecycle/Emitter';
import type { Event } from '../lifecycle/Emitter';
import type { SqliteDatabase } from '../store/openDatabase';
import { transaction } from '../store/transaction';
import type { ToolContext } from '../tools/ToolDefinition';
import type { ToolRegistry } from '../tools/ToolRegistry';
import { describeProposal } from './describeProposal';
import { prepareProposalChanges } from './prepareProposalChanges';
import type { ProposalRequest } from './ProposalRequest';
import { parseChanges, parseStoredRequest, SqliteProposalRepository, toProposalView } from './SqliteProposalRepository';
import type { ProposalResult, ProposalRow, StoredRequest } from './SqliteProposalRepository';

export const DEFAULT_PROPOSAL_TTL_MS = 10 * 60 * 1000;
export { BULK_TARGET_LIMIT } from './prepareProposalChanges';
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

/** The audit fields that differ between the steps of one proposal's life; the rest come from its row. */
type ProposalAuditEntry = Pick<AuditRecord, 'kind' | 'arguments' | 'result' | 'message'>;

export class ApprovalService {
  private readonly changeEmitter = new Emitter<ActionProposalView>();
  /** Fires whenever a proposal is created or changes status (the UI's action cards listen). */
  readonly onDidChange: Event<ActionProposalView> = this.changeEmitter.event;
  private readonly now: () => Date;
  private readonly ttlMs: number;
  private readonly proposals: SqliteProposalRepository;

  constructor(private readonly options: ApprovalServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.ttlMs = options.ttlMs ?? DEFAULT_PROPOSAL_TTL_MS;
    this.proposals = new SqliteProposalRepository(options.db, this.now);
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
    const row = this.proposals.require(id);
    if (row.status !== 'pending') throw alreadyDecided(row.status);
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
      this.audit(row, options.userId, { kind: 'decision', arguments: { decision: 'deny' }, message: `Denied: ${row.description}` });
      return this.emit(row.id);
    }
    return this.approve(row.id, options, undefined);
  }

  get(id: string): ActionProposalView {
    return toProposalView(this.proposals.require(id));
  }

  /** Newest first; pending proposals past their expiry are marked expired on the way. */
  list(status?: ProposalStatus): ActionProposalView[] {
    this.expireDue();
    return this.proposals.list(status).map(toProposalView);
  }

  /** The proposal that replaced a `needs_reapproval` one, if any. */
  replacementOf(id: string): ActionProposalView | undefined {
    const row = this.proposals.require(id);
    return row.replaced_by ? this.get(row.replaced_by) : undefined;
  }

  isRemembered(tool: string, entityId: string): boolean {
    return this.proposals.isRemembered(tool, entityId);
  }

  forget(tool: string, entityId: string): void {
    this.proposals.forget(tool, entityId);
  }

  expireDue(): void {
    for (const row of this.proposals.listDue(this.now().toISOString())) this.expire(row);
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
    const { tier, targets, changes } = await prepareProposalChanges(request, TOOL, this.options.registry, ctx);

    const id = randomUUID();
    const created = this.now();
    const stored: StoredRequest = {
      summary: request.summary,
      ...(request.minTier !== undefined ? { minTier: request.minTier } : {}),
      patches: request.targets.map((t) => ({ entity_id: t.entity.id, patch: t.patch })),
    };
    const description = describeProposal(request.summary, targets.map((t) => t.name));
    transaction(this.options.db, () => {
      this.proposals.insert({
        id,
        conversationId: request.conversationId,
        correlationId: request.correlationId,
        requestedBy: request.userId,
        proposer: request.proposer,
        tool: TOOL,
        tier,
        description,
        request: stored,
        targets,
        changes,
        createdAt: created.toISOString(),
        expiresAt: new Date(created.getTime() + this.ttlMs).toISOString(),
      });
      if (replaces) this.proposals.setReplacedBy(replaces, id);
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
    this.audit(row, options.userId, {
      kind: 'decision',
      arguments: { decision: 'approve', remember, automatic: automatic !== undefined },
      message: automatic ?? `Approved${remember ? ' (always allow)' : ''}: ${row.description}`,
    });

    const changes = parseChanges(row);
    const current = await this.options.store.getEntities(changes.map((c) => c.entity_id));
    const missing = changes.filter((c) => !current.has(c.entity_id));
    if (missing.length > 0) {
      const names = missing.map((c) => c.entity_name).join(', ');
      return this.fail(row, { new_versions: [], error: `${names} no longer exist${missing.length === 1 ? 's' : ''} in the home; nothing was changed.` });
    }
    const stale = changes.filter((c) => current.get(c.entity_id)?.version !== c.base_version);
    if (stale.length > 0) return this.reproposeStale(row, stale.map((c) => c.entity_name), current);

    if (remember) this.proposals.remember(row.tool, changes.map((c) => c.entity_id), options.userId);

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
    this.audit(row, 'app', {
      kind: 'execution',
      arguments: changes.map((c) => ({ entity_id: c.entity_id, changes: c.changes })),
      result,
      message: `Done: ${row.description}`,
    });
    return this.emit(row.id);
  }

  /** A target moved on since the card was shown: nothing is written, and a fresh card shows the change against now. */
  private async reproposeStale(row: ProposalRow, staleNames: string[], current: Map<string, Entity>): Promise<ActionProposalView> {
    const stored = parseStoredRequest(row);
    const error = `${staleNames.join(', ')} changed since this was proposed; nothing was changed. Please review the updated proposal.`;
    this.setStatus(row.id, 'approved', 'needs_reapproval', { result: { new_versions: [], error } });
    this.audit(row, 'app', { kind: 'failure', arguments: { stale: staleNames }, result: { status: 'needs_reapproval' }, message: error });
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
    this.audit(row, 'app', { kind: 'failure', arguments: null, result, message: result.error ?? 'Failed' });
    return this.emit(row.id);
  }

  private expire(row: ProposalRow): void {
    if (!this.proposals.updateStatus(row.id, 'pending', 'expired')) return;
    this.audit(row, 'app', {
      kind: 'failure',
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

  /** Compare-and-set on the status; losing the race is a conflict naming the status the winner left. */
  private setStatus(id: string, from: ProposalStatus, to: ProposalStatus, extra: { decidedBy?: string; result?: ProposalResult }): ProposalRow {
    if (!this.proposals.updateStatus(id, from, to, extra)) throw alreadyDecided(this.proposals.require(id).status);
    return this.proposals.require(id);
  }

  /** Every audit entry after the proposal itself is about one stored row: its correlation, proposer and tool. */
  private audit(row: ProposalRow, actor: string, entry: ProposalAuditEntry): void {
    this.options.audit.append({
      correlationId: row.correlation_id,
      proposalId: row.id,
      actor,
      proposer: row.proposer,
      tool: row.tool,
      ...entry,
    });
  }

  private emit(id: string): ActionProposalView {
    const view = this.get(id);
    this.changeEmitter.fire(view);
    return view;
  }
}

function alreadyDecided(status: ProposalStatus): AppError {
  return new AppError('conflict', `This proposal is already ${status.replace('_', ' ')}; nothing was changed.`, { details: { status } });
}
