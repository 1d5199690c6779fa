// The one place tool calls enter: name lookup, argument validation, tier assessment, execution.
// The approval gate calls `prepare` to learn the tier of a proposed call without running it, then `run` (or
// `runPrepared`) once the user has approved.
import { z } from 'zod';
import { AppError, formatZodError } from '../../src-shared/errors';
import type { ToolDescription } from '../../src-preload/contract/views';
import type { RiskTier, ToolContext, ToolDefinition } from './ToolDefinition';

export { createGraphTools } from './createGraphTools';

export interface PreparedToolCall {
  tool: string;
  definition: ToolDefinition;
  /** The arguments after validation (defaults applied). */
  args: unknown;
  tier: RiskTier;
  readOnly: boolean;
}

export interface ToolRunResult<R = unknown> {
  tool: string;
  tier: RiskTier;
  result: R;
}

export class ToolRegistry {
  private readonly byName = new Map<string, ToolDefinition>();

  constructor(definitions: readonly ToolDefinition[]) {
    for (const definition of definitions) {
      if (this.byName.has(definition.name)) throw new Error(`Duplicate tool name: ${definition.name}`);
      this.byName.set(definition.name, definition);
    }
  }

  list(): ToolDescription[] {
    return [...this.byName.values()].map((d) => ({
      name: d.name,
      description: d.description,
      tier: d.baseTier,
      // `io: 'input'`: arguments with defaults are optional for the caller.
      parameters: z.toJSONSchema(d.argsSchema, { io: 'input' }) as Record<string, unknown>,
    }));
  }

  get(name: string): ToolDefinition | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  /** Validates the call and computes its tier; changes nothing. Throws AppError unknown_call / validation / not_found / ambiguous. */
  async prepare(name: string, rawArgs: unknown, ctx: ToolContext): Promise<PreparedToolCall> {
    const definition = this.byName.get(name);
    if (!definition) {
      throw new AppError('unknown_call', `Unknown tool "${String(name).slice(0, 100)}". Available: ${this.names().join(', ')}`);
    }
    const parsed = definition.argsSchema.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      throw new AppError('validation', `Invalid arguments for ${name}: ${formatZodError(parsed.error)}`, {
        details: { tool: name, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
      });
    }
    const tier = await definition.tier(parsed.data, ctx);
    return { tool: name, definition, args: parsed.data, tier, readOnly: definition.readOnly };
  }

  async runPrepared(call: PreparedToolCall, ctx: ToolContext): Promise<ToolRunResult> {
    const result = await call.definition.run(call.args, ctx);
    return { tool: call.tool, tier: call.tier, result };
  }

  async run(name: string, rawArgs: unknown, ctx: ToolContext): Promise<ToolRunResult> {
    return this.runPrepared(await this.prepare(name, rawArgs, ctx), ctx);
  }
}
