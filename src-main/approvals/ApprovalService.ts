// The approval gate (ARCHITECTURE.md "Actions, approvals, audit"): a proposed change waits here until a person
// decides; approval re-checks every target against the current graph and only then runs `update_entity` through the
// tool registry, so versions, the pending flag and edge re-pinning are the tools' job, not ours. Every step is audited.
// Storage is SqliteProposalRepository's job; this file holds the decisions.
import { randomUUID } from 'node:crypto';
import type { ActionProposalView, ApprovalRuleView, ChatMessage, ProposalStatus } from '../../src-preload/contract/views';
import { AppError } from '../../src-shared/errors';
import type { Entity } from '../../src-shared/protocol/entities';
import type { SqliteAuditLog } from '../audit/SqliteAuditLog';
import type { GraphStore } from '../graph/GraphStore';
import { Emitter } from '../lifecycle/Emitter';
import type { Event } from '../lifecycle/Emitter';
import type { SqliteDatabase } from '../store/openDatabase';
import { SqliteUnitOfWork } from '../store/UnitOfWork';
import type { ToolContext } from '../tools/ToolDefinition';
import type { ToolRegistry } from '../tools/ToolRegistry';
import { type CreateTool, describeCreate } from './createToolProposals';
import { describeProposal } from './describeProposal';
import { auditProposal, executeProposal, type ExecutionOutcome, type ProposalAuditEntry, type TransactionalGraph } from './executeProposal';
import { prepareProposalChanges } from './prepareProposalChanges';
import type { ProposalRequest } from './ProposalRequest';
import { allowedByPatch, patchInsideRule, SqliteApprovalRules } from './SqliteApprovalRules';
import { parseStoredRequest, rememberable, SqliteProposalRepository, toProposalView } from './SqliteProposalRepository';
import type { ProposalRow, StatusExtra, StoredRequest } from './SqliteProposalRepository';

export const DEFAULT_PROPOSAL_TTL_MS = 10 * 60 * 1000;
export { BULK_TARGET_LIMIT } from './prepareProposalChanges';
const MAX_TARGETS = 200;
const TOOL = 'update_entity';

export interface ApprovalServiceOptions {
  db: SqliteDatabase;
  store: GraphStore & TransactionalGraph;
  registry: ToolRegistry;
  audit: SqliteAuditLog;
  /** Builds the context tools run in; executions are attributed to `userId`. */
  toolContext: (userId: string, correlationId: string) => ToolContext;
  now?: () => Date;
  ttlMs?: number;
}

export interface ToolProposalRequest {
  conversationId: string | null;
  correlationId: string;
  proposer: string;
  userId: string;
  tool: CreateTool;
  /** Raw tool arguments; validated by the tool. create_relationship endpoints must already be resolved ids. */
  args: Record<string, unknown>;
}

export interface DecideOptions {
  userId: string;
  /** "Always allow" exactly these state changes on these entities; tier-2 state changes only. */
  remember?: boolean;
  role?: 'admin' | 'user' | 'guest';
}

export class ApprovalService {
  private readonly changeEmitter = new Emitter<ActionProposalView>();
  /** Fires whenever a proposal is created or changes status (the UI's action cards listen). */
  readonly onDidChange: Event<ActionProposalView> = this.changeEmitter.event;
  private readonly now: () => Date;
  private readonly ttlMs: number;
  private readonly proposals: SqliteProposalRepository;
  private readonly rules: SqliteApprovalRules;
  private readonly unit: SqliteUnitOfWork;

  constructor(private readonly options: ApprovalServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.ttlMs = options.ttlMs ?? DEFAULT_PROPOSAL_TTL_MS;
    this.proposals = new SqliteProposalRepository(options.db, this.now);
    this.rules = new SqliteApprovalRules(options.db, this.now);
    this.unit = new SqliteUnitOfWork(options.db);
  }

  /**
   * Records a pending proposal (audited). A tier-2 proposal whose every target change lies inside that entity's
   * remembered rule is approved and executed at once; the audit log still shows proposal → decision → execution and
   * the card names the rule. Tier 3 is never auto-approved, whatever rules exist.
   */
  async create(request: ProposalRequest): Promise<ActionProposalView> {
    const view = await this.insertProposal(request);
    const rule = view.tier === 2 ? this.coveringRule(this.proposals.require(view.id)) : undefined;
    if (rule) return this.approve(view.id, { userId: request.userId }, rule);
    return view;
  }

