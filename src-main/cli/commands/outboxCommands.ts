// `goodies outbox list | retry <id> | discard <id> | reask`: the offline queue from a terminal, through the same
// contract calls (and role policy: guests may not) as the UI.
import type { Command } from 'commander';
import { OUTBOX_KIND_NAMES, OUTBOX_STATUS_NAMES, type OutboxItemView, type OutboxKindName, type OutboxStatusName } from '../../../src-preload/contract';
import type { CliContext } from '../CliContext';
import { UsageError } from '../CliIo';
import { printJson } from '../cliOutput';
import type { CliSession } from '../CliSession';
import { findByIdPrefix } from '../findByIdPrefix';

export function formatOutboxItem(i: OutboxItemView): string {
  const tries = i.attempts > 0 ? `  ${i.attempts} ${i.attempts === 1 ? 'try' : 'tries'}` : '';
  const error = i.last_error ? `\n    last error: ${i.last_error}` : '';
  const expiry = i.expires_at && i.status !== 'done' ? `  expires ${i.expires_at}` : '';
  return `${i.id}  [${i.status}]  ${i.kind}  ${i.summary}${tries}${expiry}${error}`;
}

/** A full id or an unambiguous prefix of one, among items that can still change. */
async function findItem(session: CliSession, idOrPrefix: string): Promise<OutboxItemView> {
  const all = await session.call('outbox.list', { status: ['queued', 'parked', 'expired'] });
  return findByIdPrefix(all, idOrPrefix, 'items', `No queued, parked or expired outbox item with id "${idOrPrefix}". See \`goodies outbox list\`.`);
}

export function registerOutboxCommands(program: Command, context: CliContext): void {
  const outbox = program.command('outbox').description('The offline queue: changes, questions and actions waiting for the network');

  outbox
    .command('list')
    .description('Queued items, oldest first (default: queued, parked and expired ones)')
    .option('--status <statuses>', `comma-separated: ${OUTBOX_STATUS_NAMES.join(', ')}, or "all"`)
    .option('--kind <kind>', `only one kind: ${OUTBOX_KIND_NAMES.join(', ')}`)
    .action(async (options: { status?: string; kind?: string }) => {
      const statuses = options.status === 'all' ? [...OUTBOX_STATUS_NAMES] : options.status?.split(',').map((s) => s.trim());
      if (statuses?.some((s) => !(OUTBOX_STATUS_NAMES as readonly string[]).includes(s))) throw new UsageError(`--status must list ${OUTBOX_STATUS_NAMES.join(', ')} or be all.`);
      if (options.kind && !(OUTBOX_KIND_NAMES as readonly string[]).includes(options.kind)) throw new UsageError(`--kind must be one of ${OUTBOX_KIND_NAMES.join(', ')}.`);
      const items = await context.withSession('cli', (s) => s.call('outbox.list', {
        ...(statuses ? { status: statuses as OutboxStatusName[] } : {}),
        ...(options.kind ? { kind: options.kind as OutboxKindName } : {}),
      }));
      if (context.globals.json) return printJson(context.io, items);
      context.io.stdout(items.length ? `${items.map(formatOutboxItem).join('\n')}\n` : 'The outbox is empty.\n');
    });

  outbox
    .command('retry')
    .description('Put a parked item back in the queue (it goes with the next sync)')
    .argument('<id>', 'the item id (or an unambiguous prefix)')
    .action(async (id: string) => {
      const item = await context.withSession('cli', async (s) => s.call('outbox.retry', { id: (await findItem(s, id)).id }));
      if (context.globals.json) return printJson(context.io, item);
      context.io.stdout(`${formatOutboxItem(item)}\n`);
    });

  outbox
    .command('discard')
    .description('Drop a queued, parked or expired item for good')
    .argument('<id>', 'the item id (or an unambiguous prefix)')
    .action(async (id: string) => {
      const item = await context.withSession('cli', async (s) => s.call('outbox.discard', { id: (await findItem(s, id)).id }));
      if (context.globals.json) return printJson(context.io, item);
      context.io.stdout(`${formatOutboxItem(item)}\n`);
    });

  outbox
    .command('reask')
    .description('Ask the remote model again the questions answered locally while it was down')
    .action(async () => {
      const result = await context.withSession('cli', async (s) => s.call('outbox.reask', {}));
      if (context.globals.json) return printJson(context.io, result);
      const lines = result.outcomes.map((o) => `${o.id}  ${o.outcome === 'remote' ? 'answered remotely' : o.outcome === 'local' ? `still local: ${o.error ?? ''}` : `failed: ${o.error ?? ''}`}`);
      context.io.stdout(lines.length ? `${lines.join('\n')}\n` : 'No questions answered offline to ask again.\n');
    });
}
