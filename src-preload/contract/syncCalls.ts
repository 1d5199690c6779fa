// Home-server sync calls: status, sync now, login/logout, connection test, conflicts.
import { z } from 'zod';
import { defineCall } from './define';
import type { SyncConflictView, SyncConnectionTestView, SyncReportView, SyncStatusView } from './syncViews';

const none = z.object({}).strict();
const serverUrl = z.string().trim().min(1).max(500);

/**
 * How to sign in (strict objects, so exactly one shape matches): the admin password; a user account made from an
 * invite; a guest QR token (read-only); or an invite token redeemed with the password its user chooses (the server
 * wants 8+ characters).
 */
export const syncLoginArgs = z.union([
  z.object({ serverUrl, password: z.string().min(1).max(1000) }).strict(),
  z.object({ serverUrl, userId: z.string().trim().min(1).max(200), password: z.string().min(1).max(1000) }).strict(),
  z.object({ serverUrl, guestToken: z.string().trim().min(1).max(500) }).strict(),
  z.object({ serverUrl, invite: z.string().trim().min(1).max(500), password: z.string().min(8, 'Choose a password of at least 8 characters').max(1000) }).strict(),
]);
export type SyncLoginArgs = z.infer<typeof syncLoginArgs>;

export const syncCalls = {
  'sync.status': defineCall<SyncStatusView>()(none, 'Home-server sync state: online, last synced, pending, conflicts, parked, progress.'),
  'sync.now': defineCall<SyncReportView>()(z.object({ full: z.boolean().optional() }).strict(), 'Push then pull now (full: resync from scratch, keeping unsynced local changes).'),
  'sync.login': defineCall<SyncStatusView>()(
    syncLoginArgs,
    'Log in to a home server: admin password, a user account, a guest QR token, or an invite (choosing a password).',
  ),
  'sync.logout': defineCall<SyncStatusView>()(none, 'Forget the home-server token (local data stays).'),
  'sync.test': defineCall<SyncConnectionTestView>()(z.object({ serverUrl: serverUrl.optional() }).strict(), 'Is the home server reachable, and is our token still accepted?'),
  'sync.conflicts': defineCall<SyncConflictView[]>()(z.object({ includeResolved: z.boolean().optional() }).strict(), 'Conflicts the server resolved against or for us.'),
  'sync.keepMine': defineCall<{ resolved: true }>()(z.object({ conflictId: z.number().int().positive() }).strict(), 'Keep my version: a new version with my content on top of the winner.'),
  'sync.dismissConflict': defineCall<{ resolved: true }>()(z.object({ conflictId: z.number().int().positive() }).strict(), 'Accept the server\'s version.'),
};
