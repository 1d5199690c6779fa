// The sync feature's registration: its service, its contract handlers, and how it hears about the network, local
// writes and its own state changes (pushed to the UI as `sync.didChange`).
import type { CallHandlers } from '../api/CallHandlers';
import type { EventBus } from '../api/EventBus';
import { DisposableStore, type Disposable } from '../lifecycle/Disposable';
import type { Event } from '../lifecycle/Emitter';
import type { SyncLoginArgs } from '../../src-preload/contract/syncCalls';
import type { LoginMethod } from './HomeServerSession';
import { SyncService, toReportView, type SyncServiceOptions } from './SyncService';

export type SyncCallName = 'sync.status' | 'sync.now' | 'sync.login' | 'sync.logout' | 'sync.test' | 'sync.conflicts' | 'sync.keepMine' | 'sync.dismissConflict';

export interface SyncFeature extends Disposable {
  readonly service: SyncService;
  readonly handlers: Pick<CallHandlers, SyncCallName>;
}

export interface RegisterSyncDeps extends SyncServiceOptions {
  events: EventBus;
  onDidChangeOnline: Event<boolean>;
  /** Local graph writes (not those applied by sync itself): each schedules a debounced push. */
  onDidWriteLocally?: Event<void>;
  /** After each fresh status snapshot (the status bar's home-server cell reads the cached one). */
  onDidComputeStatus?: () => void;
}

export function registerSync(deps: RegisterSyncDeps): SyncFeature {
  const disposables = new DisposableStore();
  const service = disposables.add(new SyncService(deps));
  disposables.add(deps.onDidChangeOnline((online) => service.notifyOnline(online)));
  if (deps.onDidWriteLocally) disposables.add(deps.onDidWriteLocally(() => service.notifyLocalWrite()));
  // Status snapshots are computed at most once per tick however many progress events a page produces.
  let publishing = false;
  disposables.add(service.onDidChange(() => {
    if (publishing) return;
    publishing = true;
    queueMicrotask(() => {
      publishing = false;
      service.status().then((status) => {
        deps.events.publish('sync.didChange', status);
        deps.onDidComputeStatus?.();
      }, () => undefined);
    });
  }));
  const handlers: SyncFeature['handlers'] = {
    'sync.status': () => service.status(),
    'sync.now': async ({ full }) => toReportView(await service.syncNow(full ? { full: true } : {})),
    'sync.login': (args) => service.login(args.serverUrl, loginMethodOf(args)),
    'sync.logout': () => service.logout(),
    'sync.test': ({ serverUrl }) => service.test(serverUrl),
    'sync.conflicts': ({ includeResolved }) => service.conflicts(includeResolved === true),
    'sync.keepMine': ({ conflictId }) => service.keepMine(conflictId),
    'sync.dismissConflict': ({ conflictId }) => service.dismissConflict(conflictId),
  };
  return { service, handlers, dispose: () => disposables.dispose() };
}

/** The contract's login shapes (syncLoginArgs) as the session's login methods. */
function loginMethodOf(args: SyncLoginArgs): LoginMethod {
  if ('guestToken' in args) return { kind: 'guest_token', token: args.guestToken };
  if ('invite' in args) return { kind: 'invite', token: args.invite, password: args.password };
  if ('userId' in args) return { kind: 'user', userId: args.userId, password: args.password };
  return { kind: 'password', password: args.password };
}
