// The tool calls of the contract (list, run): a tool that changes the home is refused here, so a write only ever
// reaches the home through chat and an approval card (ARCHITECTURE.md "Actions, approvals, audit").
import type { CallHandlers } from '../api/CallHandlers';
import { AppError } from '../../src-shared/errors';
import type { ToolContext } from './ToolDefinition';
import type { ToolRegistry } from './ToolRegistry';

export function toolHandlers(tools: ToolRegistry, toolContext: (correlationId: string) => ToolContext): Pick<CallHandlers, 'tools.list' | 'tools.run'> {
  return {
    'tools.list': async () => tools.list(),
    'tools.run': async ({ name, args }, { correlationId }) => {
      const prepared = await tools.prepare(name, args, toolContext(correlationId));
      if (!prepared.readOnly) {
        throw new AppError('forbidden', `${name} changes the home; ask for it in chat so it can be shown to you for approval.`);
      }
      const { result } = await tools.runPrepared(prepared, toolContext(correlationId));
      return { result };
    },
  };
}
