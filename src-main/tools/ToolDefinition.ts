// What one graph tool is: a zod schema for its arguments, a risk tier computed from the call, and a run function over
// the local graph. Tools never see Electron, the network or the LLM; the approval gate decides whether `run` is called.
import type { z } from 'zod';
import type { VersionClock } from '../../src-shared/protocol/version';
import type { EntityNameResolver } from '../graph/EntityNameResolver';
import type { GraphStore } from '../graph/GraphStore';

/** 1 = read-only (runs automatically), 2 = reversible write (one-click approval), 3 = security/safety (confirm every time). */
export type RiskTier = 1 | 2 | 3;

export interface ToolContext {
  store: GraphStore;
  resolver: EntityNameResolver;
  /** Mints the versions of every entity a write tool produces. */
  clock: VersionClock;
  /** Who the new versions are attributed to (`user_id` and the version suffix). */
  userId: string;
  correlationId: string;
}

export interface ToolDefinition<A extends z.ZodType = z.ZodType, R = unknown> {
  /** snake_case, exactly as Inbetweenies v2 §6 names it. */
  readonly name: string;
  /** Written for an LLM: what the tool answers and when to pick it. */
  readonly description: string;
  readonly argsSchema: A;
  /** The tier shown in tool listings, before any arguments are known; `tier()` may raise it for a given call. */
  readonly baseTier: RiskTier;
  /** The tier of this particular call: it depends on the entity and the change, not only on the tool. */
  tier(args: z.output<A>, ctx: ToolContext): Promise<RiskTier> | RiskTier;
  readonly readOnly: boolean;
  run(args: z.output<A>, ctx: ToolContext): Promise<R>;
}

/** Identity function that keeps the argument and result types of one tool while it is declared. */
export function defineTool<A extends z.ZodType, R>(definition: ToolDefinition<A, R>): ToolDefinition<A, R> {
  return definition;
}
