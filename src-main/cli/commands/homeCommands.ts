import type { Command } from 'commander';
import type { SearchResultView } from '../../../src-preload/contract';
import { AppError } from '../../../src-shared/errors';
import type { CliContext } from '../CliContext';
import { printJson } from '../cliOutput';
import { formatEntityDetail } from '../formatEntityDetail';
import { formatHomeTree } from '../formatHomeTree';

/** An exact (case-insensitive) name wins; otherwise a single hit; otherwise the user must be more precise. */
export function pickByName(name: string, results: SearchResultView[]): SearchResultView {
  const wanted = name.trim().toLowerCase();
  const exact = results.filter((r) => r.name.trim().toLowerCase() === wanted);
  const candidates = exact.length > 0 ? exact : results;
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  if (candidates.length === 0) throw new AppError('not_found', `Nothing in the home is called "${name}".`);
  const listed = candidates.slice(0, 10).map((c) => `${c.name} (${c.entity_type}, ${c.id})`).join('; ');
  throw new AppError('ambiguous', `"${name}" matches several things: ${listed}. Use a more exact name.`, {
    details: { candidates: candidates.map((c) => ({ id: c.id, name: c.name, entity_type: c.entity_type })) },
  });
}

export function registerHomeCommands(program: Command, context: CliContext): void {
  const home = program.command('home').description('Browse the home graph');

  home
    .command('list')
    .description('Homes, zones, rooms and devices as a tree')
    .action(async () => {
      const tree = await context.withSession('cli', (session) => session.call('home.getTree', {}));
      if (context.globals.json) printJson(context.io, tree);
      else context.io.stdout(formatHomeTree(tree));
    });

  home
    .command('show')
    .description('One entity by name, with its content and connections')
    .argument('<name>', 'the name of a room, device, procedure, …')
    .action(async (name: string) => {
      const detail = await context.withSession('cli', async (session) => {
        const results = await session.call('home.search', { query: name, limit: 20 });
        return session.call('home.getEntity', { id: pickByName(name, results).id });
      });
      if (context.globals.json) printJson(context.io, detail);
      else context.io.stdout(formatEntityDetail(detail));
    });
}
