// Carrying out an approved proposal in ONE unit of work: the decision's audit entry, the base-version check of every
// target, the new versions of every target, the proposal's status and the execution's audit entry commit together or
// not at all. A kill -9 at any point leaves either the whole change with its trail, or nothing and a still-decidable
// proposal (tests/main/approvals/approvalCrash.test.ts).
import type { ProposalStatus } from '../../src-preload/contract/views';
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import type { AuditRecord, SqliteAuditLog } from '../audit/SqliteAuditLog';
import type { UnitOfWork } from '../store/UnitOfWork';
import { planEntityUpdates } from '../tools/planEntityUpdates';
import type { ProposalResult, ProposalRow, SqliteProposalRepository, StatusExtra } from './SqliteProposalRepository';
import { executeCreate, isCreateTool } from './createToolProposals';
import { parseChanges, parseStoredRequest } from './SqliteProposalRepository';

/** The synchronous graph access a unit of work needs (SqliteGraphStore provides it). */
export interface TransactionalGraph {
  getEntitiesNow(ids: readonly string[]): Map<string, Entity>;
  getRelationshipsNow(query: { anyId: string }): Relationship[];
  applyChangesInTransaction(changes: { entities: readonly Entity[]; relationships: readonly Relationship[]; pending: boolean }, unit: UnitOfWork): void;
}

export type ExecutionOutcome =
  | { kind: 'executed' }
  | { kind: 'failed'; error: string }
  | { kind: 'stale'; staleNames: string[]; current: Map<string, Entity> };

export interface ExecutionDeps {
  graph: TransactionalGraph;
  proposals: SqliteProposalRepository;
  audit: SqliteAuditLog;
  /** A fresh version for the acting user (the tool context's clock). */
  mint: () => string;
}

/** Audit fields that differ between steps of one proposal's life; the rest come from its row. */
export type ProposalAuditEntry = Pick<AuditRecord, 'kind' | 'arguments' | 'result' | 'message'>;

export function auditProposal(audit: SqliteAuditLog, row: ProposalRow, actor: string, entry: ProposalAuditEntry): void {
  audit.append({ correlationId: row.correlation_id, proposalId: row.id, actor, proposer: row.proposer, tool: row.tool, ...entry });
}

/**
 * Must run inside `unit` (the caller's SqliteUnitOfWork.run). Moves the row from `from` (pending: a decision now;
 * approved: recovery after a crash of an older build) to executed / failed / needs_reapproval. Throws, rolling back
 * everything, only when the row is no longer in `from`.
 */
export function executeProposal(
  deps: ExecutionDeps,
  unit: UnitOfWork,
  row: ProposalRow,
  from: ProposalStatus,
  executedBy: string,
  extra: StatusExtra = {},
): ExecutionOutcome {
  const changes = parseChanges(row);
  const setStatus = (to: ProposalStatus, more: StatusExtra): void => {
    if (!deps.proposals.updateStatus(row.id, from, to, { ...extra, ...more })) throw new Error(`proposal ${row.id} left ${from} while being executed`);
  };
  if (isCreateTool(row.tool)) {
    const out = executeCreate(deps, unit, row.tool, parseStoredRequest(row).tool_args ?? {}, executedBy);
    const result = out.kind === 'failed' ? { new_versions: [], error: out.error } : (out.result ?? { new_versions: [], error: null });
    setStatus(out.kind === 'failed' ? 'failed' : 'executed', { result });
    auditProposal(deps.audit, row, 'app', { kind: out.kind === 'failed' ? 'failure' : 'execution', arguments: parseStoredRequest(row).tool_args ?? null, result, message: out.kind === 'failed' ? out.error : `Done: ${row.description}` });
    return out.kind === 'failed' ? out : { kind: 'executed' };
  }
  const current = deps.graph.getEntitiesNow(changes.map((c) => c.entity_id));
  const missing = changes.filter((c) => !current.has(c.entity_id));
  if (missing.length > 0) {
    const names = missing.map((c) => c.entity_name).join(', ');
    const error = `${names} no longer exist${missing.length === 1 ? 's' : ''} in the home; nothing was changed.`;
    setStatus('failed', { result: { new_versions: [], error } });
    auditProposal(deps.audit, row, 'app', { kind: 'failure', arguments: null, result: { new_versions: [], error }, message: error });
    return { kind: 'failed', error };
  }
  const stale = changes.filter((c) => current.get(c.entity_id)?.version !== c.base_version);
  if (stale.length > 0) {
    const staleNames = stale.map((c) => c.entity_name);
    const error = `${staleNames.join(', ')} changed since this was proposed; nothing was changed. Please review the updated proposal.`;
    setStatus('needs_reapproval', { result: { new_versions: [], error } });
    auditProposal(deps.audit, row, 'app', { kind: 'failure', arguments: { stale: staleNames }, result: { status: 'needs_reapproval' }, message: error });
    return { kind: 'stale', staleNames, current };
  }
  const plan = planEntityUpdates(
    changes.map((c) => ({ current: current.get(c.entity_id) as Entity, changes: c.changes })),
    (id) => deps.graph.getRelationshipsNow({ anyId: id }),
    deps.mint,
    executedBy,
  );
  deps.graph.applyChangesInTransaction({ entities: plan.entities, relationships: plan.relationships, pending: true }, unit);
  const result: ProposalResult = {
    new_versions: changes.map((c) => ({ entity_id: c.entity_id, version: plan.newVersions.get(c.entity_id) ?? '' })),
    error: null,
  };
  setStatus('executed', { result });
  auditProposal(deps.audit, row, 'app', {
    kind: 'execution',
    arguments: changes.map((c) => ({ entity_id: c.entity_id, changes: c.changes })),
    result,
    message: `Done: ${row.description}`,
  });
  return { kind: 'executed' };
}
