// Home-server sync as the renderer sees it: the status (pushed as `sync.didChange`), the conflicts list, and the
// actions of Settings → Home server. Calls go through the bridge; nothing here talks to the network.
import { createStore } from 'zustand/vanilla';
import type { SyncConflictView, SyncConnectionTestView, SyncLoginArgs, SyncReportView, SyncStatusView } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';

export interface SyncState {
  status: SyncStatusView | null;
  conflicts: SyncConflictView[];
  lastReport: SyncReportView | null;
  test: SyncConnectionTestView | null;
  busy: 'login' | 'logout' | 'sync' | 'test' | null;
  error: AppErrorShape | null;
  refresh(): Promise<void>;
  onStatus(status: SyncStatusView): void;
  login(args: SyncLoginArgs): Promise<boolean>;
  logout(): Promise<void>;
  syncNow(full?: boolean): Promise<void>;
  testConnection(serverUrl?: string): Promise<void>;
  keepMine(conflictId: number): Promise<void>;
  dismiss(conflictId: number): Promise<void>;
}

export function createSyncStore(call: Call) {
  return createStore<SyncState>()((set, get) => {
    const run = async <T>(busy: NonNullable<SyncState['busy']>, work: () => Promise<T>): Promise<T | undefined> => {
      set({ busy, error: null });
      try {
        return await work();
      } catch (error) {
        set({ error: toErrorShape(error) });
        return undefined;
      } finally {
        set({ busy: null });
      }
    };
    const loadConflicts = async (): Promise<void> => {
      try {
        set({ conflicts: await call('sync.conflicts', {}) });
      } catch {
        // Guests may not list conflicts: the list stays empty.
      }
    };
    return {
      status: null,
      conflicts: [],
      lastReport: null,
      test: null,
      busy: null,
      error: null,
      async refresh() {
        try {
          set({ status: await call('sync.status', {}) });
        } catch (error) {
          set({ error: toErrorShape(error) });
        }
        await loadConflicts();
      },
      onStatus(status) {
        const before = get().status;
        set({ status });
        if (before?.conflicts !== status.conflicts) void loadConflicts();
      },
      async login(args) {
        const status = await run('login', () => call('sync.login', args));
        if (status) set({ status, test: null });
        return status !== undefined;
      },
      async logout() {
        const status = await run('logout', () => call('sync.logout', {}));
        if (status) set({ status, conflicts: [], lastReport: null, test: null });
      },
      async syncNow(full) {
        const report = await run('sync', () => call('sync.now', full ? { full: true } : {}));
        if (report) set({ lastReport: report });
        await get().refresh();
      },
      async testConnection(serverUrl) {
        const test = await run('test', () => call('sync.test', serverUrl ? { serverUrl } : {}));
        if (test) set({ test });
      },
      async keepMine(conflictId) {
        await run('sync', () => call('sync.keepMine', { conflictId }));
        await loadConflicts();
      },
      async dismiss(conflictId) {
        await run('sync', () => call('sync.dismissConflict', { conflictId }));
        await loadConflicts();
      },
    };
  });
}

export type SyncStore = ReturnType<typeof createSyncStore>;
