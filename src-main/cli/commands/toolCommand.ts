import type { Command } from 'commander';
import type { CliContext } from '../CliContext';
import { printJson } from '../cliOutput';
import { parseToolArgs } from '../parseToolArgs';

export function registerToolCommand(program: Command, context: CliContext): void {
  program
    .command('tool')
    .description('Run a read-only graph tool (write tools need the app\'s approval gate)')
    .argument('<name>', 'tool name (see `goodies tools`)')
    .option('--args <json>', 'tool arguments as a JSON object', undefined)
    .action(async (name: string, options: { args?: string }) => {
      const args = parseToolArgs(options.args);
      const { result } = await context.withSession('cli', (session) => session.call('tools.run', { name, args }));
      if (context.globals.json || typeof result !== 'string') printJson(context.io, result);
      else context.io.stdout(`${result}\n`);
    });

  program
    .command('tools')
    .description('List the graph tools with their risk tiers')
    .action(async () => {
      const tools = await context.withSession('cli', (session) => session.call('tools.list', {}));
      if (context.globals.json) return printJson(context.io, tools);
      context.io.stdout(tools.map((t) => `${t.name}  (tier ${t.tier})  ${t.description}`).join('\n') + (tools.length ? '\n' : ''));
    });
}
