import { createStore } from 'zustand/vanilla';
import type { AuditEntryView, AuditKind } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';

export interface AuditFilter {
  kind: AuditKind | null;
  proposalId: string | null;
}

export interface AuditState {
  entries: AuditEntryView[];
  filter: AuditFilter;
  loading: boolean;
  loaded: boolean;
  error: AppErrorShape | null;
  load(): Promise<void>;
  setFilter(patch: Partial<AuditFilter>): Promise<void>;
}

/** How many entries the activity view asks for; the log keeps more, filters narrow it on main's side. */
export const AUDIT_PAGE = 200;

export function createAuditStore(call: Call) {
  let request = 0;
  return createStore<AuditState>()((set, get) => ({
    entries: [],
    filter: { kind: null, proposalId: null },
    loading: false,
    loaded: false,
    error: null,
    async load() {
      const mine = ++request;
      const { kind, proposalId } = get().filter;
      set({ loading: true });
      try {
        const entries = await call('audit.list', { limit: AUDIT_PAGE, ...(kind ? { kind } : {}), ...(proposalId ? { proposalId } : {}) });
        // A slower answer for an older filter must not overwrite the newer one.
        if (mine === request) set({ entries: sortNewestFirst(entries), loading: false, loaded: true, error: null });
      } catch (error) {
        if (mine === request) set({ loading: false, loaded: true, error: toErrorShape(error) });
      }
    },
    async setFilter(patch) {
      set({ filter: { ...get().filter, ...patch } });
      await get().load();
    },
  }));
}

/** Main answers newest first already; sorting again keeps the view right if entries ever arrive merged. */
export function sortNewestFirst(entries: readonly AuditEntryView[]): AuditEntryView[] {
  return [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export type AuditStore = ReturnType<typeof createAuditStore>;
