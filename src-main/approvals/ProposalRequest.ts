import type { Entity } from '../../src-shared/protocol/entities';

/**
 * What should change on one entity, as an intent rather than a final value: `state` keys are merged into the
 * entity's current `content.state` when the exact `update_entity` arguments are built, so a proposal that went stale
 * can be rebuilt against the new version without losing what the other keys say now.
 */
export interface TargetPatch {
  /** Keys merged into `content.state` (the whole new state object is sent: update_entity merges content shallowly). */
  state?: Record<string, unknown>;
  /** Top-level content keys to set. */
  content?: Record<string, unknown>;
  name?: string;
}

/** The words of the card's sentence: "{verb} {count} {noun} in the {place}{detail}: A, B, C" or "{verb} {name}{detail}". */
export interface ProposalSummary {
  /** Capitalised verb phrase, e.g. "Turn off", "Dim", "Unlock", "Run". */
  verb: string;
  /** Plural noun for groups, e.g. "lights". */
  noun?: string;
  /** The room or zone name for group actions. */
  place?: string;
  /** Trailing detail, e.g. " to 40%" or " to 21°". */
  detail?: string;
}

export interface ProposalRequest {
  conversationId: string | null;
  correlationId: string;
  /** `intent-engine` or a model name. */
  proposer: string;
  /** The person who asked; executions triggered by a remembered rule are attributed to them. */
  userId: string;
  summary: ProposalSummary;
  /** The entities as read when the proposal was made: their versions are the base that approval re-checks. */
  targets: ReadonlyArray<{ entity: Entity; patch: TargetPatch }>;
  /** Raises the tier when the proposer knows more than the entity shows (running a scene that unlocks doors). */
  minTier?: 2 | 3;
}
