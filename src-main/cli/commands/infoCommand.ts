import type { Command } from 'commander';
import type { CliContext } from '../CliContext';
import { printJson } from '../cliOutput';

export function registerInfoCommand(program: Command, context: CliContext): void {
  program
    .command('info')
    .description('Version, data folder and user')
    .action(async () => {
      const info = await context.withSession('cli', (session) => session.call('app.getInfo', {}));
      if (context.globals.json) return printJson(context.io, info);
      context.io.stdout(`Goodies ${info.version}\nData folder: ${info.dataDir}\nUser: ${info.user.id} (${info.user.role})\n`);
    });
}
