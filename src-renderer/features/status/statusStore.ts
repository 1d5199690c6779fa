import { createStore } from 'zustand/vanilla';
import type { StatusSnapshot } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';

export interface StatusState {
  snapshot: StatusSnapshot | null;
  error: AppErrorShape | null;
  /** Browser mode only: whether the WebSocket to the core is up. */
  connected: boolean;
  refresh(): Promise<void>;
  onSnapshot(snapshot: StatusSnapshot): void;
  setConnected(connected: boolean): void;
  /** Polls every `intervalMs` (events cover changes; the poll catches anything missed). Returns the stop function. */
  startPolling(intervalMs?: number): () => void;
}

export function createStatusStore(call: Call) {
  return createStore<StatusState>()((set, get) => ({
    snapshot: null,
    error: null,
    connected: true,
    async refresh() {
      try {
        set({ snapshot: await call('status.get', {}), error: null });
      } catch (error) {
        set({ error: toErrorShape(error) });
      }
    },
    onSnapshot(snapshot) {
      set({ snapshot, error: null });
    },
    setConnected(connected) {
      set({ connected });
      if (connected) void get().refresh();
    },
    startPolling(intervalMs = 30_000) {
      void get().refresh();
      const timer = setInterval(() => void get().refresh(), intervalMs);
      return () => clearInterval(timer);
    },
  }));
}

export type StatusStore = ReturnType<typeof createStatusStore>;