  /**
   * A model's create_entity / create_relationship call as a card (never run directly). The tool validates the
   * arguments and rates the tier; the card shows the exact arguments. Never covered by a remembered rule.
   */
  async createForTool(request: ToolProposalRequest): Promise<ActionProposalView> {
    const ctx = this.options.toolContext(request.userId, request.correlationId);
    const prepared = await this.options.registry.prepare(request.tool, request.args, ctx);
    const args = prepared.args as Record<string, unknown>;
    const endpoints = request.tool === 'create_relationship' ? [...(await this.options.store.getEntities([String(args['from_entity_id']), String(args['to_entity_id'])])).values()] : [];
    const refs = endpoints.map((e) => ({ id: e.id, name: e.name, entity_type: e.entity_type, version: e.version }));
    const shown = describeCreate(request.tool, args, refs);
    const id = randomUUID();
    const created = this.now();
    const tier = Math.max(2, prepared.tier) as 2 | 3;
    this.unit.run(() => {
      this.proposals.insert({
        id, conversationId: request.conversationId, correlationId: request.correlationId, requestedBy: request.userId, proposer: request.proposer,
        tool: request.tool, tier, description: shown.description, request: { summary: { verb: 'Add' }, patches: [], tool_args: args },
        targets: shown.targets, changes: shown.changes, createdAt: created.toISOString(), expiresAt: new Date(created.getTime() + this.ttlMs).toISOString(),
      });
      this.options.audit.append({
        kind: 'proposal', correlationId: request.correlationId, proposalId: id, actor: request.proposer, proposer: request.proposer, tool: request.tool,
        arguments: args, result: { tier, requested_by: request.userId }, message: `Proposed (tier ${tier}): ${shown.description}`,
      });
    });
    return this.emit(id);
  }

  /**
   * A fresh pending card that a remembered rule never approves (an action approved offline whose target changed
   * since: the person decides again against now). When `replacesId` names a local proposal, it links to this one.
   */
  async createReplacing(request: ProposalRequest, replacesId: string | null): Promise<ActionProposalView> {
    return this.insertProposal(request, replacesId !== null && this.proposals.find(replacesId) ? replacesId : undefined);
  }

  listRules(): ApprovalRuleView[] {
    return this.rules.list();
  }

  /** Removes a remembered rule (audited); later proposals for that entity show a card again. */
  revokeRule(ruleId: string, userId: string, correlationId: string): { revoked: boolean } {
    const rule = this.rules.get(ruleId);
    if (!rule) return { revoked: false };
    this.unit.run(() => {
      this.rules.revoke(ruleId);
      this.options.audit.append({
        kind: 'rule', correlationId, actor: userId, tool: rule.tool, arguments: { revoke: rule.id, entity_id: rule.entity_id, allowed: rule.allowed },
        result: null, message: `Revoked "always allow": ${rule.description}`,
      });
    });
    return { revoked: true };
  }

  /**
   * Start-up repair: a proposal left `approved` (an older build crashed between decision and execution) is carried
   * out if every target is still at its base version, otherwise marked failed; either way with an audit entry.
   */
  recoverInterrupted(): ActionProposalView[] {
    const recovered: ActionProposalView[] = [];
    for (const row of this.proposals.list('approved')) {
      const ctx = this.options.toolContext(row.decided_by ?? row.requested_by, row.correlation_id);
      this.unit.run((unit) => {
        const out = executeProposal(this.executionDeps(() => ctx.clock.next(ctx.userId)), unit, row, 'approved', ctx.userId);
        if (out.kind === 'stale') {
          // Some targets moved on (possibly half-applied by the crashed build): nothing more is written, and no fresh
          // card appears by itself after a restart; the person asks again.
          auditProposal(this.options.audit, row, 'app', { kind: 'failure', arguments: { stale: out.staleNames }, result: null, message: `Interrupted before it finished: ${row.description}. Nothing more was changed; ask again if it is still wanted.` });
        }
      });
      recovered.push(this.emit(row.id));
    }
    return recovered;
  }

