// Proposals for the model's other write tools (create_entity, create_relationship): like update_entity proposals they
// always become a card, are tiered by the tool, and run in one unit of work with their audit trail. Nothing here runs
// the tool's own async `run`: the same writes are planned synchronously so the unit of work can hold them.
import { randomUUID } from 'node:crypto';
import type { ActionProposalView, EntityRef } from '../../src-preload/contract/views';
import { entitySchema, type Entity, type Relationship } from '../../src-shared/protocol/entities';
import type { UnitOfWork } from '../store/UnitOfWork';
import type { ExecutionDeps, ExecutionOutcome } from './executeProposal';
import type { ProposalResult } from './SqliteProposalRepository';

export const CREATE_TOOLS = ['create_entity', 'create_relationship'] as const;
export type CreateTool = (typeof CREATE_TOOLS)[number];

export function isCreateTool(tool: string): tool is CreateTool {
  return (CREATE_TOOLS as readonly string[]).includes(tool);
}

export interface CreateEntityArgs {
  entity_type: Entity['entity_type'];
  name: string;
  content: Record<string, unknown>;
}

export interface CreateRelationshipArgs {
  /** Resolved ids (the proposer resolved names when it made the card). */
  from_entity_id: string;
  to_entity_id: string;
  relationship_type: Relationship['relationship_type'];
  properties: Record<string, unknown>;
}

/** What the card shows for a create proposal: a sentence, the existing things it touches, and the exact arguments. */
export function describeCreate(tool: CreateTool, args: Record<string, unknown>, endpoints: EntityRef[]): { description: string; targets: EntityRef[]; changes: ActionProposalView['changes'] } {
  if (tool === 'create_entity') {
    const a = args as unknown as CreateEntityArgs;
    return {
      description: `Add ${a.entity_type} “${a.name}”`,
      targets: [],
      changes: [{ entity_id: '(new)', entity_name: a.name, base_version: '', changes: { name: a.name, content: a.content } }],
    };
  }
  const a = args as unknown as CreateRelationshipArgs;
  const [from, to] = endpoints;
  return {
    description: `Link ${from?.name ?? a.from_entity_id} ${a.relationship_type.replace(/_/g, ' ')} ${to?.name ?? a.to_entity_id}`,
    targets: endpoints,
    changes: [{ entity_id: a.from_entity_id, entity_name: from?.name ?? a.from_entity_id, base_version: from?.version ?? '', changes: { content: { relationship_type: a.relationship_type, to: to?.name ?? a.to_entity_id, properties: a.properties } } }],
  };
}

/** Runs inside the caller's unit of work, like executeProposal. */
export function executeCreate(deps: ExecutionDeps, unit: UnitOfWork, tool: CreateTool, args: Record<string, unknown>, userId: string): ExecutionOutcome & { result?: ProposalResult } {
  if (tool === 'create_entity') {
    const a = args as unknown as CreateEntityArgs;
    const entity = entitySchema.parse({ id: randomUUID(), version: deps.mint(), entity_type: a.entity_type, name: a.name, content: a.content, source_type: 'manual', user_id: userId, parent_versions: [] });
    deps.graph.applyChangesInTransaction({ entities: [entity], relationships: [], pending: true }, unit);
    return { kind: 'executed', result: { new_versions: [{ entity_id: entity.id, version: entity.version }], error: null } };
  }
  const a = args as unknown as CreateRelationshipArgs;
  const ends = deps.graph.getEntitiesNow([a.from_entity_id, a.to_entity_id]);
  const from = ends.get(a.from_entity_id);
  const to = ends.get(a.to_entity_id);
  if (!from || !to) return { kind: 'failed', error: 'One end of the link no longer exists in the home; nothing was changed.' };
  const same = deps.graph.getRelationshipsNow({ anyId: from.id }).find((r) => r.relationship_type === a.relationship_type && ((r.from_entity_id === from.id && r.to_entity_id === to.id) || (a.relationship_type === 'connects_to' && r.from_entity_id === to.id && r.to_entity_id === from.id)));
  if (!same) {
    const relationship: Relationship = { id: randomUUID(), from_entity_id: from.id, from_entity_version: from.version, to_entity_id: to.id, to_entity_version: to.version, relationship_type: a.relationship_type, properties: a.properties };
    deps.graph.applyChangesInTransaction({ entities: [], relationships: [relationship], pending: true }, unit);
  }
  return { kind: 'executed', result: { new_versions: [], error: null } };
}
