// `goodies login | logout | sync [--full] | sync status`: home-server sync from a terminal, through the same contract
// calls (and role policy) as the UI, on the same data folder (a login here logs the app in too). `sync` exits 0 when
// synced, 1 on an error, 2 when the server cannot be reached (the pending count is printed).
import type { Command } from 'commander';
import { AppError } from '../../../src-shared/errors';
import type { SyncLoginArgs } from '../../../src-preload/contract';
import type { CliContext } from '../CliContext';
import { CliExit, UsageError } from '../CliIo';
import { errorShapeOf, printError, printJson } from '../cliOutput';
import { formatSyncReport, formatSyncStatus, pendingLine } from '../../sync/formatSync';

export const EXIT_OFFLINE = 2;

export function registerSyncCommands(program: Command, context: CliContext): void {
  program
    .command('login')
    .description('Log in to a home server (the token is kept in the data folder\'s secret store)')
    .requiredOption('--server <url>', 'the home server, e.g. http://192.168.1.10:8000')
    .option('--password-stdin', 'read a password from standard input: the admin\'s, the --user\'s, or the one to choose with --invite')
    .option('--user <id>', 'log in as this user (made from an invite) with --password-stdin')
    .option('--invite <token>', 'redeem an invite, choosing your password (8+ characters) with --password-stdin')
    .option('--guest-token <token>', 'a guest QR token (read-only access)')
    .action(async (options: { server: string; passwordStdin?: boolean; user?: string; invite?: string; guestToken?: string }) => {
      const args = await loginArgs(options, context);
      const status = await context.withSession('cli', (s) => s.call('sync.login', args));
      if (context.globals.json) return printJson(context.io, status);
      context.io.stdout(`Logged in to ${status.serverUrl} as ${status.userId} (${status.role}). Run \`goodies sync\` to sync now.\n`);
    });

  program
    .command('logout')
    .description('Forget the home-server token (local data stays)')
    .action(async () => {
      const status = await context.withSession('cli', (s) => s.call('sync.logout', {}));
      if (context.globals.json) return printJson(context.io, status);
      context.io.stdout('Logged out of the home server.\n');
    });

  const sync = program
    .command('sync')
    .description('Push local changes, then pull the server\'s (exit 0 synced, 1 error, 2 offline)')
    .option('--full', 'resync from scratch (keeps local changes that are not pushed yet)')
    .action(async (options: { full?: boolean }) => {
      await context.withSession('cli', async (session) => {
        try {
          const report = await session.call('sync.now', options.full ? { full: true } : {});
          if (context.globals.json) printJson(context.io, { ok: true, report });
          else context.io.stdout(formatSyncReport(report));
          if (!report.digest.matched) throw new CliExit(1);
        } catch (error) {
          if (!(error instanceof AppError) || error.type !== 'unavailable' || !error.retryable) throw error;
          const status = await session.call('sync.status', {});
          if (context.globals.json) printJson(context.io, { ok: false, offline: true, error: errorShapeOf(error), pending: status.pending });
          else {
            printError(context.io, errorShapeOf(error), false);
            context.io.stdout(`Offline: ${pendingLine(status)}.\n`);
          }
          throw new CliExit(EXIT_OFFLINE);
        }
      });
    });

  sync
    .command('status')
    .description('Server, last sync, pending changes, conflicts and parked changes')
    .action(async () => {
      const status = await context.withSession('cli', (s) => s.call('sync.status', {}));
      if (context.globals.json) return printJson(context.io, status);
      context.io.stdout(formatSyncStatus(status));
    });
}

/** The one login the options name: --guest-token alone, or --password-stdin alone (admin), with --user, or with --invite. */
async function loginArgs(options: { server: string; passwordStdin?: boolean; user?: string; invite?: string; guestToken?: string }, context: CliContext): Promise<SyncLoginArgs> {
  const serverUrl = options.server;
  if (options.guestToken !== undefined) {
    if (options.passwordStdin || options.user !== undefined || options.invite !== undefined) throw new UsageError('--guest-token goes alone (no password, --user or --invite).');
    return { serverUrl, guestToken: options.guestToken };
  }
  if (options.user !== undefined && options.invite !== undefined) throw new UsageError('Give --user or --invite, not both.');
  if (!options.passwordStdin) throw new UsageError('Give --password-stdin (alone for the admin, or with --user or --invite), or --guest-token.');
  if (!context.io.readStdin) throw new UsageError('--password-stdin needs standard input.');
  const password = (await context.io.readStdin()).replace(/\r?\n$/, '');
  if (!password) throw new UsageError('No password on standard input.');
  if (options.invite !== undefined) return { serverUrl, invite: options.invite, password };
  if (options.user !== undefined) return { serverUrl, userId: options.user, password };
  return { serverUrl, password };
}