  async decide(id: string, decision: 'approve' | 'deny', options: DecideOptions): Promise<ActionProposalView> {
    if (options.role === 'guest') throw new AppError('forbidden', 'Guests cannot approve or deny changes to the home.');
    const row = this.proposals.require(id);
    if (row.status !== 'pending') throw alreadyDecided(row.status);
    if (decision === 'approve' && options.remember && (row.tier !== 2 || !rememberable(parseStoredRequest(row)))) {
      if (row.tier === 2) {
        throw new AppError('forbidden', `"Always allow" only covers switching things (like on/off); "${row.description}" renames or rewrites something, so it needs your approval each time.`);
      }
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

  /**
   * Messages keep the card as it was when the reply was written; the proposal's status lives here. Reading messages
   * through this puts the current status back on every card, so a done card still says done after a reload.
   */
  withCurrentProposals(messages: ChatMessage[]): ChatMessage[] {
    return messages.map((m) => {
      const stored = m.envelope?.proposal;
      if (!m.envelope || !stored) return m;
      const current = this.proposals.find(stored.id);
      return current ? { ...m, envelope: { ...m.envelope, proposal: toProposalView(current) } } : m;
    });
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
    return this.rules.find(tool, entityId) !== undefined;
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
    this.unit.run(() => {
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

  private async approve(id: string, options: DecideOptions, byRule: ApprovalRuleView | undefined): Promise<ActionProposalView> {
    const before = this.proposals.require(id);
    const remember = options.remember === true && before.tier === 2 && rememberable(parseStoredRequest(before));
    const ctx = this.options.toolContext(options.userId, before.correlation_id);
    const extra: StatusExtra = { decidedBy: options.userId, ...(byRule ? { approvedByRule: { id: byRule.id, description: byRule.description } } : {}) };
    const outcome: ExecutionOutcome = this.unit.run((unit) => {
      // Re-read inside the transaction: two clicks (or two windows) cannot both execute the same proposal.
      const row = this.proposals.require(id);
      if (row.status !== 'pending') throw alreadyDecided(row.status);
      auditProposal(this.options.audit, row, options.userId, {
        kind: 'decision',
        arguments: { decision: 'approve', remember, automatic: byRule !== undefined, ...(byRule ? { rule: byRule.id } : {}) },
        message: byRule ? `Approved by rule "${byRule.description}": ${row.description}` : `Approved${remember ? ' (always allow)' : ''}: ${row.description}`,
      });
      const out = executeProposal(this.executionDeps(() => ctx.clock.next(ctx.userId)), unit, row, 'pending', options.userId, extra);
      if (out.kind === 'executed' && remember) this.rememberRules(row, options.userId);
      return out;
    });
    if (outcome.kind === 'stale') return this.reproposeStale(this.proposals.require(id), outcome.current);
    return this.emit(id);
  }

  private rememberRules(row: ProposalRow, userId: string): void {
    const stored = parseStoredRequest(row);
    const names = new Map(parseChangesNames(row));
    for (const { entity_id, patch } of stored.patches) {
      const allowed = allowedByPatch(patch);
      if (!allowed) continue;
      const rule = this.rules.remember(row.tool, entity_id, names.get(entity_id) ?? entity_id, allowed, userId);
      this.options.audit.append({
        kind: 'rule', correlationId: row.correlation_id, proposalId: row.id, actor: userId, tool: row.tool,
        arguments: { remember: rule.id, entity_id, allowed: rule.allowed }, result: null, message: `Always allow: ${rule.description}`,
      });
    }
  }

  /** The rule that covers every target's change, if one entity's rule covers each; tier 2 only. */
  private coveringRule(row: ProposalRow): ApprovalRuleView | undefined {
    if (row.tier !== 2) return undefined;
    const stored = parseStoredRequest(row);
    let first: ApprovalRuleView | undefined;
    for (const { entity_id, patch } of stored.patches) {
      const rule = this.rules.find(row.tool, entity_id);
      if (!rule || !patchInsideRule(patch, rule.allowed)) return undefined;
      first ??= rule;
    }
    return first;
  }

  private executionDeps(mint: () => string) {
    return { graph: this.options.store, proposals: this.proposals, audit: this.options.audit, mint };
  }

  /** A target moved on since the card was shown: nothing is written, and a fresh card shows the change against now. */
  private async reproposeStale(row: ProposalRow, current: Map<string, Entity>): Promise<ActionProposalView> {
    const stored = parseStoredRequest(row);
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

  /** Compare-and-set on the status; losing the race is a conflict naming the status the winner left. */
  private setStatus(id: string, from: ProposalStatus, to: ProposalStatus, extra: StatusExtra): ProposalRow {
    if (!this.proposals.updateStatus(id, from, to, extra)) throw alreadyDecided(this.proposals.require(id).status);
    return this.proposals.require(id);
  }

  /** Every audit entry after the proposal itself is about one stored row: its correlation, proposer and tool. */
  private audit(row: ProposalRow, actor: string, entry: ProposalAuditEntry): void {
    auditProposal(this.options.audit, row, actor, entry);
  }

  private emit(id: string): ActionProposalView {
    const view = this.get(id);
    this.changeEmitter.fire(view);
    return view;
  }
}

function parseChangesNames(row: ProposalRow): Array<[string, string]> {
  return (JSON.parse(row.changes) as Array<{ entity_id: string; entity_name: string }>).map((c) => [c.entity_id, c.entity_name]);
}

function alreadyDecided(status: ProposalStatus): AppError {
  return new AppError('conflict', `This proposal is already ${status.replace('_', ' ')}; nothing was changed.`, { details: { status } });
}
